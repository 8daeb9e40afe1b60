package org.offprint.cli;

/** Entry point of the {@code offprint} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(OffprintCommand.execute(args, Invocation.ofProcess()));
  }
}
