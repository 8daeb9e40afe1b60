package org.offprint.read.html.mapping;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Flattens absurdly deep markup into text so that the later, recursive mapping stages stay within a small, fixed
 * depth whatever the page does. Real articles nest a few dozen levels; what lies deeper keeps its words and loses
 * its structure.
 */
public final class DepthLimiter {
  /** The deepest element level kept with its structure. */
  public static final int MAX_DEPTH = 160;

  private DepthLimiter() {}

  /** Flattens the elements of {@code root} deeper than {@link #MAX_DEPTH}; {@return how many were flattened} */
  static int limit(Element root) {
    List<Element> deep = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (depth >= MAX_DEPTH && node instanceof Element e) {
          deep.add(e);
          return FilterResult.SKIP_CHILDREN;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, root);
    flatten(deep);
    return deep.size();
  }

  /** Replaces the content of each element with its text. */
  public static void flatten(List<Element> deep) {
    for (Element e : deep) {
      String text = e.text(); // jsoup collects text without recursion
      e.empty();
      e.appendChild(new TextNode(" " + text + " "));
    }
  }
}
