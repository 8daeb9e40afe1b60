package org.offprint.write.html;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.offprint.model.Document;
import org.offprint.model.Metadata;
import org.offprint.write.Labels;

/** Renders a document's {@code <article>}: header (title, subtitle, byline, dateline, source), body and notes. */
final class ArticleRenderer {
  /** The title shown when a document has none. */
  static final String UNTITLED = "Untitled";

  private ArticleRenderer() {}

  /** {@return the top-level headings, after appending the article to {@code m}} */
  static List<TocHeading> render(Markup m, Document doc, String language, Map<String, String> images,
      Dialect dialect) {
    return render(m, doc, language, images, dialect, "");
  }

  /**
   * As {@link #render(Markup, Document, String, Map, Dialect)}, for one article among several on a page: its
   * ids start with {@code idPrefix}, and the article element itself has the id {@code idPrefix + "article"}.
   */
  static List<TocHeading> render(Markup m, Document doc, String language, Map<String, String> images,
      Dialect dialect, String idPrefix) {
    Metadata md = doc.metadata();
    // In a page of several articles each names its own language (WCAG 3.1.2); a content document names it once.
    m.open("article", "class", "article", "id", idPrefix.isEmpty() ? null : idPrefix + "article",
        "lang", dialect.articleLanguage(language)).nl();
    m.open("header", "class", "article-header").nl();
    m.element("h1", title(md), "class", "title").nl();
    if (!md.subtitle().isBlank()) m.element("p", md.subtitle(), "class", "subtitle").nl();
    if (!md.authors().isEmpty()) m.element("p", String.join(", ", md.authors()), "class", "byline").nl();
    if (!md.published().isEmpty() || !md.site().isBlank()) {
      m.open("p", "class", "dateline");
      md.publishedDate().ifPresent(date -> m.element("time",
          date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Language.locale(language))),
          "datetime", md.published()));
      if (!md.published().isEmpty() && !md.site().isBlank()) m.text(" · ");
      if (!md.site().isBlank()) m.element("span", md.site(), "class", "site");
      m.close("p").nl();
    }
    String source = sourceHref(md.source());
    if (source != null) {
      m.open("p", "class", "source").open("a", "href", source).text(md.source().strip()).close("a").close("p").nl();
    }
    m.close("header").nl();
    BodyRenderer body = new BodyRenderer(m, new Anchors(doc, idPrefix), images, dialect, Labels.of(language));
    body.blocks(doc.blocks());
    // On a page of several articles each notes landmark needs a name of its own.
    String notes = Labels.of(language).get(Labels.Key.NOTES);
    body.footnotes(doc.footnotes(), idPrefix.isEmpty() ? notes : notes + ": " + title(md));
    m.close("article").nl();
    return body.outline();
  }

  /** {@return the document's title cleaned for XML, or {@link #UNTITLED}} */
  static String title(Metadata md) {
    String t = Xml.clean(md.title()).strip();
    return t.isEmpty() ? UNTITLED : t;
  }

  private static String sourceHref(String source) {
    String s = source.strip();
    if (!(s.startsWith("http://") || s.startsWith("https://"))) return null;
    return org.offprint.model.Urls.repair(s).orElse(null);
  }
}
