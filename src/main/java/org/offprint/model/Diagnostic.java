package org.offprint.model;

import java.util.Objects;

/**
 * Something a reader or writer could not keep or do, reported instead of thrown.
 *
 * @param severity how serious it is
 * @param input the input (file, URL or {@code -}) it concerns, or {@code ""}
 * @param message one line, saying what happened and what was done instead
 */
public record Diagnostic(Severity severity, String input, String message) {
  /** How serious a diagnostic is. */
  public enum Severity {
    /** Detail for {@code -v}. */
    INFO,
    /** Content was dropped or changed; the output is still useful. */
    WARNING
  }

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(message, "message");
  }
}
