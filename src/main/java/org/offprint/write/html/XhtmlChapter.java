package org.offprint.write.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.offprint.model.Document;

/**
 * Renders a document as an EPUB 3 XHTML content document: well-formed XML, {@code lang} and {@code xml:lang} (and
 * {@code dir="rtl"} for right-to-left languages), unique ASCII ids, only elements and attributes EPUB 3 allows,
 * footnotes as {@code epub:type} noteref/footnote pairs with back links, and no character XML 1.0 forbids.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * XhtmlChapter renderer = XhtmlChapter.builder().stylesheet("style.css").images(Map.of(src, "images/a.png")).build();
 * XhtmlChapter.Chapter chapter = renderer.render(document);
 * }</pre>
 */
public final class XhtmlChapter {
  private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
  private static final String EPUB_NS = "http://www.idpf.org/2007/ops";

  private final List<String> stylesheets;
  private final Map<String, String> images;
  private final String fallbackLanguage;

  private XhtmlChapter(Builder b) {
    stylesheets = List.copyOf(b.stylesheets);
    images = Map.copyOf(b.images);
    fallbackLanguage = b.fallbackLanguage;
  }

  /** {@return a builder: no stylesheet, no images, fallback language {@code und}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A rendered content document.
   *
   * @param title the document's title as shown (never empty)
   * @param language the BCP 47 tag written on the document
   * @param xhtml the XHTML text
   * @param headings the body's top-level headings with the ids they were given, for the table of contents
   */
  public record Chapter(String title, String language, String xhtml, List<TocHeading> headings) {
    public Chapter {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(xhtml, "xhtml");
      headings = List.copyOf(headings);
    }

    /** {@return the XHTML as UTF-8 bytes} */
    public byte[] bytes() {
      return xhtml.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** {@return the document as an XHTML content document} */
  public Chapter render(Document document) {
    Objects.requireNonNull(document, "document");
    String lang = Language.tag(document.metadata().language(), fallbackLanguage);
    String title = ArticleRenderer.title(document.metadata());
    StringBuilder sb = new StringBuilder(8192);
    head(sb, title, lang, stylesheets);
    Markup m = new Markup(sb);
    m.open("body").nl();
    List<TocHeading> headings = ArticleRenderer.render(m, document, lang, images, Dialect.EPUB);
    m.close("body").nl().close("html").nl();
    return new Chapter(title, lang, sb.toString(), headings);
  }

  /**
   * {@return the chapter {@link #render} gives for {@code document}, made from the XHTML an earlier render of the
   * same document gave (the headings found without rendering), or empty when {@code xhtml} cannot be that: its
   * head names another title, language or stylesheets, or its images are not the ones this renderer links}
   */
  public java.util.Optional<Chapter> earlier(Document document, String xhtml) {
    Objects.requireNonNull(document, "document");
    String lang = Language.tag(document.metadata().language(), fallbackLanguage);
    String title = ArticleRenderer.title(document.metadata());
    StringBuilder head = new StringBuilder(512);
    head(head, title, lang, stylesheets);
    if (!xhtml.startsWith(head.append("<body>\n").toString())) return java.util.Optional.empty();
    java.util.Set<String> linked = new java.util.HashSet<>();
    java.util.regex.Matcher m = IMG_SRC.matcher(xhtml);
    while (m.find()) linked.add(m.group(1));
    java.util.Set<String> hrefs = new java.util.HashSet<>();
    for (Images.Use use : Images.uses(document)) {
      String href = images.get(use.src());
      if (href != null) hrefs.add(Xml.attr(href));
    }
    if (!linked.equals(hrefs)) return java.util.Optional.empty();
    return java.util.Optional.of(new Chapter(title, lang, xhtml, Outline.of(document)));
  }

  private static final java.util.regex.Pattern IMG_SRC = java.util.regex.Pattern.compile("<img [^>]*?src=\"([^\"]*)\"");

  /**
   * {@return a complete XHTML content document around {@code bodyMarkup}, for pages such as a cover, a title page
   * or a navigation document}
   *
   * @param bodyMarkup well-formed XHTML for the inside of {@code <body>}; its text must already be escaped
   * @param bodyType the body's {@code epub:type}, or {@code ""}
   */
  public static String page(String title, String language, List<String> stylesheets, String bodyType,
      String bodyMarkup) {
    StringBuilder sb = new StringBuilder(1024 + bodyMarkup.length());
    head(sb, Xml.clean(title).strip().isEmpty() ? ArticleRenderer.UNTITLED : title, language, stylesheets);
    Markup m = new Markup(sb);
    m.open("body", "epub:type", bodyType.isEmpty() ? null : bodyType).nl();
    m.raw(bodyMarkup);
    m.close("body").nl().close("html").nl();
    return sb.toString();
  }

  private static void head(StringBuilder sb, String title, String lang, List<String> stylesheets) {
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
    Markup m = new Markup(sb);
    m.open("html", "xmlns", XHTML_NS, "xmlns:epub", EPUB_NS, "lang", lang, "xml:lang", lang,
        "dir", Language.rightToLeft(lang) ? "rtl" : null).nl();
    m.open("head").nl();
    m.element("title", title.strip()).nl();
    for (String css : stylesheets) m.empty("link", "rel", "stylesheet", "type", "text/css", "href", css).nl();
    m.close("head").nl();
  }

  /** Builds an {@link XhtmlChapter}. Not thread-safe. */
  public static final class Builder {
    private final List<String> stylesheets = new ArrayList<>();
    private Map<String, String> images = Map.of();
    private String fallbackLanguage = "und";

    private Builder() {}

    /** Links a stylesheet by its href relative to the document; may be called several times. */
    public Builder stylesheet(String href) {
      stylesheets.add(Objects.requireNonNull(href, "href"));
      return this;
    }

    /** Sets the href of each image URI; images without one are shown as their alt text and caption. */
    public Builder images(Map<String, String> hrefBySrc) {
      images = Map.copyOf(hrefBySrc);
      return this;
    }

    /** Sets the language written when the document's is unknown or malformed (default {@code und}). */
    public Builder fallbackLanguage(String tag) {
      fallbackLanguage = Objects.requireNonNull(tag, "tag");
      return this;
    }

    public XhtmlChapter build() {
      return new XhtmlChapter(this);
    }
  }
}
