package org.offprint.write.epub;

import java.awt.geom.PathIterator;
import java.util.Arrays;

/**
 * An opaque RGB canvas that fills outlines anti-aliased, in plain Java: no Java 2D, whose first use in a command
 * (the AWT library, the graphics environment, the font manager) cost more than drawing a cover itself. Each pixel
 * takes the exact share of its area that the outline covers (signed areas accumulated along each row, as font-rs
 * and stb_truetype do; the non-zero rule where contours do not overlap, which holds for a glyph's contours and for
 * rectangles) and is blended with the colour as {@code round(cover * 255)} in 255ths. The same outlines always give
 * the same pixels. Rows not drawn on share one array, which the PNG encoder then need not read again. Not
 * thread-safe.
 */
final class CoverRaster {
  private final int width;
  private final int height;
  /** The rows; rows not drawn on yet are all the one array of the background colour. */
  private final int[][] rows;
  private final boolean[] own;
  /** The signed areas of one fill, all zero between fills: kept, as a cover's lines are about the same size. */
  private float[] acc = new float[0];

  /** A canvas of this size in one colour (0xRRGGBB). */
  CoverRaster(int width, int height, int rgb) {
    this.width = width;
    this.height = height;
    int[] background = new int[width];
    Arrays.fill(background, rgb);
    this.rows = new int[height][];
    Arrays.fill(rows, background);
    this.own = new boolean[height];
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  /**
   * {@return the rows of pixels as 0xRRGGBB, top to bottom; rows not drawn on are one shared array} The canvas
   * itself, not a copy: not to be changed.
   */
  int[][] rows() {
    return rows;
  }

  /** {@return the pixels as 0xRRGGBB, row by row, in a new array} */
  int[] pixels() {
    int[] all = new int[width * height];
    for (int y = 0; y < height; y++) System.arraycopy(rows[y], 0, all, y * width, width);
    return all;
  }

  private int[] writable(int y) {
    if (!own[y]) {
      rows[y] = rows[y].clone();
      own[y] = true;
    }
    return rows[y];
  }

  /** Fills the rectangle from (x0, y0) to (x1, y1), in pixels (fractions cover their share of a pixel). */
  void fillRect(double x0, double y0, double x1, double y1, int rgb) {
    if (x0 <= 0 && x1 >= width && y1 > y0) {
      // rows the rectangle covers whole become one shared row of its colour
      int whole0 = (int) Math.max(0, Math.ceil(y0));
      int whole1 = (int) Math.min(height, Math.floor(y1));
      if (whole0 < whole1) {
        int[] row = new int[width];
        Arrays.fill(row, rgb);
        for (int y = whole0; y < whole1; y++) {
          rows[y] = row;
          own[y] = false;
        }
      }
      if (whole0 > y0) fillOutline(x0, y0, x1, Math.min(y1, whole0), rgb);
      if (whole1 < y1 && whole1 >= whole0) fillOutline(x0, Math.max(y0, whole1), x1, y1, rgb);
      return;
    }
    fillOutline(x0, y0, x1, y1, rgb);
  }

  private void fillOutline(double x0, double y0, double x1, double y1, int rgb) {
    Outline o = new Outline();
    o.moveTo(x0, y0);
    o.lineTo(x1, y0);
    o.lineTo(x1, y1);
    o.lineTo(x0, y1);
    o.close();
    fill(o, rgb);
  }

  /**
   * Fills an outline given as polygons.
   *
   * @param outline closed polygons in pixels (the path iterator of a glyph, flattened and transformed, adds them)
   */
  void fill(Outline outline, int rgb) {
    if (outline.size == 0) return;
    int x0 = Math.max(0, (int) Math.floor(outline.minX));
    int y0 = Math.max(0, (int) Math.floor(outline.minY));
    int x1 = Math.min(width, (int) Math.ceil(outline.maxX));
    int y1 = Math.min(height, (int) Math.ceil(outline.maxY));
    if (x0 >= x1 || y0 >= y1) return;
    int w = x1 - x0;
    int stride = w + 2;
    if (acc.length < stride * (y1 - y0)) acc = new float[stride * (y1 - y0)];
    double[] p = outline.points;
    for (int i = 0; i < outline.size; i += 4) {
      line(acc, stride, w, y1 - y0, p[i] - x0, p[i + 1] - y0, p[i + 2] - x0, p[i + 3] - y0);
    }
    int r = rgb >> 16 & 0xFF;
    int g = rgb >> 8 & 0xFF;
    int b = rgb & 0xFF;
    for (int y = 0; y < y1 - y0; y++) {
      float sum = 0;
      int row = y * stride;
      int[] pixels = null;
      int at = x0;
      for (int x = 0; x < w; x++) {
        sum += acc[row + x];
        acc[row + x] = 0;
        float cover = Math.min(1f, Math.abs(sum));
        int a = Math.round(cover * 255f);
        if (a == 0) continue;
        if (pixels == null) pixels = writable(y0 + y);
        int under = pixels[at + x];
        if (a == 255) {
          pixels[at + x] = rgb;
          continue;
        }
        int n = 255 - a;
        pixels[at + x] = blend(r, under >> 16 & 0xFF, a, n) << 16 | blend(g, under >> 8 & 0xFF, a, n) << 8
            | blend(b, under & 0xFF, a, n);
      }
      acc[row + w] = 0;
      acc[row + w + 1] = 0;
    }
  }

  private static int blend(int over, int under, int a, int n) {
    return (over * a + under * n + 127) / 255;
  }

  /**
   * Adds one edge's signed area to the rows it crosses (font-rs's accumulation): each pixel gets the change in
   * coverage it brings, so that a running sum along a row gives each pixel's coverage.
   */
  private static void line(float[] acc, int stride, int w, int h, double ax, double ay, double bx, double by) {
    if (ay == by) return;
    double dir;
    double x0;
    double y0;
    double x1;
    double y1;
    if (ay < by) {
      dir = 1;
      x0 = ax;
      y0 = ay;
      x1 = bx;
      y1 = by;
    } else {
      dir = -1;
      x0 = bx;
      y0 = by;
      x1 = ax;
      y1 = ay;
    }
    double dxdy = (x1 - x0) / (y1 - y0);
    double x = x0;
    int yStart = (int) Math.max(0, Math.floor(y0));
    if (y0 < yStart) x += (yStart - y0) * dxdy;
    int yEnd = (int) Math.min(h, Math.ceil(y1));
    for (int y = yStart; y < yEnd; y++) {
      int rowStart = y * stride;
      double dy = Math.min(y + 1, y1) - Math.max(y, y0);
      double xNext = x + dxdy * dy;
      double d = dy * dir;
      double lo = Math.max(0, Math.min(w, Math.min(x, xNext)));
      double hi = Math.max(0, Math.min(w, Math.max(x, xNext)));
      double loFloor = Math.floor(lo);
      int loI = (int) loFloor;
      double hiCeil = Math.ceil(hi);
      int hiI = (int) hiCeil;
      if (hiI <= loI + 1) {
        double mid = 0.5 * (lo + hi) - loFloor;
        acc[rowStart + loI] += (float) (d - d * mid);
        acc[rowStart + loI + 1] += (float) (d * mid);
      } else {
        double s = 1 / (hi - lo);
        double loF = lo - loFloor;
        double a0 = 0.5 * s * (1 - loF) * (1 - loF);
        double hiF = hi - hiCeil + 1;
        double am = 0.5 * s * hiF * hiF;
        acc[rowStart + loI] += (float) (d * a0);
        if (hiI == loI + 2) {
          acc[rowStart + loI + 1] += (float) (d * (1 - a0 - am));
        } else {
          double a1 = s * (1.5 - loF);
          acc[rowStart + loI + 1] += (float) (d * (a1 - a0));
          for (int xi = loI + 2; xi < hiI - 1; xi++) acc[rowStart + xi] += (float) (d * s);
          double a2 = a1 + (hiI - loI - 3) * s;
          acc[rowStart + hiI - 1] += (float) (d * (1 - a2 - am));
        }
        acc[rowStart + hiI] += (float) (d * am);
      }
      x = xNext;
    }
  }

  /** Closed polygons in pixels: edges as (x0, y0, x1, y1), with their bounds. */
  static final class Outline {
    private double[] points = new double[256];
    private int size;
    private double startX;
    private double startY;
    private double lastX;
    private double lastY;
    private boolean open;
    private double minX = Double.MAX_VALUE;
    private double minY = Double.MAX_VALUE;
    private double maxX = -Double.MAX_VALUE;
    private double maxY = -Double.MAX_VALUE;

    void moveTo(double x, double y) {
      close();
      startX = lastX = x;
      startY = lastY = y;
      open = true;
    }

    void lineTo(double x, double y) {
      if (size + 4 > points.length) points = Arrays.copyOf(points, points.length * 2);
      points[size++] = lastX;
      points[size++] = lastY;
      points[size++] = x;
      points[size++] = y;
      minX = Math.min(minX, Math.min(lastX, x));
      maxX = Math.max(maxX, Math.max(lastX, x));
      minY = Math.min(minY, Math.min(lastY, y));
      maxY = Math.max(maxY, Math.max(lastY, y));
      lastX = x;
      lastY = y;
    }

    /** Closes the current polygon with an edge back to its start. */
    void close() {
      if (open && (lastX != startX || lastY != startY)) lineTo(startX, startY);
      open = false;
    }

    /** Adds the polygons of a flattened path (lines only: iterate it with a flatness). */
    void add(PathIterator it) {
      double[] c = new double[6];
      for (; !it.isDone(); it.next()) {
        switch (it.currentSegment(c)) {
          case PathIterator.SEG_MOVETO -> moveTo(c[0], c[1]);
          case PathIterator.SEG_LINETO -> lineTo(c[0], c[1]);
          case PathIterator.SEG_CLOSE -> close();
          default -> throw new IllegalArgumentException("not a flattened path");
        }
      }
      close();
    }
  }
}
