package org.offprint.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A sink for {@link Diagnostic}s. Implementations must be thread-safe. */
@FunctionalInterface
public interface Diagnostics {
  /** A sink that drops everything. */
  Diagnostics IGNORE = d -> {};

  void report(Diagnostic diagnostic);

  /** Reports a warning. */
  default void warn(String input, String message) {
    report(new Diagnostic(Diagnostic.Severity.WARNING, input, message));
  }

  /** Reports an informational message. */
  default void info(String input, String message) {
    report(new Diagnostic(Diagnostic.Severity.INFO, input, message));
  }

  /** {@return a thread-safe sink that keeps everything, for tests and reports} */
  static Collector collector() {
    return new Collector();
  }

  /** A sink that keeps what it is given. */
  final class Collector implements Diagnostics {
    private final List<Diagnostic> all = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void report(Diagnostic diagnostic) {
      all.add(diagnostic);
    }

    /** {@return a snapshot of what was reported, in order} */
    public List<Diagnostic> all() {
      synchronized (all) {
        return List.copyOf(all);
      }
    }
  }
}
