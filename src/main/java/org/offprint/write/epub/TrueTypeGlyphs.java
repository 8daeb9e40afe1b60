package org.offprint.write.epub;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.io.IOException;

/**
 * The glyphs of a TrueType font, read straight from its bytes for the few letters a drawn cover shows: the
 * character map (formats 4 and 12), advance widths, and outlines (simple and composite glyphs). Parsing a whole
 * font with FontBox (every table, its dates through {@code java.util.Calendar}) took longer than the cover's
 * drawing; this reads only the glyphs asked for. Immutable and thread-safe; the bytes are not copied and must not
 * change.
 */
final class TrueTypeGlyphs {
  private final byte[] b;
  private final int unitsPerEm;
  private final boolean longOffsets;
  private final int glyphCount;
  private final int hmtx;
  private final int metrics;
  private final int loca;
  private final int glyf;
  private final int glyfLength;
  private final int cmap;
  private final int cmapFormat;

  private TrueTypeGlyphs(byte[] b) throws IOException {
    this.b = b;
    if (b.length < 12 || (u32(0) != 0x00010000 && u32(0) != 0x74727565)) throw new IOException("not a TrueType font");
    int head = table("head");
    int maxp = table("maxp");
    int hhea = table("hhea");
    hmtx = table("hmtx");
    loca = table("loca");
    glyf = table("glyf");
    glyfLength = length("glyf");
    unitsPerEm = u16(head + 18);
    longOffsets = s16(head + 50) == 1;
    glyphCount = u16(maxp + 4);
    metrics = u16(hhea + 34);
    if (unitsPerEm == 0 || metrics == 0 || metrics > glyphCount) throw new IOException("bad font header");
    int[] sub = unicodeCmap(table("cmap"));
    cmap = sub[0];
    cmapFormat = sub[1];
  }

  /** {@return the font's glyphs} @throws IOException when the bytes are not a TrueType font this reads */
  static TrueTypeGlyphs read(byte[] font) throws IOException {
    try {
      return new TrueTypeGlyphs(font);
    } catch (IndexOutOfBoundsException e) {
      throw new IOException("a truncated font", e);
    }
  }

  int unitsPerEm() {
    return unitsPerEm;
  }

  /** {@return the glyph of a character, 0 (the missing glyph) when the font has none} */
  int glyph(int codePoint) {
    int g = cmapFormat == 4 ? format4(codePoint) : format12(codePoint);
    return g < glyphCount ? g : 0;
  }

  /** {@return the glyph's advance width in font units} */
  int advance(int glyph) {
    return u16(hmtx + 4 * Math.min(glyph, metrics - 1));
  }

  /** A glyph's outline in font units (y up), with the left and right of its box. */
  record Outline(GeneralPath path, int xMin, int xMax) {}

  /**
   * {@return the glyph's outline, or null when it has none (a space)}
   *
   * @throws IOException when the glyph's data is damaged
   */
  Outline outline(int glyph) throws IOException {
    try {
      int at = glyphStart(glyph);
      if (at < 0) return null;
      GeneralPath path = new GeneralPath(GeneralPath.WIND_NON_ZERO);
      append(path, glyph, new AffineTransform(), 0);
      return new Outline(path, s16(at + 2), s16(at + 6));
    } catch (IndexOutOfBoundsException e) {
      throw new IOException("glyph " + glyph + " is damaged", e);
    }
  }

  /** {@return where the glyph's data starts, or -1 when it has none} */
  private int glyphStart(int glyph) throws IOException {
    if (glyph < 0 || glyph >= glyphCount) throw new IOException("no glyph " + glyph);
    int start = longOffsets ? (int) u32(loca + 4 * glyph) : 2 * u16(loca + 2 * glyph);
    int end = longOffsets ? (int) u32(loca + 4 * glyph + 4) : 2 * u16(loca + 2 * glyph + 2);
    if (end <= start) return -1;
    if (start < 0 || end > glyfLength) throw new IOException("glyph " + glyph + " lies outside the glyf table");
    return glyf + start;
  }

