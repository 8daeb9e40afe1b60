package org.offprint.read.html;

import java.nio.CharBuffer;

/**
 * Strict UTF-8 (no overlongs, surrogates or values past U+10FFFF): a validity check, and a decoder that checks
 * as it goes, so that a page declared UTF-8 is checked and decoded in one pass over its bytes.
 */
final class Utf8 {
  private Utf8() {}

  /** {@return whether the bytes are UTF-8} */
  static boolean valid(byte[] b) {
    return multibyteCount(b) >= 0;
  }

  /** {@return the number of multibyte sequences, or -1 if the bytes are not UTF-8} */
  static int multibyteCount(byte[] b) {
    int i = 0, n = b.length, multi = 0;
    while (i < n) {
      if (b[i] >= 0) {
        i++;
        continue;
      }
      int len = length(b[i] & 0xFF);
      if (len == 0 || codePoint(b, i, len) < 0) return -1;
      multi++;
      i += len;
    }
    return multi;
  }

  /** {@return the text of {@code b} from {@code from} on, or null if those bytes are not UTF-8} */
  static CharBuffer decode(byte[] b, int from) {
    int n = b.length;
    char[] out = new char[n - from]; // never more chars than bytes: four bytes make at most two chars
    int o = 0;
    int i = from;
    while (i < n) {
      byte c = b[i];
      if (c >= 0) {
        out[o++] = (char) c;
        i++;
        continue;
      }
      int len = length(c & 0xFF);
      int cp = len == 0 ? -1 : codePoint(b, i, len);
      if (cp < 0) return null;
      if (cp < 0x10000) {
        out[o++] = (char) cp;
      } else {
        out[o++] = Character.highSurrogate(cp);
        out[o++] = Character.lowSurrogate(cp);
      }
      i += len;
    }
    return CharBuffer.wrap(out, 0, o);
  }

  /** {@return the length of the sequence that lead byte {@code c} starts, or 0 if it starts none} */
  private static int length(int c) {
    if (c >= 0xC2 && c <= 0xDF) return 2;
    if (c >= 0xE0 && c <= 0xEF) return 3;
    if (c >= 0xF0 && c <= 0xF4) return 4;
    return 0;
  }

  /** {@return the code point of the {@code len}-byte sequence at {@code i}, or -1 when it is not one} */
  private static int codePoint(byte[] b, int i, int len) {
    if (i + len > b.length) return -1;
    int cp = b[i] & (0x3F >> (len - 1));
    for (int k = 1; k < len; k++) {
      int d = b[i + k] & 0xFF;
      if ((d & 0xC0) != 0x80) return -1;
      cp = (cp << 6) | (d & 0x3F);
    }
    int min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
    return cp;
  }
}
