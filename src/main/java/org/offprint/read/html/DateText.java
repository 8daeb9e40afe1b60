package org.offprint.read.html;

import java.util.Optional;
import org.offprint.read.Dates;

/**
 * The HTML reader's names for {@link Dates}, the readers' one date parser (kept so that the reader's classes need
 * no edit; new code calls {@link Dates} directly).
 */
final class DateText {
  private DateText() {}

  /** {@link Dates#MONTH_OR_DAY}. */
  static final String MONTH_OR_DAY = Dates.MONTH_OR_DAY;

  /** {@return a machine or human date value as ISO text} ({@link Dates#normalize}) */
  static Optional<String> normalize(String raw) {
    return Dates.normalize(raw);
  }

  /** {@return the first human-written date in {@code text}} ({@link Dates#inText}) */
  static Optional<String> inText(String text) {
    return Dates.inText(text);
  }

  /** {@return a date written in a URL path such as {@code /2021/05/05/}} ({@link Dates#inUrl}) */
  static Optional<String> inUrl(String url) {
    return Dates.inUrl(url);
  }
}
