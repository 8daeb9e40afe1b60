package org.offprint.write.html;

/**
 * Escapes text for XML and HTML, and removes the characters XML 1.0 forbids (a single control character makes an
 * EPUB package unreadable). Stateless and thread-safe.
 */
public final class Xml {
  private Xml() {}

  /**
   * {@return {@code s} without the characters XML 1.0 forbids or discourages: C0 controls other than tab, line
   * feed and carriage return, DEL, C1 controls, unpaired surrogates, U+FFFE and U+FFFF}
   */
  public static String clean(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && allowedAt(s, i)) i += Character.charCount(s.codePointAt(i));
    if (i == n) return s;
    StringBuilder sb = new StringBuilder(n);
    sb.append(s, 0, i);
    while (i < n) {
      int cp = s.codePointAt(i);
      if (allowedAt(s, i)) sb.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  private static boolean allowedAt(String s, int i) {
    int cp = s.codePointAt(i);
    if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
    if (cp >= 0x7F && cp <= 0x9F) return false;
    if (cp >= 0xD800 && cp <= 0xDFFF) return false; // codePointAt returns a lone surrogate as itself
    return cp != 0xFFFE && cp != 0xFFFF;
  }

  /** {@return {@code s} cleaned and escaped for element content} */
  public static String text(String s) {
    return escape(clean(s), false);
  }

  /** {@return {@code s} cleaned and escaped for a double-quoted attribute value} */
  public static String attr(String s) {
    return escape(clean(s), true);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> attribute ? "&quot;" : null;
            // A raw CR would be normalised away by XML parsers; in attributes tabs and newlines would too.
            case '\r' -> "&#13;";
            case '\n' -> attribute ? "&#10;" : null;
            case '\t' -> attribute ? "&#9;" : null;
            default -> null;
          };
      if (rep == null) {
        if (sb != null) sb.append(c);
      } else {
        if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        sb.append(rep);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
