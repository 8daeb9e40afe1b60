package org.offprint.read.text;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date in text: ISO ({@code 2023-03-04}), numeric day-first ({@code 04.03.2023}), and written
 * dates in many languages ({@code 4 March 2023}, {@code March 4, 2023}, {@code 4. März 2023},
 * {@code 4 de marzo de 2023}, {@code 4 марта 2023 г.}). Month names come from the JDK's locale data (full and
 * abbreviated, format and stand-alone forms), so no language has a hand-made list.
 */
final class Dates {
  private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
      Locale.ITALIAN, Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl"),
      Locale.forLanguageTag("ru"), Locale.forLanguageTag("uk"), Locale.forLanguageTag("pl"),
      Locale.forLanguageTag("cs"), Locale.forLanguageTag("sv"), Locale.forLanguageTag("da"),
      Locale.forLanguageTag("nb"), Locale.forLanguageTag("fi"), Locale.forLanguageTag("tr"),
      Locale.forLanguageTag("ro"), Locale.forLanguageTag("hu"), Locale.forLanguageTag("el"));
  /** Month name (lower case, no final dot) to month number and the language it was found in. */
  private static final Map<String, int[]> MONTHS = new HashMap<>();
  private static final List<String> LANGS = new ArrayList<>();
  private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?!\\d)");
  private static final Pattern DAY_MONTH;
  private static final Pattern MONTH_DAY;

  static {
    for (Locale l : LOCALES) {
      LANGS.add(l.getLanguage());
      for (Month m : Month.values()) {
        for (TextStyle s : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
            TextStyle.SHORT_STANDALONE)) {
          String name = clean(m.getDisplayName(s, l));
          if (name.length() >= 3 && !name.chars().allMatch(Character::isDigit)) {
            MONTHS.putIfAbsent(name, new int[] {m.getValue(), LANGS.size() - 1});
            MONTHS.putIfAbsent(stripAccents(name), new int[] {m.getValue(), LANGS.size() - 1});
          }
        }
      }
    }
    // English "Sept" is common in print but absent from the JDK data.
    MONTHS.putIfAbsent("sept", new int[] {9, 0});
    List<String> names = new ArrayList<>(MONTHS.keySet());
    names.sort(Comparator.comparingInt(String::length).reversed());
    String alt = String.join("|", names.stream().map(Pattern::quote).toList());
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    DAY_MONTH = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s+(?:de\\s+)?(" + alt
        + ")\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)", flags);
    MONTH_DAY = Pattern.compile("(?<![\\p{L}])(" + alt + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", flags);
  }

  private static final java.util.Set<String> WEEKDAYS = new java.util.HashSet<>();

  static {
    for (Locale l : LOCALES) {
      for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
        for (TextStyle s : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT)) {
          WEEKDAYS.add(clean(d.getDisplayName(s, l)));
        }
      }
    }
  }

  private Dates() {}

  /** {@return true when {@code word} names a day of the week in one of the known languages} */
  static boolean isWeekday(String word) {
    return WEEKDAYS.contains(clean(word));
  }

  /**
   * A date found in text.
   *
   * @param date the date
   * @param start where it starts in the text
   * @param end where it ends
   * @param language the language of its month name, or {@code ""} for numeric dates
   */
  record Found(LocalDate date, int start, int end, String language) {}

  /** {@return the first date in {@code text}, if any} */
  static Optional<Found> find(String text) {
    List<Found> all = new ArrayList<>();
    Matcher m = ISO.matcher(text);
    if (m.find()) of(m.group(1), m.group(2), m.group(3), m, "").ifPresent(all::add);
    m = NUMERIC.matcher(text);
    if (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      // Day first, as in most of the world; "/" with a second part over 12 is the US order.
      boolean us = m.group(2).equals("/") && b > 12;
      of(m.group(4), String.valueOf(us ? a : b), String.valueOf(us ? b : a), m, "").ifPresent(all::add);
    }
    Matcher m1 = DAY_MONTH.matcher(text);
    if (m1.find()) month(m1.group(2)).flatMap(mo -> of(m1.group(3), String.valueOf(mo[0]), m1.group(1), m1,
        LANGS.get(mo[1]))).ifPresent(all::add);
    Matcher m2 = MONTH_DAY.matcher(text);
    if (m2.find()) month(m2.group(1)).flatMap(mo -> of(m2.group(3), String.valueOf(mo[0]), m2.group(2), m2,
        LANGS.get(mo[1]))).ifPresent(all::add);
    return all.stream().min(Comparator.comparingInt(Found::start));
  }

  private static Optional<int[]> month(String name) {
    String n = clean(name);
    int[] v = MONTHS.get(n);
    if (v == null) v = MONTHS.get(stripAccents(n));
    return Optional.ofNullable(v);
  }

  private static Optional<Found> of(String y, String mo, String d, Matcher m, String lang) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
      int end = m.end();
      return Optional.of(new Found(date, m.start(), end, lang));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String clean(String s) {
    String t = s.toLowerCase(Locale.ROOT).strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  private static String stripAccents(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }
}
