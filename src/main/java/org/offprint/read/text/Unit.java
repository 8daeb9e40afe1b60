package org.offprint.read.text;

/**
 * One candidate block of a text dump: a line, or hard-wrapped lines joined.
 *
 * @param text the text, whitespace normalised
 * @param indent the leading spaces of its first line
 * @param blankBefore whether a blank line precedes it
 */
record Unit(String text, int indent, boolean blankBefore) {
  int words() {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** {@return true when it ends like a sentence (closing quotes and brackets skipped)} */
  boolean endsSentence() {
    String t = text.strip();
    int i = t.length() - 1;
    while (i >= 0 && "\"'»”’)]".indexOf(t.charAt(i)) >= 0) i--;
    return i >= 0 && ".!?…:;".indexOf(t.charAt(i)) >= 0;
  }

  /** {@return true for running prose: a sentence of some length} */
  boolean prose() {
    return words() >= 8 && endsSentence() || text.length() >= 160;
  }
}
