package org.offprint.read.html.dom;

/**
 * Text normalisation shared by the reader's stages: every kind of space becomes a plain space, invisible characters
 * (soft hyphens, zero-width spaces and joiners, byte-order marks) disappear, and runs of whitespace collapse.
 */
public final class Whitespace {
  private Whitespace() {}

  /** {@return {@code s} collapsed as {@link #collapse} does and trimmed: the text of a whole block} */
  public static String squash(String s) {
    return collapse(s).trim();
  }

  /** {@return {@code s} with invisible characters removed and every whitespace run turned into one space} */
  public static String collapse(String s) {
    return collapse(s, false);
  }

  /**
   * {@return the text of a text node as the model keeps it: whitespace runs turned into one space, zero-width
   * spaces and byte-order marks removed, but soft hyphens (the author's hyphenation points) and zero-width
   * joiners and non-joiners (which change how letters join in Persian and Indic scripts, and which emoji
   * sequences are made of) kept}
   */
  public static String collapseText(String s) {
    return collapse(s, true);
  }

  private static String collapse(String s, boolean keepHints) {
    if (isCollapsed(s, keepHints)) return s; // most text nodes already are: spare the copy
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isInvisible(c) && !(keepHints && isHint(c))) continue;
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    if (space) sb.append(' ');
    // A leading space is kept so that words in adjacent inline nodes stay apart; callers trim at block edges.
    return sb.toString();
  }

  private static boolean isHint(char c) {
    return c == '\u00AD' || c == '\u200C' || c == '\u200D';
  }

  private static boolean isCollapsed(String s, boolean keepHints) {
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < 0x7F) { // the common case first: a visible ASCII character
        space = false;
      } else if (c == ' ') {
        if (space) return false;
        space = true;
      } else if (c < ' ' || isSpace(c) || isInvisible(c) && !(keepHints && isHint(c))) {
        return false;
      } else {
        space = false;
      }
    }
    return true;
  }

  /** {@return whether {@code c} separates words: ASCII and Unicode spaces, NBSP, line and paragraph separators} */
  static boolean isSpace(char c) {
    if (c < 0x80) return c == ' ' || c >= '\t' && c <= '\r'; // ASCII first: nearly every character is
    return c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\u2007'
        || c == '\u202F' || c == '\u3000' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028'
        || c == '\u2029' || c == '\u205F' || c == '\u0085' || c == '\u000B';
  }

  /**
   * {@return {@code s} in Unicode normalisation form C, as the W3C asks of web text: a letter and its marks
   * typed as one character or as several read, search and render the same}
   */
  public static String nfc(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '\u0300') { // below it, every character is already in form C
        // the check reads without copying: nearly all text (curly quotes, Cyrillic, CJK) is in form C already
        return java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC) ? s
            : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
      }
    }
    return s;
  }

  /** {@return whether {@code c} is a character that renders as nothing and only breaks words for the scorer} */
  static boolean isInvisible(char c) {
    return c >= '\u00AD' && (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
        || c == '\uFEFF' || c == '\u180E');
  }

  /**
   * {@return whether {@code s} has more than {@code limit} characters that neither {@link #squash} nor a trim
   * removes (none of them a space, a control character or an invisible one)}: then its squashed text is longer
   * than {@code limit}, found without building it and reading no further than the limit
   */
  public static boolean keepsMoreThan(String s, int limit) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > ' ' && !isSpace(c) && !isInvisible(c) && ++n > limit) return true;
    }
    return false;
  }

  /** {@return the number of characters {@code s} has once collapsed and trimmed, without building the string} */
  public static int visibleLength(String s) {
    return visibleLength(s, Integer.MAX_VALUE - 1);
  }

  /**
   * {@return the number of characters {@code s} has once collapsed and trimmed, or a number above {@code limit}
   * as soon as the count passes it}: for a test of shortness that need not read a long text to its end
   */
  public static int visibleLength(String s, int limit) {
    int n = 0;
    boolean pending = false; // a space counts only between visible characters
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (n > limit) return n;
      if (c > ' ' && c < 0x7F) { // the common case first: a visible ASCII character
        if (pending) n++;
        n++;
        pending = false;
        continue;
      }
      if (isInvisible(c)) continue;
      if (isSpace(c)) {
        pending = n > 0;
      } else {
        if (pending) n++;
        n++;
        pending = false;
      }
    }
    return n;
  }
}
