package org.offprint.read;

import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 (no overlongs, surrogates or values past U+10FFFF): a validity check that skips ASCII eight bytes
 * at a time, and a reader that decodes valid bytes as the parser asks for them.
 */
public final class Utf8 {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Utf8() {}

  /** {@return whether the bytes are UTF-8} */
  public static boolean valid(byte[] b) {
    return multibyteCount(b) >= 0;
  }

  /** {@return the number of multibyte sequences, or -1 if the bytes are not UTF-8} */
  public static int multibyteCount(byte[] b) {
    return multibyteCount(b, 0);
  }

  /** {@return the number of multibyte sequences from {@code from} on, or -1 if those bytes are not UTF-8} */
  static int multibyteCount(byte[] b, int from) {
    int i = from, n = b.length, multi = 0;
    while (i < n) {
      // markup is mostly ASCII: eight bytes at a time while no high bit is set
      if (i + 8 <= n && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
        i += 8;
        continue;
      }
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

  /**
   * {@return a reader of the UTF-8 text of {@code b} from {@code from} on}: it decodes as it is read, straight into
   * the reader's buffer, so the page's text is never held as a whole, and fails with a
   * {@link MalformedInputException} at the first sequence that is not UTF-8 ({@link #valid})
   */
  public static Reader reader(byte[] b, int from) {
    return new Decoder(b, from, b.length);
  }

  /** {@return a reader of the UTF-8 text of {@code b} from {@code from} up to {@code to}}, else as {@link #reader}. */
  public static Reader reader(byte[] b, int from, int to) {
    return new Decoder(b, from, to);
  }

  /** Decodes UTF-8, checking each multibyte sequence as it goes. */
  private static final class Decoder extends Reader {
    private final byte[] b;
    private final int n;
    private int i;
    private char low; // the second half of a surrogate pair that did not fit the last read, or 0
    private final CharsetDecoder latin1 = StandardCharsets.ISO_8859_1.newDecoder(); // for runs of ASCII

    Decoder(byte[] b, int from, int to) {
      this.b = b;
      this.i = from;
      this.n = to;
    }

    @Override
    public int read(char[] out, int off, int len) throws MalformedInputException {
      if (len == 0) return 0;
      byte[] b = this.b; // locals: the loop runs once per character of the page
      int i = this.i, o = off, end = off + len, n = this.n;
      if (low != 0) {
        out[o++] = low;
        low = 0;
      }
      while (o < end && i < n) {
        // a run of ASCII, the bulk of any page: found eight bytes at a time, then widened to chars by the JDK's
        // Latin-1 decoder, whose array loop is vectorised (and copies nothing, where a String of the run would)
        int stop = Math.min(n, i + (end - o));
        int run = asciiRun(b, i, stop);
        if (run >= 16) {
          latin1.decode(ByteBuffer.wrap(b, i, run), CharBuffer.wrap(out, o, run), false);
          i += run;
          o += run;
        }
        while (i < stop && b[i] >= 0) out[o++] = (char) b[i++];
        if (i == stop) continue;
        int size = length(b[i] & 0xFF);
        int cp = size == 0 || i + size > n ? -1 : codePoint(b, i, size);
        if (cp < 0) {
          this.i = i;
          throw new MalformedInputException(size == 0 ? 1 : size);
        }
        i += size;
        if (cp < 0x10000) {
          out[o++] = (char) cp;
        } else {
          out[o++] = Character.highSurrogate(cp);
          if (o < end) out[o++] = Character.lowSurrogate(cp);
          else low = Character.lowSurrogate(cp);
        }
      }
      this.i = i;
      return o == off ? -1 : o - off;
    }

    @Override
    public void close() {}
  }

  /** {@return how many bytes from {@code from} on, before {@code stop}, are ASCII, counted eight at a time} */
  private static int asciiRun(byte[] b, int from, int stop) {
    int i = from;
    while (i + 8 <= stop && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) i += 8;
    return i - from;
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
