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
  /** The terminal's width: a line as long would wrap, and every redraw would scroll. */
  private final int columns;
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
    this(err, terminal, quiet, label, total, percent, 80);
  }

  /** As above, for a terminal {@code columns} wide. */
  Progress(PrintWriter err, boolean terminal, boolean quiet, String label, int total, boolean percent, int columns) {
    this.columns = Math.max(1, columns);
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

  /**
   * {@return the width of the terminal the run writes to: {@code COLUMNS} when the shell exported it, else what
   * {@code stty} says of the controlling terminal, else 80}
   */
  static int columns(Invocation run) {
    String env = run.env("COLUMNS");
    if (env != null) {
      try {
        int n = Integer.parseInt(env.strip());
        if (n > 0) return n;
      } catch (NumberFormatException e) {
        // not a width: ask the terminal
      }
    }
    if (!run.terminal()) return 80;
    try {
      Process p = new ProcessBuilder("stty", "size").redirectInput(new java.io.File("/dev/tty"))
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
      if (p.waitFor() == 0 && out.matches("\\d+ \\d+")) {
        int n = Integer.parseInt(out.substring(out.indexOf(' ') + 1));
        if (n > 0) return n;
      }
    } catch (java.io.IOException e) {
      // no stty or no terminal: the usual width
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 80;
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
      String n = count(done, total);
      String widest = count(total, total);
      // Short of the last column, where some terminals wrap at once; the bar gives way first, then the label.
      int room = columns - 1;
      int width = Math.min(30, room - label.length() - 4 - widest.length());
      String line;
      if (width >= 5) {
        int filled = (int) ((long) done * width / total);
        line = label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + n;
      } else {
        line = label + " " + n;
        if (line.length() > room) line = n.length() > room ? "" : n;
      }
      err.print("\r" + line);
      if (done == total) err.println();
      err.flush();
    } else if (System.nanoTime() - lastLine > 2_000_000_000L || done == total) {
      err.println("offprint: " + label + " " + count(done, total));
      err.flush();
      lastLine = System.nanoTime();
    }
  }
}
