package org.offprint.write.epub;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.offprint.theme.Theme;
import org.offprint.write.html.FontSubsets;

/**
 * Draws the cover {@link CoverPainter} draws, in the same places and sizes, from the glyph outlines of the theme's
 * fonts ({@link TrueTypeGlyphs}: only the glyphs shown are read) onto a {@link CoverRaster}: no Java 2D, whose start in a command's cold JVM (the AWT library, the graphics environment,
 * the font manager and its fontconfig, temporary copies of the fonts) took longer than the drawing. Lines break
 * at spaces and after hyphens and dashes (a word wider than the line at the letter that does not fit); glyphs advance by their widths, without
 * kerning, as {@code TextLayout} sets them by default. Text this cannot set as Java 2D would (a letter the
 * theme's fonts lack, right-to-left text, marks and scripts that need shaping) is left to {@link CoverPainter}.
 * Thread-safe.
 */
final class OutlineCover {
  private static final int WIDTH = CoverPainter.WIDTH;
  private static final int HEIGHT = CoverPainter.HEIGHT;
  private static final int LAYOUT_WIDTH = 1200;
  private static final int LAYOUT_HEIGHT = HEIGHT * LAYOUT_WIDTH / WIDTH;
  private static final int MARGIN = 110;
  /** From layout units to pixels. */
  private static final double SCALE = (double) WIDTH / LAYOUT_WIDTH;
  /** How far, in pixels, a curve's straight pieces may stray from it. */
  private static final double FLATNESS = 0.05;

  private final Theme theme;

  OutlineCover(Theme theme) {
    this.theme = theme;
  }

  /**
   * {@return the cover as a PNG, or empty when one of the texts needs what only Java 2D does (see above)}
   *
   * @throws IOException when a theme font cannot be read
   */
  Optional<PreparedImage> paint(String title, String site, String authors, String date) throws IOException {
    List<String> paths = new CoverPainter(theme).fontPaths();
    Face heading = face(paths.get(0));
    Face body = face(paths.get(1));
    Face italic = face(paths.get(2));
    if (heading == null || body == null || italic == null) return Optional.empty();
    String siteText = site.toUpperCase(Locale.ROOT);
    String t = title.isBlank() ? "Untitled" : title;
    if (!body.sets(siteText) || !heading.sets(t) || !italic.sets(authors) || !body.sets(date)) return Optional.empty();

    Theme.Colors c = theme.light();
    CoverRaster raster = new CoverRaster(WIDTH, HEIGHT, rgb(c.background()));
    int band = 430;
    raster.fillRect(0, 0, LAYOUT_WIDTH * SCALE, band * SCALE, rgb(c.accent()));
    if (!site.isBlank()) drawLines(raster, body, 46f, siteText, band - 150, 2, 46f * 1.25f, rgb(c.background()));

    // The title: the largest size at which it fits in seven lines.
    float size = 120f;
    List<Line> lines = heading.wrap(t, size);
    while ((lines.size() > 7 || widest(lines) > LAYOUT_WIDTH - 2 * MARGIN) && size > 40f) {
      size -= 6f;
      lines = heading.wrap(t, size);
    }
    float y = band + 170;
    y = draw(raster, lines.subList(0, Math.min(lines.size(), 9)), y, size * 1.18f, rgb(c.text()));

    y += 70;
    raster.fillRect((LAYOUT_WIDTH / 2 - 120) * SCALE, (int) y * SCALE, (LAYOUT_WIDTH / 2 + 120) * SCALE,
        ((int) y + 6) * SCALE, rgb(c.accent()));
    y += 120;
    if (!authors.isBlank()) y = drawLines(raster, italic, 56f, authors, y, 3, 56f * 1.3f, rgb(c.text())) + 90;
    if (!date.isBlank()) drawLines(raster, body, 46f, date, y, 1, 46f, rgb(c.muted()));
    byte[] png = PngEncoder.encode(raster.rows(), WIDTH);
    return Optional.of(new PreparedImage("image/png", png, WIDTH, HEIGHT));
  }

  private static float drawLines(CoverRaster raster, Face face, float size, String text, float y, int maxLines,
      float leading, int rgb) throws IOException {
    List<Line> lines = face.wrap(text, size);
    return draw(raster, lines.subList(0, Math.min(maxLines, lines.size())), y, leading, rgb);
  }

  /** Draws centred lines, the first baseline at {@code y}; returns the baseline after the last. */
  private static float draw(CoverRaster raster, List<Line> lines, float y, float leading, int rgb)
      throws IOException {
    for (Line l : lines) {
      double x = (LAYOUT_WIDTH - l.inkWidth()) / 2 - l.inkLeft();
      l.fill(raster, x, y, rgb);
      y += leading;
    }
    return y - leading;
  }

  private static double widest(List<Line> lines) {
    double w = 0;
    for (Line l : lines) w = Math.max(w, l.inkWidth());
    return w;
  }

  /** {@return the theme font, or null when it is not a TrueType font this reads} */
  private Face face(String path) throws IOException {
    byte[] bytes = theme.files().read(path);
    try {
      return new Face(TrueTypeGlyphs.read(bytes));
    } catch (IOException e) {
      return null; // Java 2D may still draw it
    }
  }

