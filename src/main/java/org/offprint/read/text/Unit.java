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
    // Counted by hand: this runs for every unit several times, and units can be huge.
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = text.charAt(i) == ' ';
      if (!space && !in) n++;
      in = !space;
    }
    return n;
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
