package org.offprint.cli;

/** Entry point of the {@code offprint} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Without a free core the warm-up would only add work; with one it overlaps with picocli and the reading.
    boolean oneShot = args.length > 1 && (args[0].equals("convert") || args[0].equals("inspect"));
    if (oneShot && WarmUp.spareCore(WarmUp.loadAverage(), Runtime.getRuntime().availableProcessors())) {
      WarmUp.startReader();
    }
    System.exit(OffprintCommand.commandLine(args).execute(args));
  }
}
