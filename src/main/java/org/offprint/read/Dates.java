package org.offprint.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one date parser of the readers: finds the publication date of an article in text, in metadata values and
 * in URLs. Machine values: ISO ({@code 2021-05-05T10:00:00+02:00}, {@code 2021-05-05 10:00}), RFC 1123,
 * {@code 20210505}, {@code 2021/05/05}; numeric day-first dates ({@code 05.05.2021}; in plain text also
 * {@code 05/05/2021}, and {@code 12/25/2023} when the second number cannot be a month); written dates in 19
 * languages ({@code May 5, 2021}, {@code 5 May 2021}, {@code 5. Mai 2021}, {@code 5 de mayo de 2021},
 * {@code 15 мая 2023}) and Chinese, Japanese and Korean ({@code 2021年5月5日}, {@code 2021년 5월 5일}).
 * Month and weekday names come from JDK 17's locale data, kept in {@code date-names.txt} (full and abbreviated,
 * format and stand-alone, with and without accents), plus the abbreviations the JDK lacks ({@code Sept},
 * {@code janv}, {@code Jänner}); the same names on every JDK. Only years 1900 to 2100 count: these are the dates of articles. Stateless and thread-safe.
 */
public final class Dates {
  private Dates() {}

  /** The languages whose month and weekday names are known, in the order that attributes a shared name. */
  private static final List<String> LANGUAGES = List.of("en", "de", "fr", "it", "es", "pt", "nl", "ru", "uk", "pl",
      "cs", "sv", "da", "nb", "fi", "tr", "ro", "hu", "el");

  /** Abbreviations and variants in print that the JDK's data lack: language, then names by month from January. */
  private static final String[][] EXTRA_MONTHS = {
    {"en", "", "", "", "", "", "", "", "", "sept", "", "", ""},
    {"de", "jän", "", "mär", "", "", "", "", "", "sept", "", "", ""},
    {"de", "jänner", "", "", "", "", "", "", "", "", "", "", ""},
    {"fr", "janv", "févr", "", "avr", "", "", "juil", "", "sept", "", "", "déc"},
    {"es", "ene", "", "", "abr", "", "", "", "ago", "set", "", "", "dic"},
    {"es", "", "", "", "", "", "", "", "", "setiembre", "", "", ""},
  };

  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  /**
   * {@return the text of date-keys.txt for the names of {@code namesFile} (the text of date-names.txt) and
   * EXTRA_MONTHS}: a line {@code m NAME MONTH LANGUAGE} for each month name (the first language to use a name
   * has it), {@code w NAME} for each weekday name and {@code f NAME} for each full weekday name, sorted.
   */
  static String keys(String namesFile) {
    Map<String, String[]> names = names(namesFile);
    Map<String, int[]> months = new HashMap<>();
    Set<String> weekdays = new TreeSet<>();
    Set<String> full = new TreeSet<>();
    for (int lang = 0; lang < LANGUAGES.size(); lang++) {
      String[] n = names.get(LANGUAGES.get(lang));
      if (n == null) throw new IllegalStateException("date-names.txt lacks the language " + LANGUAGES.get(lang));
      int at = 1;
      for (int month = 1; month <= 12; month++) {
        for (int style = 0; style < 4; style++) addMonth(months, n[at++], month, lang);
      }
      for (int day = 0; day < 7; day++) {
        for (int style = 0; style < 3; style++) weekdays.add(clean(n[at + style]));
        full.add(clean(n[at]));
        at += 3;
      }
    }
    for (String[] row : EXTRA_MONTHS) {
      for (int i = 1; i <= 12; i++) {
        if (!row[i].isEmpty()) addMonth(months, row[i], i, LANGUAGES.indexOf(row[0]));
      }
    }
    StringBuilder out = new StringBuilder("# Made by Dates.keys() from date-names.txt and Dates.EXTRA_MONTHS; DatesTest"
        + " checks it\n# (mvn test -Dtest=DatesTest -Dgolden.update=true writes it anew).\n");
    // month and full weekday names in the order of their alternation (alternationOrder), so that loading them
    // needs no sort
    List<String> monthNames = new ArrayList<>(months.keySet());
    monthNames.sort(alternationOrder());
    for (String m : monthNames) {
      out.append("m ").append(m).append(' ').append(months.get(m)[0]).append(' ').append(months.get(m)[1])
          .append('\n');
    }
    for (String w : weekdays) out.append("w ").append(w).append('\n');
    List<String> fullNames = new ArrayList<>(full);
    fullNames.sort(alternationOrder());
    for (String f : fullNames) out.append("f ").append(f).append('\n');
    return out.toString();
  }

