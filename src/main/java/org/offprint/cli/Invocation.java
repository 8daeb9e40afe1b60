package org.offprint.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * What one run of the command line sees of the world: its working folder, its environment, its standard streams,
 * and whether a person watches. For {@link Main} these are the process's own; a run in the background server
 * ({@code org.offprint.cli.daemon}) gets its client's, since one JVM then serves many commands, each started in its
 * own folder and shell. Commands touch the world only through this, never through {@code System}.
 *
 * @param cwd the folder relative paths are resolved against: the empty path for the process's own folder
 * @param env the environment variables
 * @param in standard input
 * @param out standard output (bytes: binary formats go there too)
 * @param err standard error
 * @param terminal whether a terminal is attached, for progress bars redrawn in place
 * @param cancelled true once the run should stop: it then stops at its next output write or input, and its
 *     outputs are not put in place
 * @param umask the permission bits new files and folders must not have (as the {@code umask} of the shell that
 *     started the command), or -1 to leave them to this process's own umask
 */
public record Invocation(
    Path cwd,
    Map<String, String> env,
    InputStream in,
    PrintStream out,
    PrintStream err,
    boolean terminal,
    BooleanSupplier cancelled,
    int umask) {

  public Invocation {
    Objects.requireNonNull(cwd, "cwd");
    env = Map.copyOf(env);
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(cancelled, "cancelled");
    if (umask < -1 || umask > 0777) throw new IllegalArgumentException("umask out of range: " + umask);
  }

  /** A run whose files get this process's umask. */
  public Invocation(Path cwd, Map<String, String> env, InputStream in, PrintStream out, PrintStream err,
      boolean terminal, BooleanSupplier cancelled) {
    this(cwd, env, in, out, err, terminal, cancelled, -1);
  }

  /** {@return this process's folder, environment and streams} */
  public static Invocation ofProcess() {
    return new Invocation(Path.of(""), System.getenv(), System.in, System.out, System.err, System.console() != null,
        () -> false);
  }

  /** {@return a run in {@code cwd} with these streams, no terminal, never cancelled} */
  public static Invocation of(Path cwd, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
    return new Invocation(cwd, env, in, out, err, false, () -> false);
  }

  /** {@return the path as the user gave it, resolved against the run's folder (unchanged if absolute)} */
  Path path(String given) {
    return cwd.resolve(given);
  }

  /** {@return the path as the user gave it, resolved against the run's folder; null stays null} */
  Path path(Path given) {
    return given == null ? null : cwd.resolve(given);
  }

  /** {@return the environment variable, or null} */
  String env(String name) {
    return env.get(name);
  }

  /** {@return true once the run should stop} */
  boolean isCancelled() {
    return cancelled.getAsBoolean();
  }
}
