package org.offprint.cli;

/**
 * {@link Main} without the warm-up thread, for bench/jmh/run's start-up comparison of one convert per JVM with
 * and without {@link WarmUp} (every WarmUp method is a no-op until {@code startReader} has run).
 */
public final class MainWithoutWarmUp {
  private MainWithoutWarmUp() {}

  public static void main(String[] args) {
    System.exit(OffprintCommand.commandLine(args).execute(args));
  }
}