  private void append(GeneralPath path, int glyph, AffineTransform at, int depth) throws IOException {
    if (depth > 8) throw new IOException("composite glyphs nested too deep");
    int g = glyphStart(glyph);
    if (g < 0) return;
    int contours = s16(g);
    if (contours >= 0) {
      simple(path, g, contours, at);
      return;
    }
    int p = g + 10;
    int flags;
    do {
      flags = u16(p);
      int component = u16(p + 2);
      p += 4;
      if ((flags & 0x0002) == 0) throw new IOException("composite glyph placed by points"); // ARGS_ARE_XY_VALUES
      int dx;
      int dy;
      if ((flags & 0x0001) != 0) { // ARG_1_AND_2_ARE_WORDS
        dx = s16(p);
        dy = s16(p + 2);
        p += 4;
      } else {
        dx = b[p];
        dy = b[p + 1];
        p += 2;
      }
      double a = 1;
      double bb = 0;
      double c = 0;
      double d = 1;
      if ((flags & 0x0008) != 0) { // WE_HAVE_A_SCALE
        a = d = f2dot14(p);
        p += 2;
      } else if ((flags & 0x0040) != 0) { // WE_HAVE_AN_X_AND_Y_SCALE
        a = f2dot14(p);
        d = f2dot14(p + 2);
        p += 4;
      } else if ((flags & 0x0080) != 0) { // WE_HAVE_A_TWO_BY_TWO
        a = f2dot14(p);
        bb = f2dot14(p + 2);
        c = f2dot14(p + 4);
        d = f2dot14(p + 6);
        p += 8;
      }
      AffineTransform part = new AffineTransform(at);
      part.concatenate(new AffineTransform(a, bb, c, d, dx, dy));
      append(path, component, part, depth + 1);
    } while ((flags & 0x0020) != 0); // MORE_COMPONENTS
  }

  /**
   * Reads one axis of a simple glyph's points, from {@code p}, into every second place of {@code xy} from
   * {@code at}: each a delta of one byte when the point's flag has {@code shortBit} ({@code sameBit} then its sign),
   * else of two bytes, or none when {@code sameBit} says it repeats the one before. {@return where the axis ends}
   */
  private int coordinates(byte[] flags, int p, int shortBit, int sameBit, double[] xy, int at) {
    int v = 0;
    for (int i = 0; i < flags.length; i++) {
      int f = flags[i];
      if ((f & shortBit) != 0) {
        int d = b[p++] & 0xFF;
        v += (f & sameBit) != 0 ? d : -d;
      } else if ((f & sameBit) == 0) {
        v += s16(p);
        p += 2;
      }
      xy[2 * i + at] = v;
    }
    return p;
  }

  /** Appends a simple glyph's contours: quadratic splines, a point between two off-curve points implied. */
  private void simple(GeneralPath path, int g, int contours, AffineTransform at) {
    if (contours == 0) return;
    int[] ends = new int[contours];
    for (int i = 0; i < contours; i++) ends[i] = u16(g + 10 + 2 * i);
    int points = ends[contours - 1] + 1;
    int p = g + 10 + 2 * contours;
    p += 2 + u16(p); // the instructions
    byte[] flags = new byte[points];
    for (int i = 0; i < points; ) {
      byte f = b[p++];
      flags[i++] = f;
      if ((f & 0x08) != 0) { // REPEAT_FLAG
        int n = b[p++] & 0xFF;
        for (int k = 0; k < n && i < points; k++) flags[i++] = f;
      }
    }
    double[] xy = new double[2 * points];
    p = coordinates(flags, p, 0x02, 0x10, xy, 0); // the x coordinates, then the y ones
    coordinates(flags, p, 0x04, 0x20, xy, 1);
    at.transform(xy, 0, xy, 0, points);
    int first = 0;
    for (int c = 0; c < contours; c++) {
      contour(path, xy, flags, first, ends[c]);
      first = ends[c] + 1;
    }
  }

