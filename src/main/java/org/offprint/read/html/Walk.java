package org.offprint.read.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;

/**
 * Steps through a subtree in document order without jsoup's node iterator and the streams its queries run on,
 * which check at every node whether the tree changed: the hot searches stop at their first match for less. The
 * tree must not change during a walk.
 */
final class Walk {
  private Walk() {}

  /** {@return the node after {@code n} in document order under {@code root}, or null after the last} */
  static Node following(Node n, Node root) {
    if (n.childNodeSize() > 0) return n.childNode(0);
    for (; n != root; n = n.parentNode()) {
      Node next = n.nextSibling();
      if (next != null) return next;
    }
    return null;
  }

  /**
   * {@return the first element of {@code root}'s subtree, {@code root} included, that {@code query} matches, or
   * null}: what {@code root.selectFirst(query)} gives, for queries without state (tags, attributes, lists of them)
   */
  static Element first(Element root, Evaluator query) {
    for (Node n = root; n != null; n = following(n, root)) {
      if (n instanceof Element e && query.matches(root, e)) return e;
    }
    return null;
  }
}
