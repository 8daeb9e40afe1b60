package org.offprint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.offprint.read.InputException;
import org.offprint.theme.ThemeException;
import picocli.CommandLine;

/**
 * Runs one step per input and goes on past a failed one: an unreadable input, an unwritable output or a bug
 * met on one input is said in one line naming that input, and the others are still done. The exit code is
 * the first failure's.
 */
final class Batch {
  private Batch() {}

  /** What is done for one input. */
  interface Step {
    void run(String input) throws IOException;
  }

  /**
   * {@return {@link ExitCodes#OK}, or the code of the first input that failed}
   *
   * @throws RuntimeException a usage or theme error, which would fail every input alike
   */
  static int run(List<String> inputs, Step step, PrintWriter err, boolean debug, JsonReport report) {
    int exit = ExitCodes.OK;
    for (String input : inputs) {
      int code;
      String message;
      Throwable failure;
      try {
        step.run(input);
        continue;
      } catch (InputException | OutputException e) {
        code = ExitCodes.code(e);
        message = e.getMessage();
        failure = e;
      } catch (UsageException | ThemeException | CommandLine.ParameterException
          | java.util.concurrent.CancellationException e) {
        throw e; // a usage or theme error would fail every input alike; a cancelled command stops here
      } catch (RuntimeException | IOException | StackOverflowError e) {
        code = ExitCodes.SOFTWARE;
        message = input + ": internal error: " + e + (debug ? "" : " (run with --debug for details)");
        failure = e;
      }
      err.println("offprint: " + message);
      if (debug) failure.printStackTrace(err);
      err.flush();
      report.error(input, message, code);
      if (exit == ExitCodes.OK) exit = code;
    }
    return exit;
  }
}
