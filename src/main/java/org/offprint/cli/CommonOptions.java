package org.offprint.cli;

import picocli.CommandLine.Option;

/** Options every command takes: how much to say on stderr. */
final class CommonOptions {
  @Option(names = {"-q", "--quiet"}, description = "Print no warnings; errors only.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Also print informational messages.")
  boolean verbose;

  /** Read by {@link ExitCodes} from the parsed arguments, since several runs may share one JVM. */
  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;
}
