package org.offprint.read.html.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.offprint.read.Dates;
import org.offprint.read.html.cues.Phrases;

/**
 * A line that is a date and nothing else ("23.10.2018", "Donnerstag, 31. Mai 2012", "June 8, 2015 at 3:59 PM"):
 * the post's date printed over its text, which is metadata, not a line of the article. The date may have a weekday
 * and a time of day around it, and no other word.
 */
final class BareDates {
  private BareDates() {}

  /** The longest such line, in characters. */
  private static final int MAX = 60;
  /** A time of day: "12:30", "3:59 PM", "12.30 Uhr", "14h30". */
  private static final Pattern TIME = Pattern.compile(
      "(?<!\\d)\\d{1,2}[:.h]\\d{2}(?!\\d)(?:\\s*(?:uhr|h|am|pm|a\\.m\\.|p\\.m\\.)(?!\\p{L}))?", Pattern.CASE_INSENSITIVE);
  /** Small words that join a date and its time: "um", "at", "à", "alle". */
  private static final Set<String> JOINS = Set.of("um", "am", "at", "on", "à", "a", "le", "el", "de", "alle", "o");

  /** {@return whether {@code text} (whitespace squashed) is a date, with at most a weekday and a time beside it} */
  static boolean is(String text) {
    if (text.isEmpty() || text.length() > MAX || !Phrases.hasDigit(text)) return false;
    Optional<Dates.Found> found = Dates.find(text);
    if (found.isEmpty()) return false;
    String rest = text.substring(0, found.get().start()) + " " + text.substring(found.get().end());
    rest = TIME.matcher(rest).replaceAll(" ");
    for (String word : rest.split("[^\\p{L}\\p{N}]+")) {
      if (word.isEmpty()) continue;
      String w = word.toLowerCase(Locale.ROOT);
      if (!Dates.isWeekday(w) && !JOINS.contains(w)) return false;
    }
    return true;
  }
}
