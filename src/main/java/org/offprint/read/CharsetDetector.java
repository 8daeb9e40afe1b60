package org.offprint.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Guesses the charset of undeclared (or wrongly declared) bytes. First the cheap, certain tests: UTF-8 validity
 * and UTF-16's zero bytes. Then every candidate legacy charset decodes the bytes and {@link CharsetScore} rates
 * how much the result looks like real text (common letters, consistent case and script inside words, no control
 * or replacement characters); multibyte candidates that cannot decode the bytes at all are dropped.
 */
public final class CharsetDetector {
  private CharsetDetector() {}

  /** Legacy candidates, in tie-breaking order: earlier wins a tie. */
  public static final List<Charset> CANDIDATES = List.of(
      Charset.forName("windows-1252"),
      Charset.forName("windows-1251"),
      Charset.forName("KOI8-R"),
      Charset.forName("ISO-8859-2"),
      Charset.forName("ISO-8859-15"),
      Charset.forName("Shift_JIS"),
      Charset.forName("EUC-JP"),
      Charset.forName("GB18030"),
      Charset.forName("EUC-KR"));

  /** How many bytes of text around non-ASCII bytes the scores look at: enough for a stable guess, fast on big pages. */
  private static final int SAMPLE = 128 * 1024;

  /** {@return the most likely charset of {@code bytes} (which carry no BOM)} */
  public static Charset detect(byte[] bytes) {
    Charset utf16 = utf16(bytes);
    if (utf16 != null) return utf16;
    if (Utf8.valid(bytes)) return StandardCharsets.UTF_8;
    byte[] sample = sample(bytes);
    Charset best = CANDIDATES.get(0);
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Charset cs : CANDIDATES) {
      double s = scoreSample(sample, cs);
      if (s > bestScore) {
        bestScore = s;
        best = cs;
      }
    }
    return best;
  }

  /** {@return how text-like {@code bytes} look in {@code cs}} */
  public static double score(byte[] bytes, Charset cs) {
    return scoreSample(sample(bytes), cs);
  }

  private static double scoreSample(byte[] sample, Charset cs) {
    String text = decode(sample, cs);
    return CharsetScore.score(text, text.length(), cs.newEncoder().maxBytesPerChar() > 1);
  }

  /**
   * {@return the stretches of {@code bytes} around non-ASCII bytes, joined by spaces}: the only bytes where the
   * candidates differ, wherever they sit in the page (a big head of scripts would otherwise fill a plain prefix).
   * Each stretch starts and ends at a byte below 0x40, which no multibyte charset uses inside a character.
   */
  static byte[] sample(byte[] bytes) {
    if (bytes.length <= SAMPLE) return bytes;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(SAMPLE + 256);
    int i = 0, n = bytes.length;
    while (i < n && out.size() < SAMPLE) {
      if (bytes[i] >= 0) {
        i++;
        continue;
      }
      int from = i;
      for (int k = 0; k < 64 && from > 0 && (bytes[from - 1] & 0xFF) >= 0x40; k++) from--;
      while (from > 0 && (bytes[from - 1] & 0xFF) >= 0x40) from--; // reach a clean boundary
      int to = i;
      int ascii = 0;
      // run on until 64 ASCII bytes in a row, then stop at the next clean boundary
      while (to < n && (ascii < 64 || (bytes[to] & 0xFF) >= 0x40)) {
        ascii = bytes[to] >= 0 ? ascii + 1 : 0;
        to++;
      }
      out.write(bytes, from, to - from);
      out.write(' ');
      i = to;
    }
    return out.toByteArray();
  }

  /** {@return the decoded text, with U+FFFD for bad sequences} */
  static String decode(byte[] bytes, Charset cs) {
    try {
      CharBuffer out = cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes));
      return out.toString();
    } catch (CharacterCodingException e) {
      return null; // not thrown with REPLACE
    }
  }

  /** UTF-16 without a BOM: markup is ASCII, so every other byte is zero. */
  private static Charset utf16(byte[] b) {
    int n = Math.min(b.length & ~1, 4096);
    if (n < 8) return null;
    int evenZero = 0, oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) evenZero++;
      if (b[i + 1] == 0) oddZero++;
    }
    int pairs = n / 2;
    // text in other scripts has few zero bytes, but the tags and spaces still give many on one side only
    if (evenZero > pairs * 0.1 && evenZero > 10 * oddZero) return StandardCharsets.UTF_16BE;
    if (oddZero > pairs * 0.1 && oddZero > 10 * evenZero) return StandardCharsets.UTF_16LE;
    return null;
  }
}
