package org.offprint.read.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the ways pages write dates into {@code YYYY-MM-DD} or an ISO date-time with offset: machine values
 * ({@code 2021-05-05T10:00:00+02:00}, {@code 2021-05-05 10:00}, RFC 1123, {@code 20210505}) and human ones in
 * several languages ({@code May 5, 2021}, {@code 5 May 2021}, {@code 5. Mai 2021}, {@code 5 de mayo de 2021},
 * {@code 15 мая 2023}, {@code 2021年5月5日}).
 */
final class DateText {
  private DateText() {}

  private static final Map<String, Integer> MONTHS = months();

  private static Map<String, Integer> months() {
    Map<String, Integer> m = new LinkedHashMap<>();
    String[][] names = {
      {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"},
      {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
          "dezember"},
      {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"},
      {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"},
      {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
          "novembre", "dicembre"},
      {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
          "novembro", "dezembro"},
      {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"},
      {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря"},
      {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
          "ноябрь", "декабрь"},
      {"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
          "листопада", "грудня"},
      {"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
          "października", "listopada", "grudnia"},
      {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
      {"jän", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"},
      {"janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"},
      {"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "set", "oct", "nov", "dic"},
    };
    for (String[] lang : names) {
      for (int i = 0; i < 12; i++) m.putIfAbsent(lang[i], i + 1);
    }
    m.put("jänner", 1);
    m.put("setiembre", 9);
    return m;
  }

  private static final String MONTH = monthAlternation();

  private static String monthAlternation() {
    List<String> keys = new ArrayList<>(MONTHS.keySet());
    keys.sort(Comparator.comparingInt(String::length).reversed());
    return "(" + String.join("|", keys) + ")";
  }

  /** A month name that starts a date, or a weekday name with its comma: where a byline's date begins. */
  static final String MONTH_OR_DAY = "(?:" + MONTH.substring(1, MONTH.length() - 1) + ")\\.?,?\\s*\\d"
      + "|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag"
      + "|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves"
      + "|viernes|sábado|domingo),";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?" + MONTH
          + "(?!\\p{L})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)", FLAGS);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?<![\\p{L}\\d])" + MONTH + "(?!\\p{L})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", FLAGS);
  private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
          + "\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d)|UTC|GMT)?)?");
  private static final Pattern SLASHED = Pattern.compile("(?<!\\d)(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)");
  private static final Pattern DOTTED = Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T?\\d{4,6}Z?)?$");
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|\\.|$)");

  /** {@return a machine or human date value as ISO text} */
  static Optional<String> normalize(String raw) {
    if (raw == null) return Optional.empty();
    String s = raw.trim();
    if (s.isEmpty()) return Optional.empty();
    Matcher m = ISO.matcher(s);
    if (m.find() && m.start() < 3) return iso(m);
    try {
      ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
      return Optional.of(z.toOffsetDateTime().toString());
    } catch (DateTimeException ignored) {
      // not RFC 1123
    }
    m = COMPACT.matcher(s);
    if (m.find()) return date(m.group(1), m.group(2), m.group(3));
    m = SLASHED.matcher(s);
    if (m.find()) return date(m.group(1), m.group(2), m.group(3));
    Optional<String> human = inText(s);
    if (human.isPresent()) return human;
    m = DOTTED.matcher(s);
    if (m.find()) return date(m.group(3), m.group(2), m.group(1));
    return Optional.empty();
  }

  /** {@return the first human-written date in {@code text}} */
  static Optional<String> inText(String text) {
    Optional<String> best = Optional.empty();
    int at = Integer.MAX_VALUE;
    Matcher m = DAY_MONTH_YEAR.matcher(text);
    while (m.find() && m.start() < at) {
      Optional<String> d = date(m.group(3), String.valueOf(MONTHS.get(m.group(2).toLowerCase(Locale.ROOT))),
          m.group(1));
      if (d.isPresent()) {
        best = d;
        at = m.start();
        break;
      }
    }
    m = MONTH_DAY_YEAR.matcher(text);
    while (m.find() && m.start() < at) {
      Optional<String> d = date(m.group(3), String.valueOf(MONTHS.get(m.group(1).toLowerCase(Locale.ROOT))),
          m.group(2));
      if (d.isPresent()) {
        best = d;
        at = m.start();
        break;
      }
    }
    m = CJK.matcher(text);
    if (m.find() && m.start() < at) {
      Optional<String> d = date(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) {
        best = d;
        at = m.start();
      }
    }
    m = ISO.matcher(text);
    if (m.find() && m.start() < at) {
      Optional<String> d = date(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) best = d;
    }
    return best;
  }

  /** {@return a date written in a URL path such as {@code /2021/05/05/}} */
  static Optional<String> inUrl(String url) {
    Matcher m = URL_DATE.matcher(url);
    return m.find() ? date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
  }

  private static Optional<String> iso(Matcher m) {
    Optional<String> day = date(m.group(1), m.group(2), m.group(3));
    if (day.isEmpty() || m.group(4) == null || m.group(7) == null) return day;
    try {
      LocalDate d = LocalDate.parse(day.get());
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
      return day;
    }
  }

  private static Optional<String> date(String y, String mo, String d) {
    try {
      int year = Integer.parseInt(y);
      if (year < 1900 || year > 2100) return Optional.empty();
      return Optional.of(LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d)).toString());
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
