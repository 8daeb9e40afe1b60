package org.offprint.write.epub;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes an opaque image as an 8-bit palette PNG when it has few colours (see {@link #palette}), else as an
 * 8-bit RGB PNG, fast: every row is filtered "Up", which turns the flat colour of
 * a drawn cover into zeros, and deflated at the fastest level. ImageIO's encoder took several times as long.
 * Pixels are read a run of one colour at a time, and a row that repeats the one above is not read again (most of
 * a drawn cover's rows).
 */
final class PngEncoder {
  private PngEncoder() {}

  /**
   * {@return the PNG of an opaque image}
   *
   * @param pixels the image's pixels as 0xRRGGBB (the top byte is ignored), row by row; not changed
   */
  static byte[] encode(int[] pixels, int w, int h) {
    if (pixels.length != w * h) throw new IllegalArgumentException("pixels for " + w + " by " + h + ": " + pixels.length);
    int[][] rows = new int[h][];
    for (int y = 0; y < h; y++) rows[y] = java.util.Arrays.copyOfRange(pixels, y * w, y * w + w);
    return encode(rows, w);
  }

  /**
   * {@return the PNG of an opaque image}
   *
   * @param rows the image's rows of pixels as 0xRRGGBB (the top byte is ignored), each {@code w} long; a row the
   *     same as the one above is read once (quickest when it is the same array); not changed
   */
  static byte[] encode(int[][] rows, int w) {
    int h = rows.length;
    for (int[] row : rows) if (row.length != w) throw new IllegalArgumentException("a row not " + w + " long");
    int[] palette = palette(rows, w);
    if (palette.length > 0) return indexed(w, h, rows, palette);
    byte[] raw = new byte[(w * 3 + 1) * h];
    int p = 0;
    for (int y = 0; y < h; y++) {
      raw[p++] = 2; // filter type Up: each byte minus the byte above
      int[] row = rows[y];
      if (y == 0) {
        for (int x = 0; x < w; x++) {
          int c = row[x];
          raw[p++] = (byte) (c >> 16);
          raw[p++] = (byte) (c >> 8);
          raw[p++] = (byte) c;
        }
        continue;
      }
      int[] above = rows[y - 1];
      for (int x = 0; x < w; x++) {
        int c = row[x];
        int a = above[x];
        if (c == a) {
          p += 3; // the array is zero already
          continue;
        }
        raw[p++] = (byte) ((c >> 16) - (a >> 16));
        raw[p++] = (byte) ((c >> 8) - (a >> 8));
        raw[p++] = (byte) (c - a);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    byte[] ihdr = new byte[13];
    int32(ihdr, 0, w);
    int32(ihdr, 4, h);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // colour type RGB; compression, filter and interlace methods stay 0
    chunk(out, "IHDR", ihdr);
    chunk(out, "IDAT", deflate(raw, Deflater.BEST_SPEED));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /** {@return whether the row is the one above again} */
  private static boolean repeats(int[][] rows, int y) {
    return y > 0 && (rows[y] == rows[y - 1] || java.util.Arrays.equals(rows[y], rows[y - 1]));
  }

  /**
   * {@return up to 32 colours for the image, the most frequent first (ties by value), or an empty array when the
   * image has more than 2,048 colours (a photograph, not a drawing)} A drawn cover has a few flat colours and the
   * anti-aliased edges of its text between them; the rarer edge shades take their nearest colour, which no eye
   * tells apart at the edge of a letter of a 1600 by 2560 cover. 32 colours instead of 256 make the cover of a
   * one-article book 48 KB instead of 68 KB, so that such a book without photos stays under 120 KB.
   */
  private static int[] palette(int[][] rows, int w) {
    ColourTable counts = new ColourTable();
    // the runs of the last row read, as (slot, length): a row that repeats it adds them again
    int[] runSlots = new int[64];
    int[] runLengths = new int[64];
    int runs = 0;
    for (int y = 0; y < rows.length; y++) {
      if (repeats(rows, y)) {
        for (int i = 0; i < runs; i++) counts.values[runSlots[i]] += runLengths[i];
        continue;
      }
      int[] row = rows[y];
      runs = 0;
      for (int x = 0; x < w; ) {
        int c = row[x] & 0xFFFFFF;
        int end = x + 1;
        while (end < w && (row[end] & 0xFFFFFF) == c) end++;
        int slot = counts.slot(c);
        if (counts.size > 2048) return new int[0];
        counts.values[slot] += end - x;
        if (runs == runSlots.length) {
          runSlots = java.util.Arrays.copyOf(runSlots, runs * 2);
          runLengths = java.util.Arrays.copyOf(runLengths, runs * 2);
        }
        runSlots[runs] = slot;
        runLengths[runs++] = end - x;
        x = end;
      }
    }
    Integer[] colours = new Integer[counts.size];
    int n = 0;
    for (int i = 0; i < counts.keys.length; i++) if (counts.used[i]) colours[n++] = i;
    java.util.Arrays.sort(colours, (a, b) -> counts.values[a] != counts.values[b]
        ? Integer.compare(counts.values[b], counts.values[a]) : Integer.compare(counts.keys[a], counts.keys[b]));
    int[] palette = new int[Math.min(32, n)];
    for (int i = 0; i < palette.length; i++) palette[i] = counts.keys[colours[i]];
    return palette;
  }

  /** An open-addressing map from colour to int, for the few thousand colours of a drawing; no boxing per pixel. */
  private static final class ColourTable {
    final int[] keys = new int[8192];
    final int[] values = new int[8192];
    final boolean[] used = new boolean[8192];
    int size;

    /** {@return the slot of colour {@code c}, added with value 0 when new} */
    int slot(int c) {
      int i = (c * 0x9E3779B1) >>> 19;
      while (used[i] && keys[i] != c) i = (i + 1) & 8191;
      if (!used[i]) {
        used[i] = true;
        keys[i] = c;
        size++;
      }
      return i;
    }
  }

  /** Encodes the image as an 8-bit palette PNG. */
  private static byte[] indexed(int w, int h, int[][] rows, int[] palette) {
    ColourTable index = new ColourTable();
    for (int i = 0; i < palette.length; i++) index.values[index.slot(palette[i])] = i;
    // Filter "None": on palette indices it deflates a quarter smaller than "Up" or "Sub" (measured on covers);
    // level 4 (zlib's first lazy-matching level) gives 96% of level 9's compression in a fifteenth of its time.
    byte[] raw = new byte[(w + 1) * h];
    for (int y = 0; y < h; y++) {
      int at = y * (w + 1) + 1; // after the row's filter byte, 0
      if (repeats(rows, y)) {
        System.arraycopy(raw, at - (w + 1), raw, at, w);
        continue;
      }
      int[] row = rows[y];
      for (int x = 0; x < w; ) {
        int c = row[x] & 0xFFFFFF;
        int end = x + 1;
        while (end < w && (row[end] & 0xFFFFFF) == c) end++;
        int before = index.size;
        int slot = index.slot(c);
        if (index.size != before) index.values[slot] = nearest(c, palette);
        java.util.Arrays.fill(raw, at + x, at + end, (byte) index.values[slot]);
        x = end;
      }
    }
    byte[] plte = new byte[palette.length * 3];
    for (int i = 0; i < palette.length; i++) {
      plte[3 * i] = (byte) (palette[i] >> 16);
      plte[3 * i + 1] = (byte) (palette[i] >> 8);
      plte[3 * i + 2] = (byte) palette[i];
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    byte[] ihdr = new byte[13];
    int32(ihdr, 0, w);
    int32(ihdr, 4, h);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 3; // colour type: palette
    chunk(out, "IHDR", ihdr);
    chunk(out, "PLTE", plte);
    chunk(out, "IDAT", deflate(raw, 4));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static int nearest(int c, int[] palette) {
    int best = 0;
    long bestDistance = Long.MAX_VALUE;
    for (int i = 0; i < palette.length; i++) {
      int dr = ((c >> 16) & 255) - ((palette[i] >> 16) & 255);
      int dg = ((c >> 8) & 255) - ((palette[i] >> 8) & 255);
      int db = (c & 255) - (palette[i] & 255);
      long d = (long) dr * dr + (long) dg * dg + (long) db * db;
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    }
    return best;
  }

  private static byte[] deflate(byte[] raw, int level) {
    Deflater d = new Deflater(level);
    try {
      d.setInput(raw);
      d.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 20 + 64);
      byte[] buf = new byte[65536];
      while (!d.finished()) out.write(buf, 0, d.deflate(buf));
      return out.toByteArray();
    } finally {
      d.end();
    }
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] len = new byte[4];
    int32(len, 0, data.length);
    out.writeBytes(len);
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(t);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    byte[] c = new byte[4];
    int32(c, 0, (int) crc.getValue());
    out.writeBytes(c);
  }

  private static void int32(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
  }
}
