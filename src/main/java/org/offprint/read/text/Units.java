package org.offprint.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a dump into {@link Unit}s. Whitespace is normalised first (NBSP runs, zero-width characters, tabs).
 * When the dump is hard-wrapped (most lines that continue a block end near one width), lines are joined into
 * paragraphs, and a line well short of the width ends one; otherwise each line is a unit of its own.
 */
final class Units {
  static final Pattern LIST_ITEM = Pattern.compile("^([-*•·▪◦‣+]|\\d{1,3}[.)])\\s+\\S.*");

  private Units() {}

  static List<Unit> of(String text) {
    String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<String> lines = new ArrayList<>();
    List<Integer> indents = new ArrayList<>();
    for (String line : raw) {
      String l = normaliseSpace(line);
      int indent = 0;
      while (indent < l.length() && l.charAt(indent) == ' ') indent++;
      lines.add(l.strip().replaceAll(" {2,}", " "));
      indents.add(indent);
    }
    int width = wrapWidth(lines);
    List<Unit> units = new ArrayList<>();
    boolean blank = true;
    StringBuilder current = null;
    int currentIndent = 0;
    boolean currentBlank = false;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isEmpty()) {
        if (current != null) units.add(new Unit(current.toString(), currentIndent, currentBlank));
        current = null;
        blank = true;
        continue;
      }
      boolean join = current != null && width > 0 && joins(lines.get(i - 1), l, width);
      if (join) {
        String prev = current.toString();
        // "well-" + "known": a hyphen at a line end is kept, without a space.
        if (prev.endsWith("-") && prev.length() > 1 && Character.isLetter(prev.charAt(prev.length() - 2))) current.append(l);
        else current.append(' ').append(l);
      } else {
        if (current != null) units.add(new Unit(current.toString(), currentIndent, currentBlank));
        current = new StringBuilder(l);
        currentIndent = indents.get(i);
        currentBlank = blank || units.isEmpty();
      }
      blank = false;
    }
    if (current != null) units.add(new Unit(current.toString(), currentIndent, currentBlank));
    return units;
  }

  /**
   * A line ends its paragraph when the next line's first word would have fitted on it: a wrapping tool would
   * have put it there, so the break was the author's.
   */
  private static boolean joins(String prev, String next, int width) {
    if (prev.isEmpty() || LIST_ITEM.matcher(next).matches() || next.startsWith(">")) return false;
    // A sentence broken off and continued in lower case is one paragraph, however short the line.
    if (".!?…:;".indexOf(prev.charAt(prev.length() - 1)) < 0 && Character.isLowerCase(next.codePointAt(0))) return true;
    int firstWord = next.indexOf(' ') < 0 ? next.length() : next.indexOf(' ');
    return prev.length() + 1 + firstWord > width;
  }

  /**
   * {@return the width the dump is hard-wrapped at, or 0 when it is not} The cue is lines broken in the middle
   * of a sentence: a line without final punctuation followed, in the same block, by a line starting in lower
   * case. The widest such line is the wrap width.
   */
  static int wrapWidth(List<String> lines) {
    int continuing = 0;
    int midSentence = 0;
    int width = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      String a = lines.get(i);
      String b = lines.get(i + 1);
      if (a.isEmpty() || b.isEmpty()) continue;
      continuing++;
      char last = a.charAt(a.length() - 1);
      if (".!?…:;".indexOf(last) < 0 && Character.isLowerCase(b.codePointAt(0)) && a.length() >= 30) {
        midSentence++;
        width = Math.max(width, a.length());
      }
    }
    return midSentence >= 2 && midSentence * 10 >= continuing * 3 && width <= 120 ? width : 0;
  }

  /** NBSP and other spaces become plain spaces, zero-width characters and soft hyphens go, tabs become spaces. */
  static String normaliseSpace(String line) {
    StringBuilder sb = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') sb.append("    ");
      else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') continue;
      else if (Character.getType(c) == Character.SPACE_SEPARATOR || c == '\u000B' || c == '\f') sb.append(' ');
      else if (Character.isISOControl(c)) continue;
      else sb.append(c);
    }
    return sb.toString().stripTrailing();
  }


}