  private static void contour(GeneralPath path, double[] xy, byte[] flags, int first, int last) {
    int n = last - first + 1;
    if (n < 2) return;
    // start on an on-curve point: the first, else the last, else between the two
    double sx;
    double sy;
    int from;
    if ((flags[first] & 1) != 0) {
      sx = xy[2 * first];
      sy = xy[2 * first + 1];
      from = 1;
    } else if ((flags[last] & 1) != 0) {
      sx = xy[2 * last];
      sy = xy[2 * last + 1];
      from = 0;
      n--; // the last point is the start
    } else {
      sx = (xy[2 * first] + xy[2 * last]) / 2;
      sy = (xy[2 * first + 1] + xy[2 * last + 1]) / 2;
      from = 0;
    }
    path.moveTo(sx, sy);
    boolean control = false;
    double cx = 0;
    double cy = 0;
    for (int k = from; k < n; k++) {
      int i = first + k;
      double x = xy[2 * i];
      double y = xy[2 * i + 1];
      if ((flags[i] & 1) != 0) {
        if (control) path.quadTo(cx, cy, x, y);
        else path.lineTo(x, y);
        control = false;
      } else {
        if (control) path.quadTo(cx, cy, (cx + x) / 2, (cy + y) / 2);
        cx = x;
        cy = y;
        control = true;
      }
    }
    if (control) path.quadTo(cx, cy, sx, sy);
    path.closePath();
  }

  /** {@return the offset and format of the Unicode subtable: (3,10) format 12 first, else a format 4 one} */
  private int[] unicodeCmap(int cmap) throws IOException {
    int n = u16(cmap + 2);
    int best = -1;
    int bestFormat = 0;
    for (int i = 0; i < n; i++) {
      int platform = u16(cmap + 4 + 8 * i);
      int encoding = u16(cmap + 6 + 8 * i);
      int sub = cmap + (int) u32(cmap + 8 + 8 * i);
      int format = u16(sub);
      boolean unicode = platform == 0 || platform == 3 && (encoding == 1 || encoding == 10);
      if (!unicode) continue;
      if (format == 12) return new int[] {sub, 12};
      if (format == 4 && best < 0) {
        best = sub;
        bestFormat = 4;
      }
    }
    if (best < 0) throw new IOException("no Unicode character map of format 4 or 12");
    return new int[] {best, bestFormat};
  }

  private int format4(int c) {
    if (c > 0xFFFF) return 0;
    int segments = u16(cmap + 6) / 2;
    int ends = cmap + 14;
    int starts = ends + 2 * segments + 2;
    int deltas = starts + 2 * segments;
    int ranges = deltas + 2 * segments;
    int lo = 0;
    int hi = segments - 1;
    while (lo < hi) { // the first segment whose end is at or after c
      int mid = (lo + hi) >>> 1;
      if (u16(ends + 2 * mid) < c) lo = mid + 1;
      else hi = mid;
    }
    if (u16(ends + 2 * lo) < c || u16(starts + 2 * lo) > c) return 0;
    int delta = u16(deltas + 2 * lo);
    int range = u16(ranges + 2 * lo);
    if (range == 0) return (c + delta) & 0xFFFF;
    int g = u16(ranges + 2 * lo + range + 2 * (c - u16(starts + 2 * lo)));
    return g == 0 ? 0 : (g + delta) & 0xFFFF;
  }

  private int format12(int c) {
    long groups = u32(cmap + 12);
    long lo = 0;
    long hi = groups - 1;
    while (lo <= hi) {
      long mid = (lo + hi) >>> 1;
      int at = cmap + 16 + (int) (12 * mid);
      long start = u32(at);
      long end = u32(at + 4);
      if (c < start) hi = mid - 1;
      else if (c > end) lo = mid + 1;
      else return (int) (u32(at + 8) + c - start);
    }
    return 0;
  }

  private int table(String tag) throws IOException {
    int at = entry(tag);
    return (int) u32(at + 8);
  }

  private int length(String tag) throws IOException {
    return (int) u32(entry(tag) + 12);
  }

  private int entry(String tag) throws IOException {
    int tables = u16(4);
    for (int i = 0; i < tables; i++) {
      int at = 12 + 16 * i;
      if (b[at] == tag.charAt(0) && b[at + 1] == tag.charAt(1) && b[at + 2] == tag.charAt(2)
          && b[at + 3] == tag.charAt(3)) {
        if (u32(at + 8) + u32(at + 12) > b.length) throw new IOException("table " + tag + " lies outside the font");
        return at;
      }
    }
    throw new IOException("no " + tag + " table");
  }

  private double f2dot14(int at) {
    return s16(at) / 16384.0;
  }

  private int u16(int at) {
    return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
  }

  private int s16(int at) {
    return (short) u16(at);
  }

  private long u32(int at) {
    return ((long) u16(at) << 16) | u16(at + 2);
  }
}
