package org.offprint.write.epub;

/**
 * Width and height of a PNG or JPEG from its header, where ImageIO would give the same: ImageIO's first use
 * starts its plugin registry and AWT's application context, a fifth of a one-article convert's write in a cold
 * JVM. The checks are those of ImageIO's readers before they report a size (the JDK's PNGImageReader.readHeader;
 * for a JPEG, libjpeg's reading of the markers up to the first scan), and whatever this reading does not know, it
 * leaves to ImageIO ({@code null}): a GIF, another JPEG process, a marker or byte out of the way. Thread-safe.
 */
final class ImageHeader {
  private ImageHeader() {}

  /** {@return width and height, or null when ImageIO is to decide} */
  static int[] size(byte[] b) {
    if (b.length >= 8 && u8(b, 0) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return png(b);
    if (b.length >= 4 && u8(b, 0) == 0xFF && u8(b, 1) == 0xD8) return jpeg(b);
    return null;
  }

  private static int[] png(byte[] b) {
    int[] signature = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    for (int i = 0; i < 8; i++) if (u8(b, i) != signature[i]) return null;
    if (b.length < 8 + 8 + 13 || s32(b, 8) != 13 || s32(b, 12) != 0x49484452) return null; // "IHDR"
    int width = s32(b, 16);
    int height = s32(b, 20);
    int depth = u8(b, 24);
    int color = u8(b, 25);
    boolean depthOk = depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    boolean colorOk = color == 0 || color == 2 || color == 3 || color == 4 || color == 6;
    boolean combination = color == 3 ? depth != 16 : color == 0 || depth == 8 || depth == 16;
    boolean methods = u8(b, 26) == 0 && u8(b, 27) == 0 && u8(b, 28) <= 1; // compression, filter, interlace
    return width > 0 && height > 0 && depthOk && colorOk && combination && methods ? new int[] {width, height} : null;
  }

  /** Walks the markers from SOI to the first scan, as libjpeg does before it reports a size. */
  private static int[] jpeg(byte[] b) {
    int[] size = null;
    int[] components = null;
    int at = 2;
    while (at + 4 <= b.length) {
      if (u8(b, at) != 0xFF) return null;
      int marker = u8(b, at + 1);
      if (marker == 0xFF) { // a fill byte
        at++;
        continue;
      }
      int length = u16(b, at + 2);
      int start = at + 4;
      int end = at + 2 + length;
      if (length < 2 || end > b.length) return null;
      if (marker >= 0xC0 && marker <= 0xC2) { // a baseline, extended or progressive frame
        if (size != null || length < 8) return null;
        int n = u8(b, start + 5);
        if (u8(b, start) != 8 || n < 1 || n > 10 || length != 8 + 3 * n) return null;
        int height = u16(b, start + 1);
        int width = u16(b, start + 3);
        if (width < 1 || height < 1 || width > 65500 || height > 65500) return null;
        components = new int[n];
        for (int c = 0; c < n; c++) {
          int p = start + 6 + 3 * c;
          int h = u8(b, p + 1) >> 4;
          int v = u8(b, p + 1) & 15;
          if (h < 1 || h > 4 || v < 1 || v > 4) return null;
          components[c] = u8(b, p);
        }
        size = new int[] {width, height};
      } else if (marker == 0xDA) { // the first scan: the header is complete
        return size != null && length >= 6 && scanOk(b, start, length, components) ? size : null;
      } else if (marker == 0xDB) {
        if (!quantizationOk(b, start, end)) return null;
      } else if (marker == 0xC4) {
        if (!huffmanOk(b, start, end)) return null;
      } else if (marker == 0xDD) {
        if (length != 4) return null;
      } else if (!(marker >= 0xE0 && marker <= 0xEF) && marker != 0xFE) { // not APPn or COM
        return null;
      }
      at = end;
    }
    return null;
  }

  private static boolean scanOk(byte[] b, int start, int length, int[] components) {
    int n = u8(b, start);
    if (n < 1 || n > 4 || length != 6 + 2 * n) return false;
    for (int i = 0; i < n; i++) {
      int id = u8(b, start + 1 + 2 * i);
      boolean known = false;
      for (int c : components) known |= c == id;
      if (!known) return false;
    }
    return true;
  }

  private static boolean quantizationOk(byte[] b, int at, int end) {
    while (at < end) {
      int pq = u8(b, at) >> 4;
      if ((u8(b, at) & 15) >= 4 || pq > 1) return false;
      at += 1 + (pq == 0 ? 64 : 128);
    }
    return at == end;
  }

  private static boolean huffmanOk(byte[] b, int at, int end) {
    while (at < end) {
      int index = u8(b, at);
      if (at + 17 > end || (index & 15) >= 4 || (index >> 4) > 1) return false;
      int count = 0;
      for (int i = 1; i <= 16; i++) count += u8(b, at + i);
      if (count > 256) return false;
      at += 17 + count;
    }
    return at == end;
  }

  private static int u8(byte[] b, int i) {
    return b[i] & 0xFF;
  }

  private static int u16(byte[] b, int i) {
    return u8(b, i) << 8 | u8(b, i + 1);
  }

  private static int s32(byte[] b, int i) {
    return u16(b, i) << 16 | u16(b, i + 2);
  }
}
