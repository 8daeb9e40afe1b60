package org.offprint.cli;

import java.io.PrintWriter;

/**
 * Progress on stderr: a bar redrawn in place on a terminal, plain lines every few seconds otherwise (logs get
 * no ANSI codes or carriage returns), nothing when quiet.
 */
final class Progress {
  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private final String label;
  private final int total;
  private int done;
  private long lastLine;

  Progress(PrintWriter err, boolean quiet, String label, int total) {
    this.err = err;
    this.quiet = quiet;
    this.terminal = System.console() != null;
    this.label = label;
    this.total = total;
    this.lastLine = System.nanoTime();
  }

  synchronized void step() {
    done++;
    if (quiet || total < 2) return;
    if (terminal) {
      int width = 30;
      int filled = (int) ((long) done * width / total);
      err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
      if (done == total) err.println();
      err.flush();
    } else if (System.nanoTime() - lastLine > 2_000_000_000L || done == total) {
      err.println("offprint: " + label + " " + done + "/" + total);
      err.flush();
      lastLine = System.nanoTime();
    }
  }
}
