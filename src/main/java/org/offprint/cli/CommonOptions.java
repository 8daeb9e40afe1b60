package org.offprint.cli;

import picocli.CommandLine.Option;

/** Options every command takes: how much to say on stderr. */
final class CommonOptions {
  @Option(names = {"-q", "--quiet"}, description = "Print no warnings; errors only.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Also print informational messages.")
  boolean verbose;

  @Option(names = "--debug", description = "Print stack traces of errors.")
  void debug(boolean on) {
    ExitCodes.debug = on;
  }
}
