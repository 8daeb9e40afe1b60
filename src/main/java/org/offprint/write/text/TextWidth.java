package org.offprint.write.text;

/** The width of a string in a monospace terminal: East Asian wide characters take two columns, marks none. */
final class TextWidth {
  private TextWidth() {}

  static int of(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) continue;
      w += wide(cp) ? 2 : 1;
    }
    return w;
  }

  private static boolean wide(int cp) {
    return cp >= 0x1100 && (cp <= 0x115F || cp == 0x2329 || cp == 0x232A
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x20000 && cp <= 0x3FFFD));
  }
}
