package org.offprint.write.epub;

import java.util.List;
import org.offprint.write.Labels;
import org.offprint.write.html.Xml;
import org.offprint.write.html.XhtmlChapter;

/** Writes the EPUB 3 navigation document and the EPUB 2 NCX from the same table of contents. */
final class Navigation {
  private Navigation() {}

  /**
   * A landmark of the navigation document.
   *
   * @param type the {@code epub:type}, e.g. {@code bodymatter}
   */
  record Landmark(String type, String label, String href) {}

  /**
   * {@return the navigation document: the contents (parts as headings over their articles, each label in its
   * own language) and the landmarks, headed in the book's language}
   */
  static String navDocument(String title, String language, List<String> stylesheets, List<NavPoint> toc,
      List<Landmark> landmarks) {
    Labels labels = Labels.of(language);
    StringBuilder b = new StringBuilder();
    b.append("<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\" class=\"toc\">\n<h1>")
        .append(Xml.text(labels.get(Labels.Key.CONTENTS))).append("</h1>\n");
    list(b, toc);
    b.append("</nav>\n<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<h2>")
        .append(Xml.text(labels.get(Labels.Key.LANDMARKS))).append("</h2>\n<ol>\n");
    for (Landmark l : landmarks) {
      b.append("<li><a epub:type=\"").append(l.type()).append("\" href=\"").append(Xml.attr(l.href())).append("\">")
          .append(Xml.text(l.label())).append("</a></li>\n");
    }
    b.append("</ol>\n</nav>\n");
    return XhtmlChapter.page(title, language, stylesheets, "", b.toString());
  }

  private static void list(StringBuilder b, List<NavPoint> points) {
    b.append("<ol>\n");
    for (NavPoint p : points) {
      String lang = p.language().isEmpty() ? ""
          : " lang=\"" + Xml.attr(p.language()) + "\" xml:lang=\"" + Xml.attr(p.language()) + "\"";
      // A part is a heading over its articles, not one more link beside them (EPUB 3 allows a span label
      // when a list follows).
      if (p.part() && !p.children().isEmpty()) {
        b.append("<li class=\"part\"><span class=\"part-title\"").append(lang).append(">").append(Xml.text(p.label()))
            .append("</span>");
      } else {
        b.append("<li><a href=\"").append(Xml.attr(p.href())).append("\"").append(lang).append(">")
            .append(Xml.text(p.label())).append("</a>");
      }
      if (!p.children().isEmpty()) {
        b.append('\n');
        list(b, p.children());
      }
      b.append("</li>\n");
    }
    b.append("</ol>\n");
  }

  static String ncx(String identifier, String title, String language, List<NavPoint> toc) {
    int depth = 1;
    for (NavPoint p : toc) depth = Math.max(depth, p.depth());
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" xml:lang=\"")
        .append(Xml.attr(language)).append("\">\n<head>\n")
        .append("<meta name=\"dtb:uid\" content=\"").append(Xml.attr(identifier)).append("\"/>\n")
        .append("<meta name=\"dtb:depth\" content=\"").append(depth).append("\"/>\n")
        .append("<meta name=\"dtb:totalPageCount\" content=\"0\"/>\n")
        .append("<meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n</head>\n")
        .append("<docTitle><text>").append(Xml.text(title)).append("</text></docTitle>\n<navMap>\n");
    points(b, toc, new int[] {0}, new java.util.HashMap<>());
    b.append("</navMap>\n</ncx>\n");
    return b.toString();
  }

  /** Entries that point at the same place (a book part and its first article) share one playOrder, as NCX asks. */
  private static void points(StringBuilder b, List<NavPoint> points, int[] count, java.util.Map<String, Integer> order) {
    for (NavPoint p : points) {
      int n = ++count[0];
      int play = order.computeIfAbsent(p.href(), h -> order.size() + 1);
      b.append("<navPoint id=\"np-").append(n).append("\" playOrder=\"").append(play).append("\">")
          .append("<navLabel><text>").append(Xml.text(p.label())).append("</text></navLabel>")
          .append("<content src=\"").append(Xml.attr(p.href())).append("\"/>\n");
      points(b, p.children(), count, order);
      b.append("</navPoint>\n");
    }
  }
}
