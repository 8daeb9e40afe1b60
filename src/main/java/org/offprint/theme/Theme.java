package org.offprint.theme;

import java.util.Objects;

/**
 * A loaded, validated theme: the design tokens every writer reads. Immutable and thread-safe.
 *
 * @param name the theme's name (its folder name)
 * @param description one line for {@code offprint themes}
 * @param body the body text font family
 * @param heading the headings' font family
 * @param code the code font family
 * @param baseSize body text size in points
 * @param lineHeight line height as a multiple of the size
 * @param paragraphStyle first-line indent or space between paragraphs
 * @param justify justified text when true, ragged right when false
 * @param hyphenate hyphenate justified text in the document's language
 * @param headingScale size ratio between successive heading levels
 * @param headingBold headings in the bold face
 * @param headingCase letter case of headings
 * @param light colours for a light background
 * @param dark colours for a dark background (HTML {@code prefers-color-scheme})
 * @param page PDF page size and margins
 * @param measure HTML line length as a CSS length, e.g. {@code 36em}
 * @param elements how bylines, datelines, captions, quotes, code and tables are set
 * @param extraCss the theme's own {@code style.css}, appended to the generated CSS, or {@code ""}
 * @param files where the font files are read from
 */
public record Theme(
    String name,
    String description,
    FontFamily body,
    FontFamily heading,
    FontFamily code,
    double baseSize,
    double lineHeight,
    ParagraphStyle paragraphStyle,
    boolean justify,
    boolean hyphenate,
    double headingScale,
    boolean headingBold,
    HeadingCase headingCase,
    Colors light,
    Colors dark,
    Page page,
    String measure,
    Elements elements,
    String extraCss,
    ThemeFiles files) {

  public Theme {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(paragraphStyle, "paragraphStyle");
    Objects.requireNonNull(headingCase, "headingCase");
    Objects.requireNonNull(light, "light");
    Objects.requireNonNull(dark, "dark");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(elements, "elements");
    Objects.requireNonNull(extraCss, "extraCss");
    Objects.requireNonNull(files, "files");
  }

  /** {@return the size in points of a heading of {@code level} (2 is the largest in an article body)} */
  public double headingSize(int level) {
    int steps = Math.max(0, 5 - Math.max(level, 1)); // h5/h6 at base size, h4 one step up, ... h1 four steps
    return baseSize * Math.pow(headingScale, steps);
  }

  /** How paragraphs are separated. */
  public enum ParagraphStyle {
    INDENT,
    SPACED
  }

  /** How a run of text is set apart: upright, bold or italic. */
  public enum Emphasis {
    NORMAL,
    BOLD,
    ITALIC
  }

  /** The lines of a table: rules under the header and between rows, a full grid, or none. */
  public enum TableStyle {
    RULES,
    GRID,
    PLAIN
  }

  /**
   * The styles of the smaller parts of an article.
   *
   * @param byline how the authors' line is set
   * @param dateline how the date and site line is set (always in the muted colour)
   * @param quote how block quotes are set
   * @param captionSize figure and table captions' size, relative to the body size
   * @param captionCentered captions centred under figures, else aligned to the start
   * @param codeSize code's size, relative to the body size
   * @param table the lines of tables
   */
  public record Elements(Emphasis byline, Emphasis dateline, Emphasis quote, double captionSize,
      boolean captionCentered, double codeSize, TableStyle table) {
    public Elements {
      Objects.requireNonNull(byline, "byline");
      Objects.requireNonNull(dateline, "dateline");
      Objects.requireNonNull(quote, "quote");
      Objects.requireNonNull(table, "table");
    }
  }

  /** Letter case of headings. */
  public enum HeadingCase {
    NONE,
    UPPER,
    SMALL_CAPS
  }

  /**
   * A font family with its four faces, each a path relative to the theme folder.
   *
   * @param name the family name used in CSS
   */
  public record FontFamily(String name, String regular, String bold, String italic, String boldItalic) {
    public FontFamily {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(regular, "regular");
      Objects.requireNonNull(bold, "bold");
      Objects.requireNonNull(italic, "italic");
      Objects.requireNonNull(boldItalic, "boldItalic");
    }

    /** {@return the face file for the given weight and style} */
    public String face(boolean isBold, boolean isItalic) {
      return isBold ? (isItalic ? boldItalic : bold) : (isItalic ? italic : regular);
    }
  }

  /** Colours as CSS hex strings ({@code #rrggbb}). */
  public record Colors(
      String text,
      String background,
      String accent,
      String link,
      String muted,
      String rule,
      String quoteBar,
      String codeBackground) {
    public Colors {
      for (String c : new String[] {text, background, accent, link, muted, rule, quoteBar, codeBackground}) {
        Objects.requireNonNull(c, "colour");
      }
    }
  }

  /**
   * A PDF page: size and margins in points (1/72 inch).
   *
   * @param label the size as the theme or user wrote it, e.g. {@code A4}
   */
  public record Page(String label, float width, float height, float top, float right, float bottom, float left) {
    public Page {
      Objects.requireNonNull(label, "label");
    }
  }
}