  private static int rgb(String hex) {
    return Integer.parseInt(hex.substring(1), 16);
  }

  /** A theme font's glyphs. */
  record Face(TrueTypeGlyphs font) {
    /** {@return whether every letter of the text is in the font and needs neither shaping nor right-to-left} */
    boolean sets(String text) {
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        byte dir = Character.getDirectionality(cp);
        if (dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
            || dir == Character.DIRECTIONALITY_NONSPACING_MARK || Character.isISOControl(cp)
            || Character.getType(cp) == Character.FORMAT || FontSubsets.needsShaping(cp)
            || font.glyph(cp) == 0) {
          return false;
        }
      }
      return true;
    }

    /**
     * {@return the text broken into lines no wider than the cover's text column at this size} Lines break after
     * the last word that fits, a word ending at a space or at a hyphen or dash before a letter (spaces at a line's
     * ends are left out); a word wider than the column alone is cut before the letter that does not fit.
     */
    List<Line> wrap(String text, float size) throws IOException {
      double max = LAYOUT_WIDTH - 2 * MARGIN;
      List<Glyph> all = glyphs(text, size);
      List<Line> lines = new ArrayList<>();
      int n = all.size();
      int start = skipSpaces(all, 0);
      while (start < n) {
        double from = all.get(start).x();
        int end = -1;
        for (int j = start; j < n; j++) {
          boolean wordEnds = !all.get(j).space() && (j + 1 == n || all.get(j + 1).space()
              || breaksAfter(all.get(j).cp()) && Character.isLetter(all.get(j + 1).cp()));
          if (!wordEnds) continue;
          if (all.get(j).end() - from > max) break;
          end = j + 1;
        }
        if (end < 0) {
          end = start + 1;
          while (end < n && !all.get(end).space() && all.get(end).end() - from <= max) end++;
        }
        List<Glyph> line = new ArrayList<>();
        for (int j = start; j < end; j++) line.add(all.get(j).at(all.get(j).x() - from));
        lines.add(new Line(line));
        start = skipSpaces(all, end);
      }
      return lines;
    }

    /** {@return whether a line may break after this character, before a letter: hyphens and dashes} */
    private static boolean breaksAfter(int cp) {
      return cp == '-' || cp == '\u2010' || cp == '\u2013' || cp == '\u2014';
    }

    private static int skipSpaces(List<Glyph> glyphs, int i) {
      while (i < glyphs.size() && glyphs.get(i).space()) i++;
      return i;
    }

    private List<Glyph> glyphs(String text, float size) throws IOException {
      List<Glyph> out = new ArrayList<>();
      double pen = 0;
      double scale = size / font.unitsPerEm();
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        int gid = font.glyph(cp);
        double advance = font.advance(gid) * scale;
        TrueTypeGlyphs.Outline o = font.outline(gid);
        GeneralPath path = o == null ? null : o.path();
        double left = o == null ? 0 : o.xMin() * scale;
        double right = o == null ? 0 : o.xMax() * scale;
        out.add(new Glyph(cp, path, scale, pen, advance, left, right));
        pen += advance;
      }
      return out;
    }
  }

  /**
   * A glyph set on a line: its character, its outline in font units (null when it has none), the scale to layout units, where its
   * origin is on the line and how far it advances, the left and right of its ink from its origin.
   */
  record Glyph(int cp, GeneralPath ink, double scale, double x, double advance, double left, double right) {
    double end() {
      return x + advance;
    }

    boolean space() {
      return cp == ' ';
    }

    Glyph at(double newX) {
      return new Glyph(cp, ink, scale, newX, advance, left, right);
    }
  }

  /** A line of glyphs, their origins from the line's start. */
  record Line(List<Glyph> glyphs) {
    double inkLeft() {
      double l = Double.MAX_VALUE;
      for (Glyph g : glyphs) if (g.ink() != null) l = Math.min(l, g.x() + g.left());
      return l == Double.MAX_VALUE ? 0 : l;
    }

    double inkWidth() {
      double l = Double.MAX_VALUE;
      double r = -Double.MAX_VALUE;
      for (Glyph g : glyphs) {
        if (g.ink() == null) continue;
        l = Math.min(l, g.x() + g.left());
        r = Math.max(r, g.x() + g.right());
      }
      return l == Double.MAX_VALUE ? 0 : r - l;
    }

    /** Fills the line's glyphs, its origin at ({@code x}, baseline {@code y}) in layout units. */
    void fill(CoverRaster raster, double x, double y, int rgb) {
      CoverRaster.Outline outline = new CoverRaster.Outline();
      for (Glyph g : glyphs) {
        if (g.ink() == null) continue;
        double s = g.scale() * SCALE;
        AffineTransform at = new AffineTransform(s, 0, 0, -s, (x + g.x()) * SCALE, y * SCALE);
        outline.add(g.ink().getPathIterator(at, FLATNESS));
      }
      raster.fill(outline, rgb);
    }
  }
}
