package org.offprint.cli;

import java.io.PrintWriter;
import org.offprint.read.InputException;
import org.offprint.theme.ThemeException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

/**
 * offprint's exit codes, stable for scripts, and the one place that maps failures to them. The README's table
 * and {@code --help} list the same codes (a test checks both).
 */
public final class ExitCodes implements IExitCodeExceptionMapper, IExecutionExceptionHandler {
  /** Success. */
  public static final int OK = 0;
  /** An internal error (a bug): please report it. The stack trace is printed with {@code --debug}. */
  public static final int SOFTWARE = 1;
  /** Bad usage: an unknown option or format, a missing argument, an unknown or invalid theme. */
  public static final int USAGE = 2;
  /** An input could not be read or parsed (missing, a directory, empty, binary, not the declared format). */
  public static final int INPUT = 3;
  /** An output could not be written (no space, no permission, a directory, would overwrite an input). */
  public static final int OUTPUT = 4;
  /** Finished, but skipped some inputs ({@code --skip-bad}). */
  public static final int SKIPPED = 5;
  /** Finished with warnings while {@code --fail-on-warning} was given. */
  public static final int WARNINGS = 6;

  /**
   * A command cancelled because its background-server client went away (Ctrl-C, a signal, its death): as a shell
   * reports a process ended by SIGINT. Nobody sees it but the server, so it is not in the table.
   */
  static final int CANCELLED = 130;

  /** The table shown in {@code --help}, also the source of the README's table. */
  static final String[] HELP_LIST = {
    "0:Success.",
    "1:Internal error (a bug; --debug prints the stack trace).",
    "2:Usage error: unknown option, format or theme; missing argument.",
    "3:An input could not be read or parsed.",
    "4:An output could not be written.",
    "5:Finished, but skipped inputs (--skip-bad).",
    "6:Finished with warnings under --fail-on-warning.",
  };

  static final String HELP_HEADING = "%nExit codes:%n";

  @Override
  public int getExitCode(Throwable e) {
    return code(e);
  }

  static int code(Throwable e) {
    if (e instanceof InputException) return INPUT;
    if (e instanceof OutputException) return OUTPUT;
    if (e instanceof ThemeException || e instanceof CommandLine.ParameterException) return USAGE;
    if (e instanceof UsageException) return USAGE;
    if (e instanceof java.util.concurrent.CancellationException) return CANCELLED;
    return SOFTWARE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
    return report(e, cmd.getErr(), debug(parseResult));
  }

  /** Prints the failure {@code e} of a command as one line on {@code err} (and its trace under --debug); {@return its exit code} */
  static int report(Exception e, PrintWriter err, boolean debug) {
    int code = code(e);
    if (code == CANCELLED) {
      err.println("offprint: cancelled");
    } else if (code == SOFTWARE) {
      err.println("offprint: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
      if (debug) e.printStackTrace(err);
    } else {
      err.println("offprint: " + e.getMessage());
      if (debug) e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** {@return true when {@code --debug} was given to the command that failed} */
  private static boolean debug(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) return true;
    }
    return false;
  }
}
