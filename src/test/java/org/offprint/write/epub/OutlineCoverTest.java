package org.offprint.write.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.offprint.Offprint;
import org.offprint.theme.Theme;

/** The cover drawn from glyph outlines against the one Java 2D draws: the same lines, in the same places. */
class OutlineCoverTest {
  private static BufferedImage image(byte[] png) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "default|Port Aldery's freight year: the cranes, the tides and the ledger|The Harbour Ledger|Mara Quist|12 January 2026",
      "default|Short|''|''|''",
      "sans|A much longer title that has to shrink several sizes before it fits in seven lines of the cover, "
          + "which it does at last after a few tries|Vestnik of the Northern Reaches and Islands|Anna Petrova, "
          + "Boris Ivanov, Claire Dupont, Dmitri Sokolov and Eve Martin|3 March 2025",
      "print|Überlänge: Straßenbahn-Verkehrsbetriebsgesellschaftsvorsitzendenstellvertreterwahlen|Fenmoor Courier|"
          + "Zoë Ångström|1 May 2024",
  })
  void drawsTheLinesJava2dDrawsWhereItDrawsThem(String themeName, String title, String site, String authors,
      String date) throws IOException {
    Theme theme = Offprint.theme(themeName);
    BufferedImage outlined = image(new OutlineCover(theme).paint(title, site, authors, date).orElseThrow().bytes());
    BufferedImage java2d = image(new CoverPainter(theme).paint(title, site, authors, date).image().bytes());
    assertEquals(CoverPainter.WIDTH, outlined.getWidth());
    assertEquals(CoverPainter.HEIGHT, outlined.getHeight());
    int background = java2d.getRGB(0, CoverPainter.HEIGHT - 1) & 0xFFFFFF;
    int accent = java2d.getRGB(0, 0) & 0xFFFFFF;
    long ink = 0;
    long far = 0;
    long total = 0;
    for (int y = 0; y < CoverPainter.HEIGHT; y++) {
      for (int x = 0; x < CoverPainter.WIDTH; x++) {
        int a = outlined.getRGB(x, y) & 0xFFFFFF;
        int b = java2d.getRGB(x, y) & 0xFFFFFF;
        if (b != background && b != accent) ink++;
        int d = 0;
        for (int s = 0; s < 24; s += 8) d = Math.max(d, Math.abs((a >> s & 255) - (b >> s & 255)));
        total += d;
        if (d > 96) far++;
      }
    }
    // Only the anti-aliased edges differ (FreeType's hinted small sizes, Marlin's 8 by 8 samples against exact
    // areas): a line set elsewhere, or wrapped otherwise, would differ in whole letters.
    assertTrue(ink > 5_000, "text was drawn: " + ink);
    assertTrue(far < ink / 50, far + " pixels far from Java 2D's, of " + ink + " pixels of ink");
    assertTrue(total < (long) CoverPainter.WIDTH * CoverPainter.HEIGHT / 2, "mean difference " + total);
  }

  @Test
  void leavesToJava2dWhatTheThemeFontsCannotSet() throws IOException {
    Theme theme = Offprint.theme("default");
    OutlineCover cover = new OutlineCover(theme);
    assertTrue(cover.paint("東京の港", "", "", "").isEmpty(), "letters the theme's fonts lack");
    assertTrue(cover.paint("Title", "", "שלום", "").isEmpty(), "right to left");
    assertTrue(cover.paint("Title", "", "", "e\u0301te").isEmpty(), "a combining mark");
    assertTrue(cover.paint("Title", "Site", "Author", "1 May 2024").isPresent());
    // and the cover is drawn all the same, by Java 2D
    CoverPainter.Painted painted = DrawnCovers.paint(theme, "東京の港", "", "", "");
    assertEquals(CoverPainter.WIDTH, image(painted.image().bytes()).getWidth());
  }

  @Test
  void theSameTextsGiveTheSameBytes() throws IOException {
    Theme theme = Offprint.theme("default");
    byte[] a = new OutlineCover(theme).paint("One title", "A site", "An author", "2 June 2025").orElseThrow().bytes();
    byte[] b = new OutlineCover(theme).paint("One title", "A site", "An author", "2 June 2025").orElseThrow().bytes();
    assertArrayEquals(a, b);
  }
}
