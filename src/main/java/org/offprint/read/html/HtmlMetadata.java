package org.offprint.read.html;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.offprint.model.Metadata;
import org.offprint.read.Source;

/** Reads an article's metadata from the page's head and markup. */
final class HtmlMetadata {
  private HtmlMetadata() {}

  /** {@return the metadata found in {@code page}} */
  static Metadata extract(Document page, Source source) {
    Metadata.Builder b = Metadata.builder();
    String og = meta(page, "og:title");
    b.title(!og.isEmpty() ? og : page.title().trim());
    String author = meta(page, "author");
    if (!author.isEmpty()) b.authors(List.of(author));
    Element html = page.selectFirst("html");
    if (html != null) b.language(html.attr("lang").trim());
    b.site(meta(page, "og:site_name"));
    b.description(meta(page, "description"));
    return b.build();
  }

  private static String meta(Document page, String name) {
    Element e = page.selectFirst("meta[name=" + name + "], meta[property=" + name + "]");
    return e == null ? "" : e.attr("content").trim();
  }
}
