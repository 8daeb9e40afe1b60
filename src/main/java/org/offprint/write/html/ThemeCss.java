package org.offprint.write.html;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.offprint.model.Document;
import org.offprint.theme.Theme;

/**
 * The stylesheet of the HTML and EPUB outputs: the resource {@code base.css} with a theme's tokens filled in,
 * followed by the theme's own {@code style.css}. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<ThemeCss.Face> faces = ThemeCss.faces(theme, List.of(doc));
 * String css = ThemeCss.css(theme, ThemeCss.Medium.BOOK, face -> "fonts/" + face.fileName());
 * }</pre>
 */
public final class ThemeCss {
  private ThemeCss() {}

  /** Where the stylesheet is used. */
  public enum Medium {
    /** A browser window: page colours, a measure, a base size in px, a light and a dark scheme. */
    SCREEN,
    /** An e-book: the reading system owns page colour, margins and text size, so none are set. */
    BOOK
  }

  /**
   * One font file the stylesheet declares with {@code @font-face}.
   *
   * @param family the CSS family name
   * @param path the file's path in the theme folder
   * @param bold whether it is the bold weight
   * @param italic whether it is the italic style
   */
  public record Face(String family, String path, boolean bold, boolean italic) {
    public Face {
      Objects.requireNonNull(family, "family");
      Objects.requireNonNull(path, "path");
    }

    /** {@return the file's name without folders} */
    public String fileName() {
      return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@return the CSS font format name, from the file extension} */
    public String format() {
      String p = path.toLowerCase(Locale.ROOT);
      if (p.endsWith(".otf")) return "opentype";
      if (p.endsWith(".woff2")) return "woff2";
      if (p.endsWith(".woff")) return "woff";
      return "truetype";
    }

    /** {@return the media type of the font file} */
    public String mediaType() {
      return switch (format()) {
        case "opentype" -> "font/otf";
        case "woff2" -> "font/woff2";
        case "woff" -> "font/woff";
        default -> "font/ttf";
      };
    }
  }

  /**
   * {@return the faces the documents need with this theme's stylesheet, without duplicates, in a stable order}
   * Body regular is always there; bold, italic and code faces only when some text uses them.
   */
  public static List<Face> faces(Theme theme, List<Document> documents) {
    FaceUsage usage = new FaceUsage(theme.elements());
    for (Document d : documents) usage.scan(d);
    return faces(theme, usage);
  }

  /** {@return every face the stylesheet may declare, in the order of {@link #faces}: those of a text using all} */
  public static List<Face> allFaces(Theme theme) {
    FaceUsage usage = new FaceUsage(theme.elements());
    usage.bold = usage.italic = usage.boldItalic = usage.headingItalic = usage.code = usage.codeBold = true;
    return faces(theme, usage);
  }

  private static List<Face> faces(Theme theme, FaceUsage usage) {
    Map<String, Face> faces = new LinkedHashMap<>();
    add(faces, theme.body(), false, false);
    if (usage.bold) add(faces, theme.body(), true, false);
    if (usage.italic) add(faces, theme.body(), false, true);
    if (usage.boldItalic) add(faces, theme.body(), true, true);
    add(faces, theme.heading(), theme.headingBold(), false);
    if (usage.headingItalic) add(faces, theme.heading(), theme.headingBold(), true);
    if (usage.code) add(faces, theme.code(), false, false);
    if (usage.codeBold) add(faces, theme.code(), true, false);
    return List.copyOf(faces.values());
  }

  private static void add(Map<String, Face> faces, Theme.FontFamily family, boolean bold, boolean italic) {
    faces.putIfAbsent(family.name() + "/" + bold + "/" + italic,
        new Face(family.name(), family.face(bold, italic), bold, italic));
  }

  private static final CssTemplate BASE = CssTemplate.resource("base.css");
  private static final CssTemplate FONT_FACE = CssTemplate.resource("font-face.css");

  /**
   * {@return the stylesheet: a header naming the theme, one {@code @font-face} rule per face, {@code base.css}
   * with the theme's tokens filled in, then the theme's own {@code style.css}}
   *
   * @param faces the faces to declare with {@code @font-face}
   * @param fontUrl the URL each face's file is referenced by (a relative path or a {@code data:} URI)
   */
  public static String css(Theme theme, Medium medium, List<Face> faces, Function<Face, String> fontUrl) {
    StringBuilder css = new StringBuilder(4096);
    css.append("/* Generated from the theme '").append(theme.name().replace("*/", "")).append("'. */\n");
    for (Face f : faces) {
      css.append(FONT_FACE.render(Map.of("family", quote(f.family()), "weight", f.bold() ? "bold" : "normal",
          "style", f.italic() ? "italic" : "normal", "url", quote(fontUrl.apply(f)),
          "format", quote(f.format())), Set.of()));
    }
    css.append(BASE.render(tokens(theme), flags(theme, medium)));
    if (!theme.extraCss().isBlank()) {
      css.append("/* The theme's style.css */\n").append(theme.extraCss().strip()).append('\n');
    }
    return css.toString();
  }

