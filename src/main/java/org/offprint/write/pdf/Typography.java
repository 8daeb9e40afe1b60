package org.offprint.write.pdf;

import java.awt.Color;
import org.offprint.theme.Theme;

/**
 * The theme's tokens turned into PDF measures: sizes and leading in points, colours for print (the light
 * palette; the page itself stays white), and the page geometry after a size override.
 */
final class Typography {
  final Theme theme;
  final float base;
  final float leading;
  final float small;
  final float codeSize;
  /** Figure and table captions, from the theme. */
  final float captionSize;
  final Color text;
  final Color accent;
  final Color link;
  final Color muted;
  final Color rule;
  final Color quoteBar;
  final Color codeBackground;
  final Theme.Page page;

  Typography(Theme theme, Theme.Page page) {
    this.theme = theme;
    this.page = page;
    base = (float) theme.baseSize();
    leading = (float) (theme.baseSize() * theme.lineHeight());
    small = base * 0.85f;
    codeSize = base * (float) theme.elements().codeSize();
    captionSize = base * (float) theme.elements().captionSize();
    Theme.Colors c = theme.light();
    text = color(c.text());
    accent = color(c.accent());
    link = color(c.link());
    muted = color(c.muted());
    rule = color(c.rule());
    quoteBar = color(c.quoteBar());
    codeBackground = color(c.codeBackground());
  }

  /** {@return the width between the margins} */
  float textWidth() {
    return page.width() - page.left() - page.right();
  }

  /** {@return the height between the margins} */
  float textHeight() {
    return page.height() - page.top() - page.bottom();
  }

  float headingSize(int level) {
    return (float) theme.headingSize(level);
  }

  /** {@return the leading for text of {@code size}, keeping the theme's line-height ratio} */
  float leading(float size) {
    return (float) (size * theme.lineHeight());
  }

  static Color color(String hex) {
    return new Color(Integer.parseInt(hex.substring(1), 16));
  }

  /** {@return {@code s} set as the theme asks for a part such as the byline: bold, italic or upright} */
  static Style emphasis(Style s, org.offprint.theme.Theme.Emphasis e) {
    return switch (e) {
      case NORMAL -> s.bold(false).italic(false);
      case BOLD -> s.bold(true).italic(false);
      case ITALIC -> s.bold(false).italic(true);
    };
  }
}
