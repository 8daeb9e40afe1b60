package org.offprint.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Usage errors in one line, with a hint where one helps: picocli's own handler follows the message with the
 * whole usage (88 lines for {@code --wrap abc}), and reads {@code -to epub} as {@code -t o}.
 */
final class OptionHints {
  private OptionHints() {}

  /** Prints a parse error as one line and names the help; {@return the usage exit code} */
  static int handle(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    String message = ex.getMessage();
    String dashed = singleDashLongOption(cl.getCommandSpec(), List.of(args));
    if (dashed != null) message = dashed;
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> suggestions = u.getSuggestions();
      if (!suggestions.isEmpty()) message += "; did you mean " + String.join(" or ", suggestions) + "?";
    }
    String command = cl.getCommandSpec().qualifiedName();
    err.println("offprint: " + message + " (see '" + command + " --help')");
    err.flush();
    return ExitCodes.USAGE;
  }

  /**
   * Refuses a long option written with one dash ({@code -to}, {@code -output}), which picocli would take for a
   * short option and its value ({@code -t o}), with a usage error naming the long one.
   */
  static void checkSingleDashLongOptions(CommandSpec spec) {
    CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
    if (parsed == null) return;
    String message = singleDashLongOption(spec, parsed.originalArgs());
    if (message != null) throw new UsageException(message);
  }

  /** {@return the message for the first long option written with one dash in {@code args}, or null} */
  private static String singleDashLongOption(CommandSpec spec, List<String> args) {
    for (String arg : args) {
      if (arg.equals("--")) return null;
      if (arg.matches("-[A-Za-z][A-Za-z-]+") && spec.findOption("--" + arg.substring(1)) != null) {
        return "Unknown option '" + arg + "'; did you mean '--" + arg.substring(1) + "'?";
      }
    }
    return null;
  }
}