  /** {@return the values base.css refers to as {@code var(--name)}} */
  private static Map<String, String> tokens(Theme theme) {
    Map<String, String> t = new HashMap<>();
    t.put("base-px", Math.round(theme.baseSize() * 1.6) + "px");
    t.put("measure", theme.measure());
    t.put("body-font", quote(theme.body().name()) + ", serif");
    t.put("heading-font", quote(theme.heading().name()) + ", serif");
    t.put("code-font", quote(theme.code().name()) + ", monospace");
    t.put("line-height", num(theme.lineHeight()));
    t.put("heading-weight", theme.headingBold() ? "bold" : "normal");
    for (int level = 1; level <= 6; level++) {
      t.put("h" + level + "-size", num(theme.headingSize(level) / theme.baseSize()) + "em");
    }
    colors(t, "", theme.light());
    colors(t, "dark-", theme.dark());
    Theme.Elements el = theme.elements();
    emphasis(t, "byline", el.byline());
    emphasis(t, "dateline", el.dateline());
    emphasis(t, "quote", el.quote());
    t.put("code-size", em(el.codeSize()));
    t.put("caption-size", em(el.captionSize()));
    t.put("caption-align", el.captionCentered() ? "center" : "start");
    return t;
  }

  private static void colors(Map<String, String> t, String prefix, Theme.Colors c) {
    t.put(prefix + "text", c.text());
    t.put(prefix + "background", c.background());
    t.put(prefix + "accent", c.accent());
    t.put(prefix + "link", c.link());
    t.put(prefix + "muted", c.muted());
    t.put(prefix + "rule", c.rule());
    t.put(prefix + "quote-bar", c.quoteBar());
    t.put(prefix + "code-background", c.codeBackground());
  }

  private static void emphasis(Map<String, String> t, String element, Theme.Emphasis e) {
    t.put(element + "-weight", e == Theme.Emphasis.BOLD ? "bold" : "normal");
    t.put(element + "-style", e == Theme.Emphasis.ITALIC ? "italic" : "normal");
  }

  /** {@return the parts of base.css this theme and medium keep} */
  private static Set<String> flags(Theme theme, Medium medium) {
    Set<String> f = new HashSet<>();
    if (medium == Medium.SCREEN) f.add("screen");
    f.add(theme.paragraphStyle() == Theme.ParagraphStyle.INDENT ? "indent" : "spaced");
    if (theme.justify()) f.add("justify");
    if (theme.hyphenate()) f.add("hyphenate");
    if (theme.headingCase() == Theme.HeadingCase.UPPER) f.add("upper");
    if (theme.headingCase() == Theme.HeadingCase.SMALL_CAPS) f.add("small-caps");
    f.add(theme.elements().table().name().toLowerCase(Locale.ROOT));
    return f;
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
  }

  /**
   * {@return {@code d} to three decimals, without trailing zeros}: as {@code String.format(Locale.ROOT, "%.3f", d)}
   * rounds it (half up, from the shortest decimal that gives the double), without the Formatter, which cost a cold
   * convert 4-5 ms
   */
  static String num(double d) {
    if (!Double.isFinite(d)) return String.format(Locale.ROOT, "%.3f", d);
    BigDecimal b = BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    String s = b.signum() == 0 ? "0" : b.toPlainString();
    return Double.doubleToRawLongBits(d) < 0 && s.equals("0") ? "-0" : s;
  }

  /** Finds which faces a document's text uses. */
  private static final class FaceUsage {
    boolean bold, italic, boldItalic, headingItalic, code, codeBold;
    private final Theme.Elements elements;

    FaceUsage(Theme.Elements elements) {
      this.elements = elements;
    }

    private void use(Theme.Emphasis e) {
      if (e == Theme.Emphasis.BOLD) bold = true;
      if (e == Theme.Emphasis.ITALIC) italic = true;
    }

    private static boolean hasQuote(List<org.offprint.model.Block> blocks) {
      for (org.offprint.model.Block b : blocks) {
        if (b instanceof org.offprint.model.Quote) return true;
        if (b instanceof org.offprint.model.ListBlock l) {
          for (org.offprint.model.ListBlock.Item i : l.items()) if (hasQuote(i.content())) return true;
        }
      }
      return false;
    }

    void scan(Document d) {
      if (!d.metadata().subtitle().isBlank()) italic = true;
      if (!d.metadata().authors().isEmpty()) use(elements.byline());
      if (!d.metadata().published().isEmpty() || !d.metadata().site().isBlank()) use(elements.dateline());
      if (hasQuote(d.blocks())) use(elements.quote());
      ModelWalk.walk(d, new ModelWalk.Listener() {
        @Override
        public void leaf(org.offprint.model.Inline inline, boolean inBold, boolean inItalic, boolean inHeading) {
          if (inline instanceof org.offprint.model.Code) {
            code = true;
            codeBold |= inBold;
          } else if (inHeading) {
            headingItalic |= inItalic;
          } else if (inBold && inItalic) {
            boldItalic = true;
          } else if (inBold) {
            bold = true;
          } else if (inItalic) {
            italic = true;
          }
        }

        @Override
        public void codeBlock() {
          code = true;
        }

        @Override
        public void tableHead() {
          bold = true;
        }
      });
    }
  }

  /** {@return the ratio as {@code String.format(Locale.ROOT, "%.3gem", ratio)} gives it, without the Formatter} */
  static String em(double ratio) {
    if (!(ratio >= 1e-4 && ratio < 999.5)) return String.format(Locale.ROOT, "%.3gem", ratio); // not in decimal form
    BigDecimal b = BigDecimal.valueOf(ratio).round(new MathContext(3, RoundingMode.HALF_UP));
    // three significant digits, trailing zeros kept
    return b.setScale(3 - (b.precision() - b.scale())).toPlainString() + "em";
  }
}
