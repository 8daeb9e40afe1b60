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
  private final boolean percent;
  private final int total;
  private int done;
  private long lastLine;

  Progress(PrintWriter err, boolean terminal, boolean quiet, String label, int total) {
    this(err, terminal, quiet, label, total, false);
  }

  /**
   * A progress display; {@code terminal} redraws a bar in place, {@code percent} shows a percentage instead of a
   * count.
   */
  Progress(PrintWriter err, boolean terminal, boolean quiet, String label, int total, boolean percent) {
    this.percent = percent;
    this.err = err;
    this.quiet = quiet;
    this.terminal = terminal;
    this.label = label;
    this.total = total;
    this.lastLine = System.nanoTime();
  }

  /** {@return "3/40" for items; a percentage for steps, whose number means nothing to the user} */
  private String count(int done, int total) {
    return percent ? (int) ((long) done * 100 / total) + "%" : done + "/" + total;
  }

  /** One more of the total is done. */
  synchronized void step() {
    show(done + 1, total);
  }

  /** {@code done} of {@code total} are done (for a writer that counts its own steps). */
  synchronized void show(int done, int total) {
    this.done = done;
    if (quiet || total < 2) return;
    if (terminal) {
      int width = 30;
      int filled = (int) ((long) done * width / total);
      err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + count(done, total));
      if (done == total) err.println();
      err.flush();
    } else if (System.nanoTime() - lastLine > 2_000_000_000L || done == total) {
      err.println("offprint: " + label + " " + count(done, total));
      err.flush();
      lastLine = System.nanoTime();
    }
  }
}
