package org.offprint.read.html;

import org.offprint.read.InputException;
import org.offprint.read.Source;

/** Rejects inputs that cannot be a web page: empty or whitespace-only bytes, and binary data. */
final class InputCheck {
  private InputCheck() {}

  private static final int SAMPLE = 8192;

  static void check(Source source) throws InputException {
    byte[] b = source.bytes();
    boolean blank = true;
    for (byte x : b) {
      if (x != ' ' && x != '\n' && x != '\r' && x != '\t' && x != '\f') {
        blank = false;
        break;
      }
    }
    if (blank) throw new InputException(source.name(), "the input is empty");
    if (isBinary(b)) throw new InputException(source.name(), "the input is binary data, not an HTML page");
  }

  /** {@return whether the start of {@code b} looks like binary data rather than text in some encoding} */
  static boolean isBinary(byte[] b) {
    int n = Math.min(b.length, SAMPLE);
    if (n >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
      return false; // UTF-16 text with a byte-order mark holds zero bytes legitimately
    }
    int control = 0;
    int zeros = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) zeros++;
      else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) control++;
    }
    if (zeros > 0) return !looksLikeUtf16(b, n);
    return control * 10 > n;
  }

  // UTF-16 without a BOM: every other byte zero for ASCII markup.
  private static boolean looksLikeUtf16(byte[] b, int n) {
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i + 1 < n; i += 2) {
      if (b[i] == 0) evenZeros++;
      if (b[i + 1] == 0) oddZeros++;
    }
    int pairs = n / 2;
    return evenZeros * 10 > pairs * 9 && oddZeros == 0 || oddZeros * 10 > pairs * 9 && evenZeros == 0;
  }
}
