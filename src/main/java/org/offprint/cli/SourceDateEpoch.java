package org.offprint.cli;

import java.time.Instant;
import java.util.Optional;

/** Reads {@code SOURCE_DATE_EPOCH} (reproducible-builds.org), the time every writer records. */
final class SourceDateEpoch {
  private SourceDateEpoch() {}

  /** {@return the time the run's environment asks for, if any} */
  static Optional<Instant> of(Invocation run) {
    return parse(run.env("SOURCE_DATE_EPOCH"));
  }

  static Optional<Instant> parse(String v) {
    if (v == null || v.isBlank()) return Optional.empty();
    try {
      return Optional.of(Instant.ofEpochSecond(Long.parseLong(v.trim())));
    } catch (NumberFormatException e) {
      throw new UsageException("SOURCE_DATE_EPOCH must be a number of seconds, not '" + v + "'");
    }
  }
}
