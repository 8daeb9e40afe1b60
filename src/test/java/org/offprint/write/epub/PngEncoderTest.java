package org.offprint.write.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.offprint.Offprint;

/** The PNG encoder read back by ImageIO, pixel by pixel. */
class PngEncoderTest {
  private static int[] decoded(byte[] png, int w, int h) throws IOException {
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(w, img.getWidth());
    assertEquals(h, img.getHeight());
    int[] px = img.getRGB(0, 0, w, h, null, 0, w);
    for (int i = 0; i < px.length; i++) px[i] &= 0xFFFFFF;
    return px;
  }

  @Test
  void aDrawnCoverComesBackPixelForPixel() throws IOException {
    CoverRaster r = new CoverRaster(CoverPainter.WIDTH, CoverPainter.HEIGHT, 0xFDFCF8);
    r.fillRect(0, 0, CoverPainter.WIDTH, 573.3, 0x8B2B20);
    r.fillRect(640, 1000.5, 960, 1008.25, 0x8B2B20);
    int[] pixels = r.pixels();
    Set<Integer> colours = new HashSet<>();
    for (int p : pixels) colours.add(p);
    assertTrue(colours.size() <= 32, "a palette image: " + colours.size());
    byte[] png = PngEncoder.encode(r.rows(), CoverPainter.WIDTH);
    assertArrayEquals(pixels, r.pixels(), "the canvas is not changed");
    assertArrayEquals(pixels, decoded(png, CoverPainter.WIDTH, CoverPainter.HEIGHT));
    assertArrayEquals(png, PngEncoder.encode(pixels, CoverPainter.WIDTH, CoverPainter.HEIGHT), "deterministic");
  }

  @Test
  void rowsSharedOrRepeatedGiveTheBytesOfRowsOfTheirOwn() throws IOException {
    CoverRaster r = new CoverRaster(CoverPainter.WIDTH, CoverPainter.HEIGHT, 0xFDFCF8);
    r.fillRect(0, 0, CoverPainter.WIDTH, 573.3, 0x8B2B20);
    CoverRaster.Outline o = new CoverRaster.Outline();
    o.add(new java.awt.geom.Ellipse2D.Double(300, 900, 700, 300).getPathIterator(null, 0.05));
    r.fill(o, 0x202020);
    assertTrue(r.rows()[2000] == r.rows()[2001], "rows not drawn on are shared");
    byte[] png = PngEncoder.encode(r.rows(), CoverPainter.WIDTH);
    // every row an array of its own: nothing shared, every row read
    assertArrayEquals(png, PngEncoder.encode(r.pixels(), CoverPainter.WIDTH, CoverPainter.HEIGHT));
    // more than 32 colours: the rarer edge shades take their nearest palette colour; the flat colours stay
    int[] pixels = r.pixels();
    int[] back = decoded(png, CoverPainter.WIDTH, CoverPainter.HEIGHT);
    for (int i = 0; i < pixels.length; i++) {
      if (pixels[i] == 0xFDFCF8 || pixels[i] == 0x8B2B20 || pixels[i] == 0x202020) assertEquals(pixels[i], back[i]);
    }
  }

  @Test
  void aPhotographComesBackPixelForPixel() throws IOException {
    int w = 300;
    int h = 200;
    int[] pixels = new int[w * h];
    Random random = new Random(7);
    for (int i = 0; i < pixels.length; i++) pixels[i] = random.nextInt(0x1000000);
    assertArrayEquals(pixels, decoded(PngEncoder.encode(pixels, w, h), w, h), "more than 2,048 colours: RGB");
  }

  @Test
  void aCoverOfTheThemeKeepsItsColoursAndItsLetters() throws IOException {
    byte[] png = new OutlineCover(Offprint.theme("default")).paint("A title", "A site", "An author", "1 May 2024")
        .orElseThrow().bytes();
    int[] px = decoded(png, CoverPainter.WIDTH, CoverPainter.HEIGHT);
    Set<Integer> colours = new HashSet<>();
    for (int p : px) colours.add(p);
    assertTrue(colours.size() > 4 && colours.size() <= 32, "anti-aliased edges in at most 32 colours: " + colours);
  }
}
