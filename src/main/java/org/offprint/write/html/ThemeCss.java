package org.offprint.write.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.offprint.model.Document;
import org.offprint.theme.Theme;

/**
 * Generates the stylesheet of the HTML and EPUB outputs from a theme's tokens, followed by the theme's own
 * {@code style.css}. Stateless and thread-safe.
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

  /**
   * {@return the stylesheet}
   *
   * @param faces the faces to declare with {@code @font-face}
   * @param fontUrl the URL each face's file is referenced by (a relative path or a {@code data:} URI)
   */
  public static String css(Theme theme, Medium medium, List<Face> faces, Function<Face, String> fontUrl) {
    Theme.Colors c = theme.light();
    boolean screen = medium == Medium.SCREEN;
    StringBuilder css = new StringBuilder(4096);
    css.append("/* Generated from the theme '").append(theme.name().replace("*/", "")).append("'. */\n");
    for (Face f : faces) {
      css.append("@font-face {\n  font-family: ").append(quote(f.family())).append(";\n")
          .append("  font-weight: ").append(f.bold() ? "bold" : "normal").append(";\n")
          .append("  font-style: ").append(f.italic() ? "italic" : "normal").append(";\n")
          .append("  src: url(").append(quote(fontUrl.apply(f))).append(") format(\"").append(f.format())
          .append("\");\n}\n");
    }
    String body = quote(theme.body().name()) + ", serif";
    if (screen) {
      css.append(":root { color-scheme: light dark; }\n");
      css.append("html { font-size: ").append(Math.round(theme.baseSize() * 1.6)).append("px; color: ")
          .append(c.text()).append("; background: ").append(c.background()).append("; }\n");
      css.append("body { margin: 0 auto; max-width: ").append(theme.measure())
          .append("; padding: 2em 1.25em 4em; }\n");
    }
    css.append("body { font-family: ").append(body).append("; line-height: ").append(num(theme.lineHeight()))
        .append("; }\n");
    css.append("p { margin: 0; text-indent: 0; }\n");
    if (theme.paragraphStyle() == Theme.ParagraphStyle.INDENT) {
      css.append("p + p { text-indent: 1.5em; }\n");
    } else {
      css.append("p { margin: 0 0 0.8em; }\n");
    }
    if (theme.justify()) css.append("p, li, blockquote { text-align: justify; }\n");
    if (theme.hyphenate()) css.append("p, li, blockquote { -webkit-hyphens: auto; hyphens: auto; }\n");

    css.append("h1, h2, h3, h4, h5, h6 { font-family: ").append(quote(theme.heading().name()))
        .append(", serif; font-weight: ").append(theme.headingBold() ? "bold" : "normal")
        .append("; line-height: 1.2; margin: 1.4em 0 0.5em; text-align: left; text-indent: 0;"
            + " -webkit-hyphens: manual; hyphens: manual; page-break-after: avoid; break-after: avoid;");
    if (theme.headingCase() == Theme.HeadingCase.UPPER) css.append(" text-transform: uppercase; letter-spacing: 0.04em;");
    if (theme.headingCase() == Theme.HeadingCase.SMALL_CAPS) css.append(" font-variant: small-caps;");
    css.append(" }\n");
    css.append("[dir=\"rtl\"] h1, [dir=\"rtl\"] h2, [dir=\"rtl\"] h3, [dir=\"rtl\"] h4, [dir=\"rtl\"] h5,"
        + " [dir=\"rtl\"] h6 { text-align: right; }\n");
    for (int level = 1; level <= 6; level++) {
      css.append("h").append(level).append(" { font-size: ")
          .append(num(theme.headingSize(level) / theme.baseSize())).append("em; }\n");
    }
    // Links are underlined: the theme's link colour need not differ from the text's by 3:1 (WCAG 1.4.1).
    css.append("a { color: ").append(c.link()).append("; text-decoration: underline; }\n");
    // A link that is a web address may break anywhere, so it neither overflows nor stretches a justified line.
    css.append("a.url { word-break: break-all; overflow-wrap: anywhere; }\n");
    css.append(".article-header { margin: 0 0 2em; }\n");
    css.append(".article-header h1 { margin-top: 0; color: ").append(c.accent()).append("; }\n");
    css.append(".subtitle { font-style: italic; font-size: 1.1em; margin: 0 0 0.8em; }\n");
    Theme.Elements el = theme.elements();
    css.append(".byline { ").append(emphasis(el.byline())).append(" margin: 0; }\n");
    css.append(".dateline { ").append(emphasis(el.dateline())).append(" }\n");
    css.append(".dateline, .source { color: ").append(c.muted()).append("; font-size: 0.9em; margin: 0; }\n");
    css.append(".source a { color: inherit; word-break: break-all; }\n");
    css.append(".article-header p { text-indent: 0; text-align: left; }\n");
    // A book on one page: its title block and contents, then one article after another.
    css.append(".book-header { margin: 2em 0 1.5em; }\n");
    css.append(".book-header p, nav.toc li { text-indent: 0; text-align: left; }\n");
    css.append("nav.toc ol { list-style: none; padding-left: 0; margin: 0 0 3em; }\n");
    css.append("nav.toc ol ol { padding-left: 1.5em; margin: 0.2em 0 0.6em; }\n");
    // A part is a heading over its articles in the contents, not one more entry that looks like them.
    css.append("nav.toc a { text-decoration: none; }\n");
    css.append("nav.toc li.part { margin-top: 1.2em; }\n");
    css.append("nav.toc .part-title { display: block; color: ").append(c.accent())
        .append("; font-weight: bold; font-size: 0.85em; text-transform: uppercase; letter-spacing: 0.08em;"
            + " margin-bottom: 0.3em; }\n");
    css.append("nav.toc li.part > ol { padding-left: 0; }\n");
    css.append("article + article { margin-top: 4em; padding-top: 2em; border-top: 1px solid ").append(c.rule())
        .append("; }\n");
    css.append("[dir=\"rtl\"] .article-header p { text-align: right; }\n");

    css.append("blockquote { margin: 1em 0; padding: 0 0 0 1em; border-left: 0.25em solid ").append(c.quoteBar())
        .append("; }\n");
    css.append("[dir=\"rtl\"] blockquote { padding: 0 1em 0 0; border-left: none; border-right: 0.25em solid ")
        .append(c.quoteBar()).append("; }\n");
    css.append("blockquote p { ").append(emphasis(el.quote())).append(" }\n");
    css.append("blockquote .attribution { font-style: normal; font-weight: normal; text-align: right; text-indent: 0; font-size: 0.9em; color: ")
        .append(c.muted()).append("; margin-top: 0.3em; }\n");
    css.append("[dir=\"rtl\"] blockquote .attribution { text-align: left; }\n");
    css.append("blockquote .attribution::before { content: \"\\2014\\00A0\"; }\n");

    String mono = quote(theme.code().name()) + ", monospace";
    css.append("code, pre { font-family: ").append(mono).append("; font-size: ").append(em(el.codeSize()))
        .append("; }\n");
    css.append("code { background: ").append(c.codeBackground()).append("; padding: 0 0.15em; }\n");
    css.append("pre { background: ").append(c.codeBackground()).append("; padding: 0.6em 0.8em; margin: 1em 0;"
        + " white-space: pre-wrap; word-wrap: break-word; text-align: left; line-height: 1.35; }\n");
    css.append("pre code { background: transparent; padding: 0; font-size: 1em; }\n");
    // Each code line is a block: a long one wraps with a hanging indent, not back to the left edge.
    css.append("pre .line { display: block; padding-left: 4ch; text-indent: -4ch; }\n");

    css.append("ul, ol { margin: 0.6em 0; padding-left: 1.6em; }\n");
    css.append("[dir=\"rtl\"] ul, [dir=\"rtl\"] ol { padding-left: 0; padding-right: 1.6em; }\n");
    css.append("li > p { text-indent: 0; }\n");
    css.append("hr { border: none; border-top: 1px solid ").append(c.rule()).append("; margin: 1.5em 25%; }\n");
    css.append("sup, sub { font-size: 0.75em; line-height: 0; }\n");

    css.append("figure { margin: 1.2em 0; text-align: center; page-break-inside: avoid; break-inside: avoid; }\n");
    css.append("figure img { max-width: 100%; height: auto; }\n");
    // Inline images are icons and small formulas; readers turn stand-alone pictures into figures.
    css.append("img.inline { max-width: 100%; max-height: 1.5em; width: auto; vertical-align: middle; }\n");
    css.append("figcaption { font-size: ").append(em(el.captionSize())).append("; color: ").append(c.muted())
        .append("; margin-top: 0.4em; text-align: ").append(el.captionCentered() ? "center" : "start").append("; }\n");
    css.append(".image-missing { font-style: italic; color: ").append(c.muted()).append("; text-indent: 0; }\n");

    css.append("table { border-collapse: collapse; margin: 1em auto; font-size: 0.95em; }\n");
    css.append("caption { font-size: ").append(em(el.captionSize())).append("; color: ").append(c.muted())
        .append("; margin-bottom: 0.4em; }\n");
    String cellLines = switch (el.table()) {
      case RULES -> "border-bottom: 1px solid " + c.rule() + ";";
      case GRID -> "border: 1px solid " + c.rule() + ";";
      case PLAIN -> "border: none;";
    };
    css.append("th, td { padding: 0.25em 0.6em; ").append(cellLines).append(" vertical-align: top; text-align: left; }\n");
    css.append("[dir=\"rtl\"] th, [dir=\"rtl\"] td { text-align: right; }\n");
    css.append("th { font-weight: bold;").append(el.table() == Theme.TableStyle.PLAIN ? "" : " border-bottom-width: 2px;")
        .append(" }\n");
    css.append("th.align-left, td.align-left { text-align: left; }\n");
    css.append("th.align-center, td.align-center { text-align: center; }\n");
    css.append("th.align-right, td.align-right { text-align: right; }\n");

    // A note reference is set apart by being raised; the back link at the head of a note is underlined.
    css.append("a.noteref { text-decoration: none; }\n");
    css.append(".footnotes { margin-top: 2.5em; padding-top: 0.8em; border-top: 1px solid ").append(c.rule())
        .append("; font-size: 0.9em; }\n");
    css.append(".footnotes p { text-indent: 0; margin: 0 0 0.4em; }\n");
    css.append(".footnote { margin: 0 0 0.6em; }\n");
    css.append(".titlepage { text-align: center; margin-top: 20%; }\n");
    css.append(".titlepage p, .titlepage h1 { text-indent: 0; text-align: center; }\n");
    css.append(".cover { margin: 0; padding: 0; text-align: center; }\n");
    css.append(".cover img { max-width: 100%; max-height: 100%; }\n");
    css.append("nav ol { list-style: none; padding-left: 1em; }\n");

    dark(css, theme.dark(), screen);
    if (!theme.extraCss().isBlank()) {
      css.append("/* The theme's style.css */\n").append(theme.extraCss().strip()).append('\n');
    }
    return css.toString();
  }

  private static void dark(StringBuilder css, Theme.Colors d, boolean screen) {
    css.append("@media (prefers-color-scheme: dark) {\n");
    if (screen) {
      css.append("  html { color: ").append(d.text()).append("; background: ").append(d.background())
          .append("; }\n");
    }
    css.append("  a { color: ").append(d.link()).append("; }\n");
    css.append("  .article-header h1, nav.toc .part-title { color: ").append(d.accent()).append("; }\n");
    css.append("  .dateline, .source, figcaption, caption, .image-missing, blockquote .attribution { color: ")
        .append(d.muted()).append("; }\n");
    css.append("  blockquote { border-color: ").append(d.quoteBar()).append("; }\n");
    css.append("  code, pre { background: ").append(d.codeBackground()).append("; }\n");
    css.append("  pre code { background: transparent; }\n");
    css.append("  hr, th, td, .footnotes { border-color: ").append(d.rule()).append("; }\n");
    css.append("}\n");
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
  }

  private static String num(double d) {
    String s = String.format(Locale.ROOT, "%.3f", d);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
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

  private static String emphasis(Theme.Emphasis e) {
    return switch (e) {
      case NORMAL -> "font-weight: normal; font-style: normal;";
      case BOLD -> "font-weight: bold; font-style: normal;";
      case ITALIC -> "font-weight: normal; font-style: italic;";
    };
  }

  private static String em(double ratio) {
    return String.format(java.util.Locale.ROOT, "%.3gem", ratio);
  }
}
