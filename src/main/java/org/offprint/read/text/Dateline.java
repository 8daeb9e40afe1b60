package org.offprint.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offprint.read.Dates;

/**
 * Recognises a dateline ({@code BERLIN, 4 March 2023, Example Institute.}, {@code МОСКВА, 4 марта 2023 г. —
 * text…}, {@code Published: 04.03.2023}) and a byline ({@code By Jane Doe and John Roe}, {@code Автор: Иван
 * Петров}).
 *
 * @param place the place before the date, or {@code ""}
 * @param date the date found
 * @param source who reports it (an agency, an institute), or {@code ""}
 * @param rest article text that followed the dateline on the same line, or {@code ""}
 */
record Dateline(String place, Dates.Found date, String source, String rest) {
  private static final Pattern BYLINE = Pattern.compile(
      "^(?:by|written by|author:|authors:|von|par|por|di|door|av|автор:?|авторы:?|текст:|автор материала:?)\\s+(.{2,120})$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern AUTHOR_SPLIT = Pattern.compile(
      "\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*", Pattern.UNICODE_CASE);
  private static final Pattern LABEL = Pattern.compile("^[\\p{L} ]{2,25}:$");

  /** {@return the dateline in {@code u}, when it has a date near its start and is short or ends in a dash} */
  static Optional<Dateline> of(Unit u) {
    String t = u.text().strip();
    // Only the start matters; searching a whole long paragraph for month names would be slow.
    Optional<Dates.Found> found = Dates.find(t.length() > 160 ? t.substring(0, 160) : t);
    if (found.isEmpty() || found.get().start() > 60) return Optional.empty();
    Dates.Found f = found.get();
    String before = t.substring(0, f.start()).strip();
    String after = t.substring(f.end()).strip();
    // A weekday before the date ("Saturday, 4 March 2023") is not a place.
    String[] parts = before.replaceAll("[,\\s]+$", "").split("[,\\s]+");
    if (parts.length > 0 && Dates.isWeekday(parts[parts.length - 1])) {
      before = before.substring(0, before.lastIndexOf(parts[parts.length - 1])).strip();
    }
    String place = before.replaceAll("[,;:–—\\-|·•\\s]+$", "").strip();
    String site = "";
    // "The Coastal Review · 4 March 2023": a name set off by a separator is the publication, not a place.
    if (before.matches(".*[|·•–—]$") && !place.isEmpty() && place.split("\\s+").length <= 6) {
      site = place;
      place = "";
    }
    if (LABEL.matcher(before).matches() || place.split("\\s+").length > 4) place = "";
    String rest = "";
    String source = "";
    Matcher dash = Pattern.compile("^(?:г\\.|года)?\\s*(\\(([^)]{2,40})\\))?\\s*[–—-]\\s+(.+)$").matcher(after);
    Matcher paren = Pattern.compile("^(?:г\\.|года)?[,\\s]*\\(([^)]{2,40})\\)[.,]?$").matcher(after);
    if (dash.matches() && dash.group(3).split("\\s+").length >= 6) {
      source = dash.group(2) == null ? "" : dash.group(2).strip();
      rest = dash.group(3).strip();
    } else if (paren.matches()) {
      source = paren.group(1).strip();
    } else {
      String s = after.replaceFirst("^(?:г\\.|года)", "").replaceAll("^[,;:–—\\-|·(\\s]+", "")
          .replaceAll("[.)\\s]+$", "").strip();
      if (s.split("\\s+").length > 8 || u.words() > 20) return Optional.empty();
      if (!s.matches("(?i).*\\d{1,2}:\\d{2}.*") && !s.matches("(?iu).*(min|мин).*")) source = s;
    }
    if (u.words() > 20 && rest.isEmpty()) return Optional.empty();
    return Optional.of(new Dateline(place, f, source.isEmpty() ? site : source, rest));
  }

  /** {@return the authors named by a byline, or empty when {@code u} is not one} */
  static List<String> byline(Unit u) {
    String t = u.text().strip();
    if (u.words() > 14) return List.of();
    Matcher m = BYLINE.matcher(t);
    if (!m.matches()) return List.of();
    String names = m.group(1);
    // "By Jane Doe | March 4, 2023": a date or separator after the names is not a name.
    names = names.split("\\s+[|·•]\\s+|\\s+[–—]\\s+")[0];
    Optional<Dates.Found> d = Dates.find(names);
    if (d.isPresent()) names = names.substring(0, d.get().start());
    List<String> out = new ArrayList<>();
    for (String n : AUTHOR_SPLIT.split(names.strip().replaceAll("[.,]$", ""))) {
      if (!n.isBlank() && n.split("\\s+").length <= 4) out.add(n.strip());
    }
    return out;
  }
}
