package org.offprint.write.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The subsetter keeps what the text needs, gives the same bytes each time, and keeps whole what it must not cut. */
class FontSubsetsTest {
  static byte[] serif() throws IOException {
    return Files.readAllBytes(Path.of("themes/default/fonts/LiberationSerif-Regular.ttf"));
  }

  @Test
  void keepsTheTextsGlyphsAndBothCasesAndNothingElse() throws IOException {
    byte[] small = FontSubsets.subset(serif(), FontSubsets.codePoints("Ёлка «ёж» — straße"));
    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(small))) {
      var cmap = ttf.getUnicodeCmapLookup();
      for (int c : "ЁёЛлКкАаЖж«»—ßA~".codePoints().toArray()) {
        assertTrue(cmap.getGlyphId(c) != 0, "glyph for " + Character.toString(c));
      }
      assertTrue(cmap.getGlyphId('Я') == 0, "no glyph the text does not need");
      assertTrue(ttf.getTableMap().get("GSUB") == null && ttf.getTableMap().get("GPOS") == null,
          "no layout table pointing at the old glyph numbers");
    }
    assertArrayEquals(small, FontSubsets.subset(serif(), FontSubsets.codePoints("Ёлка «ёж» — straße")));
  }

  @Test
  void aFontCoveringTextThatNeedsShapingIsKeptWhole() throws IOException {
    Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(dejavu), "DejaVu Sans, on every Debian");
    byte[] font = Files.readAllBytes(dejavu);
    assertSame(font, FontSubsets.subset(font, FontSubsets.codePoints("مرحبا بالعالم")));
    assertTrue(FontSubsets.subset(font, FontSubsets.codePoints("Hello")).length < font.length / 10);
  }

  @Test
  void whatIsNotATrueTypeFontIsKeptAsItIs() {
    byte[] junk = "not a font at all".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertSame(junk, FontSubsets.subset(junk, FontSubsets.codePoints("abc")));
  }

  @Test
  void codePointsAreEachCharacterWithItsOtherCasesAndWhatReadersDraw() {
    String text = "Tab\there, DEL\u007F, bell\u0007, \u01C5 \u0131 \u03C2 Stra\u00DFe \uD83D\uDE00 lone \uD800 end";
    java.util.SortedSet<Integer> expected = new java.util.TreeSet<>();
    for (int c = 0x20; c < 0x7F; c++) expected.add(c);
    "\u00A0\u00AD\u2010\u2011\u2013\u2014\u2018\u2019\u201A\u201C\u201D\u201E\u2022\u2026\u2039\u203A\u00AB\u00BB\u25E6\u25AA\u25A0\u25CB\uFFFD"
        .codePoints().forEach(expected::add);
    text.codePoints().filter(c -> c >= 0x20 || c == '\t').forEach(c -> {
      expected.add(c);
      expected.add(Character.toUpperCase(c));
      expected.add(Character.toLowerCase(c));
      expected.add(Character.toTitleCase(c));
    });
    assertEquals(expected, FontSubsets.codePoints(new StringBuilder(text)));
    assertTrue(expected.contains(0x1F600) && expected.contains(0x01C4) && expected.contains(0x01C6) && expected.contains(0x03A3));
  }
}
