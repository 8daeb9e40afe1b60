package org.offprint.write.epub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.offprint.theme.Theme;
import org.offprint.write.CacheKey;
import org.offprint.write.WriteCache;

/**
 * Covers drawn from the theme, taken from a {@link WriteCache} when it holds this very cover: drawing one (starting
 * Java 2D, reading the theme's fonts, rasterising and encoding four million pixels) was the largest part of a
 * one-article convert's time. The key names everything the bytes depend on: the four texts, the theme's colours and
 * the bytes of its three cover fonts, the code of the painter and of the PNG encoder, and the JDK (which
 * rasterises). The system's fonts are not in it, so a cover is kept only when the theme's fonts drew every letter;
 * and a kept cover is taken only when it is a whole PNG of the cover's size, every chunk's CRC right. Stateless.
 */
final class DrawnCovers {
  private DrawnCovers() {}

  /**
   * {@return the cover, from the cache or drawn now (and then kept)}
   *
   * @throws IOException when a theme font cannot be read
   */
  static PreparedImage cover(Theme theme, WriteCache cache, String title, String site, String authors, String date)
      throws IOException {
    CoverPainter painter = new CoverPainter(theme);
    if (cache == WriteCache.NONE) return paint(theme, title, site, authors, date).image();
    CacheKey key = key(theme, painter.fontPaths(), List.of(title, site, authors, date));
    Optional<byte[]> kept = cache.get(key);
    if (kept.isPresent() && isCover(kept.get())) {
      return new PreparedImage("image/png", kept.get(), CoverPainter.WIDTH, CoverPainter.HEIGHT);
    }
    CoverPainter.Painted painted = paint(theme, title, site, authors, date);
    if (painted.themeFontsOnly()) cache.put(key, painted.image().bytes());
    return painted.image();
  }

  /**
   * {@return the cover drawn from the theme fonts' outlines, or with Java 2D when the texts need it} Java 2D's start
   * in a command's JVM cost more than the drawing (bench/README.md, "Start-up").
   */
  static CoverPainter.Painted paint(Theme theme, String title, String site, String authors, String date)
      throws IOException {
    Optional<PreparedImage> outlined = new OutlineCover(theme).paint(title, site, authors, date);
    if (outlined.isPresent()) return new CoverPainter.Painted(outlined.get(), true);
    return new CoverPainter(theme).paint(title, site, authors, date);
  }

  /** {@return the cache key: what the cover depends on, named "cover-" and its checksums} */
  static CacheKey key(Theme theme, List<String> fontPaths, List<String> texts) throws IOException {
    StringBuilder b = new StringBuilder("offprint drawn cover 3\n");
    for (String p : List.of("java.vendor", "java.runtime.version", "java.vm.version", "os.arch")) {
      b.append(System.getProperty(p, "")).append('\n');
    }
    Theme.Colors c = theme.light();
    b.append(c.background()).append(' ').append(c.accent()).append(' ').append(c.text()).append(' ')
        .append(c.muted()).append('\n');
    // The font files by length and two checksums (native code: a megabyte of fonts costs no time): SHA-256 over
    // them cost more than a tenth of the convert in a JVM that has not compiled it yet.
    for (String path : fontPaths) {
      byte[] font = theme.files().read(path);
      CRC32C crc = new CRC32C();
      crc.update(font);
      Adler32 adler = new Adler32();
      adler.update(font);
      b.append(font.length).append(' ').append(crc.getValue()).append(' ').append(adler.getValue()).append('\n');
    }
    for (String t : texts) b.append(t.length()).append(':').append(t).append('\n');
    b.append(CacheKey.code(OutlineCover.class, OutlineCover.Face.class, OutlineCover.Glyph.class,
        OutlineCover.Line.class, TrueTypeGlyphs.class, CoverRaster.class, CoverRaster.Outline.class,
        CoverPainter.class, PngEncoder.class));
    return CacheKey.of("cover-", b.toString());
  }

  /** {@return whether the bytes are a whole PNG of the cover's size: signature, IHDR, chunk CRCs, IEND last} */
  static boolean isCover(byte[] png) {
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    if (png.length < signature.length) return false;
    for (int i = 0; i < signature.length; i++) if (png[i] != signature[i]) return false;
    int at = signature.length;
    boolean first = true;
    while (at + 12 <= png.length) {
      int length = int32(png, at);
      if (length < 0 || length > png.length - at - 12) return false;
      String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
      CRC32 crc = new CRC32();
      crc.update(png, at + 4, 4 + length);
      if ((int) crc.getValue() != int32(png, at + 8 + length)) return false;
      if (first && !(type.equals("IHDR") && length == 13 && int32(png, at + 8) == CoverPainter.WIDTH
          && int32(png, at + 12) == CoverPainter.HEIGHT)) {
        return false;
      }
      first = false;
      at += 12 + length;
      if (type.equals("IEND")) return at == png.length;
    }
    return false;
  }

  private static int int32(byte[] b, int at) {
    return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
  }
}
