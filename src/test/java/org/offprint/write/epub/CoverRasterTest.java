package org.offprint.write.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Ellipse2D;
import org.junit.jupiter.api.Test;

/** Exact-area anti-aliasing: whole pixels filled whole, edge pixels by their covered share, holes left open. */
class CoverRasterTest {
  private static final int WHITE = 0xFFFFFF;

  @Test
  void aRectangleOnWholePixelsFillsExactlyThem() {
    CoverRaster r = new CoverRaster(40, 30, 0);
    r.fillRect(10, 5, 20, 15, WHITE);
    for (int y = 0; y < 30; y++) {
      for (int x = 0; x < 40; x++) {
        boolean in = x >= 10 && x < 20 && y >= 5 && y < 15;
        assertEquals(in ? WHITE : 0, r.pixels()[y * 40 + x], x + "," + y);
      }
    }
  }

  @Test
  void edgePixelsTakeTheShareTheyCover() {
    CoverRaster r = new CoverRaster(40, 30, 0);
    r.fillRect(10.25, 5, 20.5, 15.75, 0xFF8000);
    int[] p = r.pixels();
    assertEquals(0xFF8000, p[10 * 40 + 15], "inside");
    // 3/4 of the left column, 1/2 of the right one, 3/4 of the bottom row, 3/8 of the bottom right corner
    assertEquals(rgb(0.75, 0xFF8000), p[10 * 40 + 10]);
    assertEquals(rgb(0.5, 0xFF8000), p[10 * 40 + 20]);
    assertEquals(rgb(0.75, 0xFF8000), p[15 * 40 + 15]);
    assertEquals(rgb(0.375, 0xFF8000), p[15 * 40 + 20]);
    assertEquals(0, p[16 * 40 + 15], "below");
    assertEquals(0, p[10 * 40 + 21], "right of it");
  }

  @Test
  void aSlantedShapeCoversItsArea() {
    CoverRaster r = new CoverRaster(100, 100, 0);
    CoverRaster.Outline triangle = new CoverRaster.Outline();
    triangle.moveTo(3.3, 7.1);
    triangle.lineTo(91.7, 20.4);
    triangle.lineTo(40.2, 88.9);
    triangle.close();
    r.fill(triangle, WHITE);
    double area = Math.abs((91.7 - 3.3) * (88.9 - 7.1) - (40.2 - 3.3) * (20.4 - 7.1)) / 2;
    assertEquals(area, covered(r), area / 500);
  }

  @Test
  void aContourWoundTheOtherWayIsAHole() {
    CoverRaster r = new CoverRaster(100, 100, 0);
    CoverRaster.Outline ring = new CoverRaster.Outline();
    ring.add(new Ellipse2D.Double(10, 10, 80, 80).getPathIterator(null, 0.05));
    // the inner circle, reversed: as a glyph's counter (the hole of an "o") is
    CoverRaster.Outline inner = new CoverRaster.Outline();
    inner.add(new Ellipse2D.Double(30, 30, 40, 40).getPathIterator(null, 0.05));
    double[] pts = innerReversed(30, 30, 40);
    ring.moveTo(pts[0], pts[1]);
    for (int i = 2; i < pts.length; i += 2) ring.lineTo(pts[i], pts[i + 1]);
    ring.close();
    r.fill(ring, WHITE);
    assertEquals(0, r.pixels()[50 * 100 + 50], "the hole");
    assertEquals(WHITE, r.pixels()[50 * 100 + 20], "the ring");
    assertEquals(0, r.pixels()[5 * 100 + 5], "outside");
    double area = Math.PI * (40 * 40 - 20 * 20);
    assertEquals(area, covered(r), area / 200);
  }

  @Test
  void shapesReachingPastTheCanvasAreCut() {
    CoverRaster r = new CoverRaster(20, 20, 0);
    r.fillRect(-10, -10, 5, 30, WHITE);
    assertEquals(WHITE, r.pixels()[0]);
    assertEquals(WHITE, r.pixels()[19 * 20 + 4]);
    assertEquals(0, r.pixels()[19 * 20 + 5]);
    assertTrue(covered(r) == 100, "5 columns of 20 pixels");
  }

  private static double[] innerReversed(double x, double y, double d) {
    int n = 256;
    double[] pts = new double[2 * n];
    for (int i = 0; i < n; i++) {
      double a = -2 * Math.PI * i / n;
      pts[2 * i] = x + d / 2 + d / 2 * Math.cos(a);
      pts[2 * i + 1] = y + d / 2 + d / 2 * Math.sin(a);
    }
    return pts;
  }

  /** {@return the pixels' coverage summed, white on black} */
  private static double covered(CoverRaster r) {
    double sum = 0;
    for (int p : r.pixels()) sum += (p & 0xFF) / 255.0;
    return sum;
  }

  private static int rgb(double cover, int over) {
    int a = (int) Math.round(cover * 255);
    int n = 255 - a;
    int red = ((over >> 16 & 255) * a + 127) / 255;
    int green = ((over >> 8 & 255) * a + 127) / 255;
    int blue = ((over & 255) * a + 127) / 255;
    return red << 16 | green << 8 | blue + 0 * n;
  }
}
