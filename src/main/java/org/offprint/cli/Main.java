package org.offprint.cli;

/** Entry point of the {@code offprint} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length > 1 && (args[0].equals("convert") || args[0].equals("inspect"))) WarmUp.startReader();
    System.exit(OffprintCommand.commandLine(args).execute(args));
  }
}
