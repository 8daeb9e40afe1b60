package org.offprint.read.html.charset;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Empties the scripts, style sheets and inline SVG drawings of a page's bytes before they are parsed: a third of a
 * saved page's bytes is script and another third CSS, which the parser would copy into text nodes that extraction
 * throws away, and a twentieth is SVG (icons and logos drawn in paths), which it would build into elements that
 * extraction removes whole. The elements stay, empty (an {@code <svg>} keeps its start tag and attributes: a
 * link or button that holds one still holds an icon); a drawing with words in it (a {@code <title>},
 * {@code <desc>}, {@code <text>} or HTML in a {@code <foreignObject>}) is left as it is, as the page's text before
 * extraction (a byline's length, say) counts them; a JSON script keeps its text (JSON-LD, which the metadata reads, however its type is
 * written: {@code application&#x2F;ld&#x2B;json}), and so does a script whose text
 * holds {@code <!--}, where the HTML parser's end of a script is not simply the first {@code </script>}.
 *
 * <p>Works on bytes, which is sound for every charset in which {@code <} and ASCII letters are single bytes that
 * no multi-byte character contains (UTF-8, the single-byte charsets); the caller checks that. Comments, CDATA
 * sections and the text of {@code <title>}, {@code <textarea>} and {@code <xmp>} are stepped over as the parser
 * steps over them, so a {@code <script>} written in them is not taken for one.
 */
final class ScriptText {
  private ScriptText() {}

  private static final byte[][] RAW = {bytes("script"), bytes("style"), bytes("title"), bytes("textarea"),
      bytes("xmp")};
  private static final int SCRIPT = 0;
  private static final int STYLE = 1;
  private static final byte[] SVG = bytes("svg");

  /** The bytes of a page with its scripts emptied: the first {@code length} of {@code bytes}. */
  record Kept(byte[] bytes, int length) {}

  /** {@return the page's bytes from {@code from} with its scripts and style sheets emptied, or null when none is} */
  static Kept emptied(byte[] b, int from) {
    Out out = null;
    int i = from;
    int n = b.length;
    while (true) {
      i = indexOf(b, (byte) '<', i);
      if (i < 0 || i + 1 >= n) break;
      if (b[i + 1] == '!' && startsWith(b, i, "<!--")) {
        int end = indexOf(b, "-->", i + 4);
        if (end < 0) break;
        i = end + 3;
        continue;
      }
      if (b[i + 1] == '!' && startsWith(b, i, "<![CDATA[")) {
        int end = indexOf(b, "]]>", i + 9);
        if (end < 0) break;
        i = end + 3;
        continue;
      }
      int kind = rawElement(b, i + 1);
      if (kind < 0 && nameAt(b, i + 1, SVG)) {
        int open = startTagEnd(b, i + 4);
        if (open < 0) break;
        if (b[open - 1] == '/') { // <svg/>: an empty drawing, closed by its start tag
          i = open + 1;
          continue;
        }
        int close = svgEnd(b, open + 1);
        if (close < 0) break;
        if (close > open + 1 && !holdsText(b, open + 1, close)) {
          if (out == null) out = new Out(b, from);
          out.skip(open + 1, close);
        }
        i = close + 5;
        continue;
      }
      if (kind < 0) {
        i++;
        continue;
      }
      int open = startTagEnd(b, i + 1 + RAW[kind].length);
      if (open < 0) break;
      End end = endTag(b, open + 1, RAW[kind]);
      if (end == null) break;
      int close = end.at();
      boolean empty = kind == STYLE || kind == SCRIPT && !containsIgnoreCase(b, i, open, "json") && !end.comment();
      if (empty && close > open + 1) {
        if (out == null) out = new Out(b, from);
        out.skip(open + 1, close);
      }
      i = close + 2 + RAW[kind].length;
    }
    return out == null ? null : out.finish();
  }

  /** The bytes kept: the ranges to skip, noted as the walk finds them, then the rest copied at its size. */
  private static final class Out {
    private final byte[] in;
    private final int from;
    private int[] skips = new int[16]; // pairs of [start, end) to leave out, in order
    private int count; // ints used in skips

    Out(byte[] in, int from) {
      this.in = in;
      this.from = from;
    }

    void skip(int start, int end) {
      if (count == skips.length) skips = Arrays.copyOf(skips, count * 2);
      skips[count++] = start;
      skips[count++] = end;
    }

    /** {@return the bytes kept} */
    Kept finish() {
      int size = in.length - from;
      for (int k = 0; k < count; k += 2) size -= skips[k + 1] - skips[k];
      byte[] buf = new byte[size];
      int next = from;
      int at = 0;
      for (int k = 0; k < count; k += 2) {
        System.arraycopy(in, next, buf, at, skips[k] - next);
        at += skips[k] - next;
        next = skips[k + 1];
      }
      System.arraycopy(in, next, buf, at, in.length - next);
      return new Kept(buf, size);
    }
  }

  /** {@return which raw-text element's name starts at {@code i} (followed by a space, / or >), or -1} */
  private static int rawElement(byte[] b, int i) {
    switch (b[i] | 0x20) { // most tags are none of these: one look at the first letter settles it
      case 's':
        return nameAt(b, i, RAW[SCRIPT]) ? SCRIPT : nameAt(b, i, RAW[STYLE]) ? STYLE : -1;
      case 't':
        return nameAt(b, i, RAW[2]) ? 2 : nameAt(b, i, RAW[3]) ? 3 : -1;
      case 'x':
        return nameAt(b, i, RAW[4]) ? 4 : -1;
      default:
        return -1;
    }
  }

  private static boolean nameAt(byte[] b, int i, byte[] name) {
    if (i + name.length >= b.length) return false;
    for (int k = 0; k < name.length; k++) {
      if ((b[i + k] | 0x20) != name[k]) return false;
    }
    byte after = b[i + name.length];
    return after == '>' || after == '/' || after == ' ' || after == '\t' || after == '\n' || after == '\r'
        || after == '\f';
  }

  /** {@return the index of the {@code >} that ends a start tag whose attributes begin at {@code i}, or -1} */
  private static int startTagEnd(byte[] b, int i) {
    boolean afterEquals = false;
    for (; i < b.length; i++) {
      byte c = b[i];
      if (c == '>') return i;
      if ((c == '"' || c == '\'') && afterEquals) { // a quoted value may hold a >
        int end = indexOf(b, c, i + 1);
        if (end < 0) return -1;
        i = end;
        afterEquals = false;
      } else if (c == '=') {
        afterEquals = true;
      } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        afterEquals = false;
      }
    }
    return -1;
  }

  /** Where a raw-text element ends: the {@code <} of its end tag, and whether its text holds a {@code <!--}. */
  private record End(int at, boolean comment) {}

  /**
   * {@return the end tag {@code </name} at or after {@code i}, or null}: one walk from {@code <} to {@code <}
   * that also notes a {@code <!--} on the way, so that a script's text is read once
   */
  private static End endTag(byte[] b, int i, byte[] name) {
    boolean comment = false;
    while ((i = indexOf(b, (byte) '<', i)) >= 0) {
      if (i + 1 < b.length && b[i + 1] == '/' && nameAt(b, i + 2, name)) return new End(i, comment);
      comment |= startsWith(b, i, "<!--");
      i++;
    }
    return null;
  }

  /**
   * {@return the {@code <} of the {@code </svg} that closes a drawing whose content starts at {@code i}, or -1}:
   * drawings nested in it are counted, and comments and CDATA sections stepped over, as the parser does in SVG
   */
  private static int svgEnd(byte[] b, int i) {
    int depth = 1;
    while ((i = indexOf(b, (byte) '<', i)) >= 0 && i + 1 < b.length) {
      if (b[i + 1] == '!' && startsWith(b, i, "<!--")) {
        int end = indexOf(b, "-->", i + 4);
        if (end < 0) return -1;
        i = end + 3;
      } else if (b[i + 1] == '!' && startsWith(b, i, "<![CDATA[")) {
        int end = indexOf(b, "]]>", i + 9);
        if (end < 0) return -1;
        i = end + 3;
      } else if (b[i + 1] == '/' && nameAt(b, i + 2, SVG)) {
        if (--depth == 0) return i;
        i += 5;
      } else if (nameAt(b, i + 1, SVG)) {
        int open = startTagEnd(b, i + 4);
        if (open < 0) return -1;
        if (b[open - 1] != '/') depth++;
        i = open + 1;
      } else {
        i++;
      }
    }
    return -1;
  }

  /** {@return whether a drawing's content from {@code from} to {@code to} holds text a reader could be given} */
  private static boolean holdsText(byte[] b, int from, int to) {
    return containsIgnoreCase(b, from, to, "<title") || containsIgnoreCase(b, from, to, "<desc")
        || containsIgnoreCase(b, from, to, "<text") || containsIgnoreCase(b, from, to, "<foreignobject");
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /** {@return the index of the first {@code c} at or after {@code from}, or -1}: eight bytes at a time */
  private static int indexOf(byte[] b, byte c, int from) {
    int i = from;
    long pattern = ONES * (c & 0xFF);
    for (; i + 8 <= b.length; i += 8) {
      long x = (long) LONGS.get(b, i) ^ pattern; // a byte equal to c is 0 here
      long found = (x - ONES) & ~x & HIGHS;
      if (found != 0) return i + Long.numberOfTrailingZeros(found) / 8;
    }
    for (; i < b.length; i++) if (b[i] == c) return i;
    return -1;
  }

  private static int indexOf(byte[] b, String s, int from) {
    return indexOf(b, s, from, b.length);
  }

  private static int indexOf(byte[] b, String s, int from, int to) {
    byte first = (byte) s.charAt(0);
    for (int i = indexOf(b, first, from); i >= 0 && i <= to - s.length(); i = indexOf(b, first, i + 1)) {
      if (startsWith(b, i, s)) return i;
    }
    return -1;
  }

  private static boolean startsWith(byte[] b, int i, String s) {
    if (i + s.length() > b.length) return false;
    for (int k = 0; k < s.length(); k++) if (b[i + k] != s.charAt(k)) return false;
    return true;
  }

  private static boolean containsIgnoreCase(byte[] b, int from, int to, String lower) {
    int first = lower.charAt(0); // looked for alone first: a start tag can be long, and few of its bytes are it
    outer:
    for (int i = from; i <= to - lower.length(); i++) {
      if ((b[i] | 0x20) != first) continue;
      for (int k = 1; k < lower.length(); k++) if ((b[i + k] | 0x20) != lower.charAt(k)) continue outer;
      return true;
    }
    return false;
  }

  private static byte[] bytes(String ascii) {
    return ascii.getBytes(StandardCharsets.US_ASCII);
  }
}
