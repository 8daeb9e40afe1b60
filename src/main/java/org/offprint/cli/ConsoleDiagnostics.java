package org.offprint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.offprint.model.Diagnostic;
import org.offprint.model.Diagnostics;

/**
 * Prints diagnostics to stderr as {@code offprint: warning: <input>: <message>}, honouring -q and -v. Of one kind of
 * warning about one input (the message without its last {@code ": "} part, usually the image or link it names),
 * the first {@value #SHOWN} are printed and the rest counted: a saved page with 40 remote images said so in 40
 * lines. {@link #summarise} then prints how many more there were; -v prints each, and the JSON report lists each.
 */
final class ConsoleDiagnostics implements Diagnostics {
  /** How many warnings of one kind about one input are printed before the rest are only counted (without -v). */
  static final int SHOWN = 3;

  private final PrintWriter err;
  private final boolean quiet;
  private final boolean verbose;
  private final AtomicInteger warnings = new AtomicInteger();
  private final List<Diagnostic> all = Collections.synchronizedList(new ArrayList<>());
  /** Per input and kind, how many warnings were reported; guarded by {@code err}. */
  private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();

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
    synchronized (err) {
      if (warning && !verbose) {
        int n = counts.computeIfAbsent(d.input(), i -> new LinkedHashMap<>()).merge(kind(d.message()), 1, Integer::sum);
        if (n > SHOWN) return;
      }
      err.println("offprint: " + (warning ? "warning" : "info") + ": " + where(d.input()) + d.message());
      err.flush();
    }
  }

  /** Prints, for each kind of warning about {@code input} of which some were not printed, how many; then forgets them. */
  void summarise(String input) {
    synchronized (err) {
      Map<String, Integer> kinds = counts.remove(input);
      if (kinds == null) return;
      kinds.forEach((kind, n) -> {
        if (n > SHOWN) {
          err.println("offprint: warning: " + where(input) + (n - SHOWN) + " more of these (-v lists each): " + kind);
        }
      });
      err.flush();
    }
  }

  /** Prints {@link #summarise} for every input that has warnings not printed. */
  void summariseAll() {
    List<String> inputs;
    synchronized (err) {
      inputs = List.copyOf(counts.keySet());
    }
    inputs.forEach(this::summarise);
  }

  /** {@return the kind of a warning: its message without the last {@code ": "} part, or the whole message} */
  static String kind(String message) {
    int at = message.lastIndexOf(": ");
    return at > 0 ? message.substring(0, at) : message;
  }

  private static String where(String input) {
    return input.isEmpty() ? "" : input + ": ";
  }

  /**
   * {@return a sink that reports as this one, naming {@code input}}: writers name a document by its source URL,
   * but the user knows the input by the name they gave
   */
  Diagnostics forInput(String input) {
    return d -> report(new Diagnostic(d.severity(), input, d.message()));
  }

  /** {@return everything reported, in order} */
  List<Diagnostic> all() {
    synchronized (all) {
      return List.copyOf(all);
    }
  }

  /** {@return how many warnings were reported, printed or not} */
  int warnings() {
    return warnings.get();
  }
}
