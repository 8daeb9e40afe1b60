package org.offprint.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.offprint.model.Diagnostic;
import org.offprint.model.Diagnostics;

/** Prints diagnostics to stderr as {@code offprint: warning: <input>: <message>}, honouring -q and -v. */
final class ConsoleDiagnostics implements Diagnostics {
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean verbose;
  private final AtomicInteger warnings = new AtomicInteger();
  private final java.util.List<Diagnostic> all = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  ConsoleDiagnostics(PrintWriter err, boolean quiet, boolean verbose) {
    this.err = err;
    this.quiet = quiet;
    this.verbose = verbose;
  }

  @Override
  public void report(Diagnostic d) {
    boolean warning = d.severity() == Diagnostic.Severity.WARNING;
    if (warning) warnings.incrementAndGet();
    all.add(d);
    if (quiet || (!warning && !verbose)) return;
    String where = d.input().isEmpty() ? "" : d.input() + ": ";
    synchronized (err) {
      err.println("offprint: " + (warning ? "warning" : "info") + ": " + where + d.message());
      err.flush();
    }
  }

  /**
   * {@return a sink that reports as this one, naming {@code input}}: writers name a document by its source URL,
   * but the user knows the input by the name they gave
   */
  org.offprint.model.Diagnostics forInput(String input) {
    return d -> report(new Diagnostic(d.severity(), input, d.message()));
  }

  /** {@return everything reported, in order} */
  java.util.List<Diagnostic> all() {
    synchronized (all) {
      return java.util.List.copyOf(all);
    }
  }

  /** {@return how many warnings were reported, printed or not} */
  int warnings() {
    return warnings.get();
  }
}
