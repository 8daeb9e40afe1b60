package org.offprint.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

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

  static synchronized CliRun withStdin(byte[] stdin, String... args) {
    PrintStream oldOut = System.out;
    InputStream oldIn = System.in;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setIn(new ByteArrayInputStream(stdin));
      var cl = OffprintCommand.commandLine(args);
      PrintWriter outWriter = new PrintWriter(capture, true);
      cl.setOut(outWriter);
      cl.setErr(new PrintWriter(err, true));
      int code = cl.execute(args);
      outWriter.flush();
      return new CliRun(code, bytes.toByteArray(), err.toString());
    } finally {
      System.setOut(oldOut);
      System.setIn(oldIn);
    }
  }
}
