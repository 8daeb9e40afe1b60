package org.offprint.read.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The byline cues of one page's body, in document order: the elements marked as bylines
 * ({@link MetaAuthors#isByline}) and the "By" lines ({@link MetaAuthors#byLine}). Both {@link MetaAuthors} and
 * {@link MetaByline} read them, so each list is gathered once, on first use, in one walk of the body.
 */
final class BylineCues {
  private final Element body;
  private List<Element> marked;
  private List<Element> byLines;

  private BylineCues(Element body, List<Element> marked) {
    this.body = body;
    this.marked = marked;
  }

  /** {@return the cues of {@code page}'s body; none when it has no body} */
  static BylineCues of(Document page) {
    return new BylineCues(page.body(), null);
  }

  /** {@return the cues of {@code page}'s body, with the marked elements its {@code scan} found on its walk} */
  static BylineCues of(Document page, MetaScan scan) {
    return new BylineCues(page.body(), scan.bylines);
  }

  /** {@return the body and the elements under it that are marked as bylines, the body first} */
  List<Element> marked() {
    if (marked == null) {
      List<Element> out = new ArrayList<>();
      if (body != null) {
        NodeTraversor.traverse((Node node, int depth) -> {
          if (node instanceof Element e && MetaAuthors.isByline(e)) out.add(e);
        }, body);
      }
      marked = out;
    }
    return marked;
  }

  /** {@return the elements that the body's text nodes open as "By" lines, without an element twice in a row} */
  List<Element> byLines() {
    if (byLines == null) {
      List<Element> out = new ArrayList<>();
      if (body != null) {
        NodeTraversor.traverse((Node node, int depth) -> {
          if (!(node instanceof TextNode t) || t.isBlank()) return;
          Element e = MetaAuthors.byLine(t);
          if (e != null && (out.isEmpty() || out.get(out.size() - 1) != e)) out.add(e);
        }, body);
      }
      byLines = out;
    }
    return byLines;
  }
}
