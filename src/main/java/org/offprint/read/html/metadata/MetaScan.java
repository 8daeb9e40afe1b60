package org.offprint.read.html.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The elements the metadata reader looks at, gathered in one walk over the page rather than one selector query
 * per field. Each list is in document order and matches what the selector in its comment would return.
 */
final class MetaScan {
  private static final Pattern JSON_LD = Pattern.compile("(?i)application/ld\\+json");
  private static final Pattern CANONICAL = Pattern.compile("(?i)^canonical$");

  /** {@code meta[content]} */
  final List<Element> metas = new ArrayList<>();
  /** {@code script[type~=(?i)application/ld\+json]} */
  final List<Element> jsonLd = new ArrayList<>();
  /** {@code h1, [itemprop=headline]} */
  final List<Element> headlines = new ArrayList<>();
  /** {@code [itemprop=datePublished], time} */
  final List<Element> dates = new ArrayList<>();
  /** The first {@code link[rel~=(?i)^canonical$][href]}, or null. */
  Element canonical;
  /** The first {@code link[rel=image_src][href]}, or null. */
  Element imageSrc;
  /** The first {@code [itemprop=articleBody], article, main, [role=main]}, or null. */
  Element articleRoot;
  /** The first {@code html} element, or null. */
  Element html;

  private MetaScan() {}

  static MetaScan of(Document page) {
    MetaScan s = new MetaScan();
    // from element to element in document order: the text nodes, most of a page's nodes, are stepped over
    for (Element e = page; e != null; e = nextElement(e, page)) s.visit(e);
    return s;
  }

  /** {@return the element after {@code e} in document order under {@code root}, or null after the last} */
  private static Element nextElement(Element e, Element root) {
    Element child = e.firstElementChild();
    if (child != null) return child;
    for (; e != root; e = e.parent()) {
      Element next = e.nextElementSibling();
      if (next != null) return next;
    }
    return null;
  }

  private void visit(Element e) {
    String tag = e.normalName();
    // attr gives "" without a look when the element has no attributes: no count of them first
    String itemprop = e.attr("itemprop");
    switch (tag) {
      case "meta" -> {
        if (e.hasAttr("content")) metas.add(e);
      }
      case "script" -> {
        if (e.hasAttr("type") && JSON_LD.matcher(e.attr("type")).find()) jsonLd.add(e);
      }
      case "link" -> {
        if (e.hasAttr("href") && e.hasAttr("rel")) {
          String rel = e.attr("rel");
          if (canonical == null && CANONICAL.matcher(rel).find()) canonical = e;
          if (imageSrc == null && rel.equalsIgnoreCase("image_src")) imageSrc = e;
        }
      }
      case "html" -> {
        if (html == null) html = e;
      }
      default -> { }
    }
    // the selectors' [attr=value] compares case-insensitively, without trimming
    if (tag.equals("h1") || itemprop.equalsIgnoreCase("headline")) headlines.add(e);
    if (tag.equals("time") || itemprop.equalsIgnoreCase("datePublished")) dates.add(e);
    if (articleRoot == null && (tag.equals("article") || tag.equals("main")
        || itemprop.equalsIgnoreCase("articleBody") || e.attr("role").equalsIgnoreCase("main"))) {
      articleRoot = e;
    }
  }
}
