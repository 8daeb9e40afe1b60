package org.offprint.write.epub;

import java.io.IOException;
import java.util.Optional;
import java.util.SortedSet;
import java.util.zip.Adler32;
import java.util.zip.CRC32C;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.offprint.write.CacheKey;
import org.offprint.write.WriteCache;
import org.offprint.write.html.FontSubsets;

/**
 * Font subsets taken from a {@link WriteCache} when it holds this very subset: parsing a theme font with FontBox
 * (its glyph names, metrics and offsets) and cutting it was a tenth of a cold one-article convert, and articles in
 * one language mostly show the same few characters. The key names the font's bytes, the characters kept, and the
 * code that cuts (FontSubsets, FontBox's parser and subsetter); a kept subset is taken only when it is a whole
 * TrueType font, every table's checksum and the file's right (as FontBox writes them). Stateless.
 */
final class KeptFontSubsets {
  private KeptFontSubsets() {}

  /** {@return the font subset to these code points, as {@link FontSubsets#subset} makes it} */
  static byte[] subset(byte[] font, SortedSet<Integer> codePoints, WriteCache cache) throws IOException {
    if (cache == WriteCache.NONE) return FontSubsets.subset(font, codePoints);
    CacheKey key = key(font, codePoints);
    Optional<byte[]> kept = cache.get(key);
    if (kept.isPresent() && isFont(kept.get())) return kept.get();
    byte[] subset = FontSubsets.subset(font, codePoints);
    if (subset != font) cache.put(key, subset); // a font kept whole is read from the theme, not kept twice
    return subset;
  }

  /** {@return the cache key: what the subset depends on, named "font-" and its checksums} */
  static CacheKey key(byte[] font, SortedSet<Integer> codePoints) throws IOException {
    // The font by length and two checksums (native code, where a digest over half a megabyte is slow in a JVM
    // that has not compiled it yet), then the characters.
    CRC32C crc = new CRC32C();
    crc.update(font);
    Adler32 adler = new Adler32();
    adler.update(font);
    StringBuilder b = new StringBuilder("offprint font subset 2\n").append(System.getProperty("java.runtime.version"))
        .append('\n').append(font.length).append(' ').append(crc.getValue()).append(' ').append(adler.getValue())
        .append('\n');
    for (int c : codePoints) b.append(Integer.toHexString(c)).append(' ');
    b.append('\n').append(CacheKey.code(FontSubsets.class, TTFSubsetter.class, TTFParser.class));
    return CacheKey.of("font-", b.toString());
  }

  /**
   * {@return whether the bytes are a whole TrueType font: its tables inside the file, each table's checksum right
   * (the head table's taken with its adjustment as zero), and the whole file's sum 0xB1B0AFBA}
   */
  static boolean isFont(byte[] b) {
    if (b.length < 12 || int32(b, 0) != 0x00010000) return false;
    int tables = (b[4] & 0xFF) << 8 | (b[5] & 0xFF);
    if (tables == 0 || 12 + 16L * tables > b.length) return false;
    for (int i = 0; i < tables; i++) {
      int at = 12 + 16 * i;
      long offset = int32(b, at + 8) & 0xFFFFFFFFL;
      long length = int32(b, at + 12) & 0xFFFFFFFFL;
      if (offset + length > b.length) return false;
      boolean head = b[at] == 'h' && b[at + 1] == 'e' && b[at + 2] == 'a' && b[at + 3] == 'd';
      if (sum(b, (int) offset, (int) length, head) != int32(b, at + 4)) return false;
    }
    return sum(b, 0, b.length, false) == 0xB1B0AFBA;
  }

  /**
   * The TrueType checksum: the sum of the big-endian 32-bit words, the last padded with zeros; in the head table,
   * its checkSumAdjustment (the third word) counts as zero.
   */
  private static int sum(byte[] b, int offset, int length, boolean head) {
    int s = 0;
    int whole = offset + (length & ~3);
    for (int at = offset; at < whole; at += 4) s += int32(b, at);
    int last = 0;
    for (int at = whole; at < offset + length; at++) last |= (b[at] & 0xFF) << (24 - 8 * (at - whole));
    s += last;
    if (head && length >= 12) s -= int32(b, offset + 8);
    return s;
  }

  private static int int32(byte[] b, int at) {
    return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
  }
}
