package org.offprint.write.epub;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.offprint.theme.Theme;

/**
 * Draws a cover from the theme with Java 2D: an accent band holding the site name, the title in the heading font,
 * a rule, the authors and the date. Deterministic for a given JDK and theme, as long as the theme's fonts have
 * every letter; else the letters come from the JDK's serif font, which is whatever the system has. Thread-safe.
 */
final class CoverPainter {
  /** The size stores ask for at least (Apple Books, Kobo: 1600 by 2560, 1:1.6). */
  static final int WIDTH = 1600;
  static final int HEIGHT = 2560;
  /** The cover is laid out on a canvas of this width and scaled up to {@link #WIDTH}: sizes below are in it. */
  private static final int LAYOUT_WIDTH = 1200;
  private static final int LAYOUT_HEIGHT = HEIGHT * LAYOUT_WIDTH / WIDTH;
  private static final int MARGIN = 110;

  /** Fonts are immutable; creating one parses the file, so each is made once per font file. */
  private static final ContentCache<Font> FONTS = new ContentCache<>();

  private final Theme theme;

  CoverPainter(Theme theme) {
    this.theme = theme;
  }

  /**
   * A cover drawn.
   *
   * @param image the PNG
   * @param themeFontsOnly whether the theme's fonts drew every letter (else the system's serif font drew some)
   */
  record Painted(PreparedImage image, boolean themeFontsOnly) {}

  /**
   * {@return the cover as a PNG}
   *
   * @throws IOException when a theme font cannot be read
   */
  Painted paint(String title, String site, String authors, String date) throws IOException {
    boolean[] fellBack = {false};
    Theme.Colors c = theme.light();
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.scale((double) WIDTH / LAYOUT_WIDTH, (double) WIDTH / LAYOUT_WIDTH);
      g.setColor(color(c.background()));
      g.fillRect(0, 0, LAYOUT_WIDTH, LAYOUT_HEIGHT);
      int band = 430;
      g.setColor(color(c.accent()));
      g.fillRect(0, 0, LAYOUT_WIDTH, band);

      List<String> fonts = fontPaths();
      Font headingFont = font(fonts.get(0));
      Font bodyFont = font(fonts.get(1));
      Font italicFont = font(fonts.get(2));

      if (!site.isBlank()) {
        g.setColor(color(c.background()));
        Font f = fitting(bodyFont, site.toUpperCase(Locale.ROOT), fellBack).deriveFont(46f);
        drawLines(g, site.toUpperCase(Locale.ROOT), f, band - 150, 2, 46f * 1.25f);
      }

      // The title: the largest size at which it fits in seven lines.
      String t = title.isBlank() ? "Untitled" : title;
      Font tf = fitting(headingFont, t, fellBack);
      float size = 120f;
      List<TextLayout> lines = wrap(g, t, tf.deriveFont(size));
      while ((lines.size() > 7 || widest(lines) > LAYOUT_WIDTH - 2 * MARGIN) && size > 40f) {
        size -= 6f;
        lines = wrap(g, t, tf.deriveFont(size));
      }
      g.setColor(color(c.text()));
      float y = band + 170;
      y = draw(g, lines.subList(0, Math.min(lines.size(), 9)), y, size * 1.18f);

      y += 70;
      g.setColor(color(c.accent()));
      g.fillRect(LAYOUT_WIDTH / 2 - 120, (int) y, 240, 6);
      y += 120;
      if (!authors.isBlank()) {
        g.setColor(color(c.text()));
        Font af = fitting(italicFont, authors, fellBack).deriveFont(56f);
        y = drawLines(g, authors, af, y, 3, 56f * 1.3f) + 90;
      }
      if (!date.isBlank()) {
        g.setColor(color(c.muted()));
        drawLines(g, date, fitting(bodyFont, date, fellBack).deriveFont(46f), y, 1, 46f);
      }
    } finally {
      g.dispose();
    }
    return new Painted(new PreparedImage("image/png", PngEncoder.encode(pixels(img), WIDTH, HEIGHT), WIDTH, HEIGHT),
        !fellBack[0]);
  }

  /** {@return the pixels as 0xRRGGBB, without a copy when the image is {@code TYPE_INT_RGB}} */
  private static int[] pixels(BufferedImage img) {
    if (img.getType() == BufferedImage.TYPE_INT_RGB
        && img.getRaster().getDataBuffer() instanceof DataBufferInt buffer
        && buffer.getNumBanks() == 1 && buffer.getData().length == img.getWidth() * img.getHeight()) {
      return buffer.getData();
    }
    return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
  }

  /** {@return the theme files of the fonts the cover is drawn in: the heading's, the body's and its italic} */
  List<String> fontPaths() {
    return List.of(theme.heading().face(theme.headingBold(), false), theme.body().regular(), theme.body().italic());
  }

  private float drawLines(Graphics2D g, String text, Font font, float y, int maxLines, float leading) {
    List<TextLayout> lines = wrap(g, text, font);
    return draw(g, lines.subList(0, Math.min(maxLines, lines.size())), y, leading);
  }

  /** Draws centred lines, the first baseline at {@code y}; returns the baseline after the last. */
  private static float draw(Graphics2D g, List<TextLayout> lines, float y, float leading) {
    for (TextLayout l : lines) {
      float x = (LAYOUT_WIDTH - (float) l.getBounds().getWidth()) / 2f - (float) l.getBounds().getX();
      l.draw(g, x, y);
      y += leading;
    }
    return y - leading;
  }

  private static List<TextLayout> wrap(Graphics2D g, String text, Font font) {
    List<TextLayout> lines = new ArrayList<>();
    if (text.isEmpty()) return lines;
    AttributedString as = new AttributedString(text);
    as.addAttribute(TextAttribute.FONT, font);
    FontRenderContext frc = g.getFontRenderContext();
    LineBreakMeasurer m = new LineBreakMeasurer(as.getIterator(), frc);
    while (m.getPosition() < text.length()) lines.add(m.nextLayout(LAYOUT_WIDTH - 2 * MARGIN));
    return lines;
  }

  private static double widest(List<TextLayout> lines) {
    double w = 0;
    for (TextLayout l : lines) w = Math.max(w, l.getBounds().getWidth());
    return w;
  }

  /**
   * {@return the font, or the JDK's logical serif font when the theme's font lacks some of the text's letters (and
   * then {@code fellBack[0]} is set)}
   */
  private static Font fitting(Font font, String text, boolean[] fellBack) {
    if (font.canDisplayUpTo(text) < 0) return font;
    fellBack[0] = true;
    return new Font(Font.SERIF, font.getStyle(), font.getSize());
  }

  private Font font(String path) throws IOException {
    Font font = FONTS.get(theme.files().read(path), bytes -> {
      try {
        return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
      } catch (FontFormatException e) {
        throw new IOException("theme font " + path + " cannot be used: " + e.getMessage(), e);
      }
    });
    return font.deriveFont(48f);
  }

  private static Color color(String hex) {
    return new Color(Integer.parseInt(hex.substring(1), 16));
  }
}