  private static void addMonth(Map<String, int[]> months, String displayName, int month, int lang) {
    String name = clean(displayName);
    if (name.length() < 3 || allDigits(name)) return;
    months.putIfAbsent(name, new int[] {month, lang});
    months.putIfAbsent(stripAccents(name), new int[] {month, lang});
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
    return true;
  }

  /** {@return the month and weekday names of each language in {@code file}, as JDK 17's locale data give them} */
  private static Map<String, String[]> names(String file) {
    Map<String, String[]> names = new HashMap<>();
    for (String line : file.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] n = line.strip().split(" ");
      if (n.length != 1 + 12 * 4 + 7 * 3) throw new IllegalStateException("date-names.txt: a bad line: " + n[0]);
      names.put(n[0], n);
    }
    return names;
  }

  /** {@return the text of a file next to this class} */
  static String resource(String name) {
    try (InputStream in = Dates.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException(name + " is missing from the class path");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the order of names in an alternation}: longest first, so that "marzo" is not read as "mar"; then
   * alphabetically, for a stable pattern. Only {@link #keys} sorts by it (made when asked: a comparator of lambdas
   * costs a cold start)
   */
  private static Comparator<String> alternationOrder() {
    return Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());
  }

  /** {@return a group of {@code names} as alternatives, in their order (which {@link #keys} makes {@link #alternationOrder})} */
  private static String alternation(List<String> names) {
    StringBuilder sb = new StringBuilder("(");
    for (String n : names) {
      if (sb.length() > 1) sb.append('|');
      sb.append(Pattern.quote(n));
    }
    return sb.append(')').toString();
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /**
   * The month and weekday names and the expression made of them, loaded on first use: with the patterns of
   * {@link Written}, a cold convert spent 12-14 ms on them (reading the names, sorting and joining 1,300 of them,
   * compiling), and a page whose dates are machine values and whose byline holds no date needs none of them.
   */
  private static final class Names {
    /** Month name (lower case, no final dot) to its month number and the index of its language in LANGUAGES. */
    static final Map<String, int[]> MONTHS = new HashMap<>();
    static final Set<String> WEEKDAYS = new HashSet<>();
    /** Full weekday names, which a byline's date may start with ("Tuesday, May 5"). */
    static final Set<String> FULL_WEEKDAYS = new HashSet<>();
    /** The month and full weekday names in the order of date-keys.txt: that of their alternation. */
    private static final List<String> MONTH_ORDER = new ArrayList<>();
    private static final List<String> FULL_ORDER = new ArrayList<>();

    static {
      // The names as matched (lower case, without a final dot, also without accents), made from date-names.txt and
      // EXTRA_MONTHS by keys() and kept in a file that DatesTest checks: making them here cost a cold start 15-20
      // ms of CPU (lower-casing and normalising 1,300 names in the interpreter).
      for (String line : resource("date-keys.txt").split("\n")) {
        if (line.isEmpty() || line.startsWith("#")) continue;
        String[] f = line.split(" ");
        switch (f[0]) {
          case "m" -> {
            MONTHS.put(f[1], new int[] {Integer.parseInt(f[2]), Integer.parseInt(f[3])});
            MONTH_ORDER.add(f[1]);
          }
          case "w" -> WEEKDAYS.add(f[1]);
          case "f" -> {
            FULL_WEEKDAYS.add(f[1]);
            FULL_ORDER.add(f[1]);
          }
          default -> throw new IllegalStateException("date-keys.txt: a bad line: " + line);
        }
      }
    }

    static final String MONTH = alternation(MONTH_ORDER);

    static final String MONTH_OR_DAY = "(?:" + MONTH.substring(1, MONTH.length() - 1) + ")\\.?,?\\s*\\d"
        + "|" + alternation(FULL_ORDER) + ",";
  }

  /** The patterns of written dates, compiled on first use. */
  private static final class Written {
    static final Pattern DAY_MONTH = Pattern.compile(
        "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?" + Names.MONTH
            + "(?!\\p{L})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)", FLAGS);
    static final Pattern MONTH_DAY = Pattern.compile(
        "(?<![\\p{L}\\d])" + Names.MONTH + "(?!\\p{L})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)",
        FLAGS);
  }

  /**
   * {@return a regular expression for where a date in a byline begins}: a month name before a number, or a full
   * weekday name with its comma. For use inside a case-insensitive pattern; it matches only in a text that holds
   * an ASCII digit or a comma.
   */
  public static String monthOrDay() {
    return Names.MONTH_OR_DAY;
  }

  private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");
  private static final Pattern ISO = Pattern.compile(
      "(?<![\\d-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
          + "\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d)|UTC|GMT)?)?");
  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?!\\d)");
  private static final Pattern SLASHED = Pattern.compile("(?<!\\d)(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T?\\d{4,6}Z?)?$");
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|\\.|$)");

  /**
   * A date found in text.
   *
   * @param date the date
   * @param start where it starts in the text
   * @param end where it ends (after the day, for an ISO date with a time)
   * @param language the language of its month name, or {@code ""} for numeric dates
   */
  public record Found(LocalDate date, int start, int end, String language) {}

  /** {@return the first date of any kind in {@code text}: written, numeric, ISO or CJK} */
  public static Optional<Found> find(String text) {
    return first(text, true);
  }

  /**
   * {@return the first written, ISO or CJK date in {@code text} as {@code YYYY-MM-DD}}; numeric dates such as
   * {@code 05.05.2021} do not count (a page's text is full of numbers)
   */
  public static Optional<String> inText(String text) {
    return first(text, false).map(f -> f.date().toString());
  }

  /** {@return a machine or human date value (a meta tag's, a {@code <time>}'s) as ISO text, with its time if any} */
  public static Optional<String> normalize(String raw) {
    if (raw == null) return Optional.empty();
    String s = raw.trim();
    if (!hasYear(s)) return Optional.empty(); // every form below has a year: four digits in a row
    Matcher m = ISO.matcher(s);
    if (m.find() && m.start() < 3) return iso(m);
    if (s.indexOf(':') >= 0) { // RFC 1123 has a time, its hours and minutes parted by a colon: spare the throw
      try {
        ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
        return Optional.of(z.toOffsetDateTime().toString());
      } catch (DateTimeException ignored) {
        // not RFC 1123
      }
    }
    m = COMPACT.matcher(s);
    if (m.find()) return date(m.group(1), m.group(2), m.group(3)).map(LocalDate::toString);
    m = SLASHED.matcher(s);
    if (m.find()) return date(m.group(1), m.group(2), m.group(3)).map(LocalDate::toString);
    Optional<String> human = inText(s);
    if (human.isPresent()) return human;
    // only the dotted form: in a value, 05/04/2021 is as often month-first as day-first
    m = NUMERIC.matcher(s);
    while (m.find()) {
      if (m.group(2).equals(".")) return date(m.group(4), m.group(3), m.group(1)).map(LocalDate::toString);
    }
    return Optional.empty();
  }

  /** {@return whether {@code s} holds four ASCII digits in a row, as the patterns' {@code \d{4}} years need} */
  private static boolean hasYear(String s) {
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) return true;
    }
    return false;
  }

  /** {@return a date written in a URL path such as {@code /2021/05/05/}} */
  public static Optional<String> inUrl(String url) {
    Matcher m = URL_DATE.matcher(url);
    return m.find() ? date(m.group(1), m.group(2), m.group(3)).map(LocalDate::toString) : Optional.empty();
  }

  /** {@return true when {@code word} names a day of the week in one of the known languages} */
  public static boolean isWeekday(String word) {
    return Names.WEEKDAYS.contains(clean(word));
  }

  private static Optional<Found> first(String text, boolean numeric) {
    if (!hasYear(text)) return Optional.empty(); // every pattern below has a year: four digits in a row
    Found best = null;
    Matcher m = Written.DAY_MONTH.matcher(text);
    while (m.find() && (best == null || m.start() < best.start())) {
      Optional<Found> f = written(m, 1, 2, 3);
      if (f.isPresent()) {
        best = f.get();
        break;
      }
    }
    m = Written.MONTH_DAY.matcher(text);
    while (m.find() && (best == null || m.start() < best.start())) {
      Optional<Found> f = written(m, 2, 1, 3);
      if (f.isPresent()) {
        best = f.get();
        break;
      }
    }
    best = earlier(best, CJK.matcher(text), m2 -> found(m2.group(1), m2.group(2), m2.group(3), m2, m2.end()));
    best = earlier(best, ISO.matcher(text), m2 -> found(m2.group(1), m2.group(2), m2.group(3), m2, m2.end(3)));
    if (numeric) best = earlier(best, NUMERIC.matcher(text), Dates::numeric);
    return Optional.ofNullable(best);
  }

  /** The first match of {@code m} that makes a date, when it starts before {@code best}. */
  private static Found earlier(Found best, Matcher m, java.util.function.Function<Matcher, Optional<Found>> date) {
    while (m.find() && (best == null || m.start() < best.start())) {
      Optional<Found> f = date.apply(m);
      if (f.isPresent()) return f.get();
    }
    return best;
  }

  private static Optional<Found> numeric(Matcher m) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    // Day first, as in most of the world; "/" with a second part over 12 is the US order.
    boolean us = m.group(2).equals("/") && b > 12;
    return found(m.group(4), String.valueOf(us ? a : b), String.valueOf(us ? b : a), m, m.end());
  }

  private static Optional<Found> written(Matcher m, int day, int month, int year) {
    int[] mo = Names.MONTHS.get(clean(m.group(month)));
    if (mo == null) mo = Names.MONTHS.get(stripAccents(clean(m.group(month))));
    if (mo == null) return Optional.empty();
    String lang = LANGUAGES.get(mo[1]);
    return date(m.group(year), String.valueOf(mo[0]), m.group(day))
        .map(d -> new Found(d, m.start(), m.end(), lang));
  }

  private static Optional<Found> found(String y, String mo, String d, Matcher m, int end) {
    return date(y, mo, d).map(date -> new Found(date, m.start(), end, ""));
  }

  private static Optional<String> iso(Matcher m) {
    Optional<LocalDate> day = date(m.group(1), m.group(2), m.group(3));
    if (day.isEmpty() || m.group(4) == null || m.group(7) == null) return day.map(LocalDate::toString);
    try {
      LocalDate d = day.get();
      int sec = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      String zone = m.group(7);
      ZoneOffset off;
      if (zone.equalsIgnoreCase("Z") || zone.equalsIgnoreCase("UTC") || zone.equalsIgnoreCase("GMT")) {
        off = ZoneOffset.UTC;
      } else {
        String z = zone.replace(":", "");
        if (z.length() == 3) z = z + "00";
        off = ZoneOffset.of(z.substring(0, 3) + ":" + z.substring(3));
      }
      OffsetDateTime t = OffsetDateTime.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth(),
          Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), sec, 0, off);
      return Optional.of(t.toString());
    } catch (DateTimeException | NumberFormatException e) {
      return day.map(LocalDate::toString);
    }
  }

  private static Optional<LocalDate> date(String y, String mo, String d) {
    try {
      int year = Integer.parseInt(y);
      if (year < 1900 || year > 2100) return Optional.empty();
      return Optional.of(LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String clean(String s) {
    String t = s.toLowerCase(Locale.ROOT).strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  private static String stripAccents(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 0x80;
    if (ascii) return s; // nothing to strip, and no normaliser to run
    return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
  }
}
