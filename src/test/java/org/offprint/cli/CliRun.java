package org.offprint.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the real command line in-process, capturing stdout (bytes) and stderr (text). */
final class CliRun {
  final int exit;
  final byte[] stdout;
  final String out;
  final String err;

  private CliRun(int exit, byte[] stdout, String err) {
    this.exit = exit;
    this.stdout = stdout;
    this.out = new String(stdout, StandardCharsets.UTF_8);
    this.err = err;
  }

  static CliRun run(String... args) {
    return withStdin(new byte[0], args);
  }

  static CliRun withStdin(byte[] stdin, String... args) {
    return in(Path.of(""), System.getenv(), stdin, args);
  }

  /** Runs {@code args} as if started in {@code cwd} with the environment {@code env}. */
  static CliRun in(Path cwd, Map<String, String> env, byte[] stdin, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        PrintStream errCapture = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      Invocation run = Invocation.of(cwd, env, new ByteArrayInputStream(stdin), capture, errCapture);
      int code = OffprintCommand.execute(args, run); // the way Main runs them: a plain convert without picocli
      return new CliRun(code, bytes.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }
  }
}
