package org.offprint.write.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.util.Arrays;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.offprint.Offprint;

/** The cover's own TrueType reading held to FontBox's on the themes' fonts: glyphs, advances, boxes and outlines. */
class TrueTypeGlyphsTest {
  @ParameterizedTest
  @CsvSource({
      "default, fonts/LiberationSerif-Regular.ttf", "default, fonts/LiberationSerif-Bold.ttf",
      "default, fonts/LiberationSerif-Italic.ttf", "default, fonts/LiberationMono-Regular.ttf",
      "print, fonts/NotoSerif-Regular.ttf", "print, fonts/NotoSerif-Bold.ttf", "print, fonts/NotoSerif-Italic.ttf",
      "sans, fonts/NotoSans-Regular.ttf", "sans, fonts/NotoSans-BoldItalic.ttf"})
  void readsWhatFontBoxReads(String theme, String path) throws IOException {
    byte[] bytes = Offprint.theme(theme).files().read(path);
    TrueTypeGlyphs own = TrueTypeGlyphs.read(bytes);
    TrueTypeFont box = new TTFParser(true).parse(new RandomAccessReadBuffer(bytes.clone()));
    CmapLookup cmap = box.getUnicodeCmapLookup(false);
    assertEquals(box.getUnitsPerEm(), own.unitsPerEm());
    int mapped = 0;
    int drawn = 0;
    for (int cp = 0; cp < 0x30000; cp++) {
      int gid = cmap.getGlyphId(cp);
      assertEquals(gid, own.glyph(cp), "the glyph of U+" + Integer.toHexString(cp));
      if (gid == 0) continue;
      mapped++;
      assertEquals(box.getAdvanceWidth(gid), own.advance(gid), "the advance of U+" + Integer.toHexString(cp));
      GlyphData data = box.getGlyph().getGlyph(gid);
      TrueTypeGlyphs.Outline outline = own.outline(gid);
      if (data == null || data.getNumberOfContours() == 0) {
        assertNull(outline, "U+" + Integer.toHexString(cp) + " has no outline");
        continue;
      }
      assertEquals(data.getXMinimum(), outline.xMin());
      assertEquals(data.getXMaximum(), outline.xMax());
      // the outlines filled at 96 pixels to the em: the same pixels but for rounding (every glyph of Latin-1, a
      // sample of the rest); a point misread or a curve drawn otherwise would change whole pixels (FontBox
      // rounds to whole units the point implied between two off-curve points and the points of a scaled part of a
      // composite glyph, this reader and FreeType do not: at 96 pixels to the em an edge moves by up to 1/20 of a
      // pixel)
      if (cp < 0x100 || cp % 5 == 0) {
        int[] expected = filled(data.getPath(), own.unitsPerEm());
        int[] actual = filled(outline.path(), own.unitsPerEm());
        long ink = 0;
        long off = 0;
        for (int i = 0; i < expected.length; i++) {
          int d = Math.abs((expected[i] & 0xFF) - (actual[i] & 0xFF));
          assertTrue(d <= 40, "the outline of U+" + Integer.toHexString(cp) + " at pixel " + i + ": " + d);
          ink += expected[i] & 0xFF;
          off += d;
        }
        assertTrue(off <= ink / 50, "the outline of U+" + Integer.toHexString(cp) + ": " + off + " of " + ink);
        drawn++;
      }
    }
    assertTrue(mapped > 200 && drawn > 150, mapped + " characters, " + drawn + " outlines compared");
  }

  private static int[] filled(GeneralPath path, int unitsPerEm) {
    double s = 96.0 / unitsPerEm;
    CoverRaster raster = new CoverRaster(160, 160, 0);
    CoverRaster.Outline o = new CoverRaster.Outline();
    o.add(path.getPathIterator(new AffineTransform(s, 0, 0, -s, 40, 120), 0.05));
    raster.fill(o, 0xFFFFFF);
    return raster.pixels();
  }

  @Test
  void aDamagedFontIsRefused() throws IOException {
    byte[] bytes = Offprint.theme("default").files().read("fonts/LiberationSerif-Regular.ttf");
    assertThrows(IOException.class, () -> TrueTypeGlyphs.read(Arrays.copyOf(bytes, 400)));
    assertThrows(IOException.class, () -> TrueTypeGlyphs.read(new byte[] {0, 1, 0, 0, 0, 0}));
    assertThrows(IOException.class, () -> TrueTypeGlyphs.read("not a font at all".getBytes()));
  }
}
