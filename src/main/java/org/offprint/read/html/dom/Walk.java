package org.offprint.read.html.dom;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Steps through a subtree in document order without jsoup's node iterator and the streams its queries run on,
 * which check at every node whether the tree changed: the hot searches stop at their first match for less. The
 * tree must not change during a walk. Each own loop here is measured against jsoup's way in {@code bench/jmh};
 * {@link #filter}, which did not pay, is jsoup's own.
 */
public final class Walk {
  private Walk() {}

  /**
   * {@return how many elements are children of {@code e}, counting no further than {@code atMost}}: jsoup's
   * {@code childrenSize()} builds (and keeps) the list of them, which a walk that asks every element pays for
   */
  public static int elementChildren(Element e, int atMost) {
    int n = 0;
    for (int i = 0, size = e.childNodeSize(); i < size && n < atMost; i++) {
      if (e.childNode(i) instanceof Element) n++;
    }
    return n;
  }

  /**
   * {@return the element children of {@code e}, in order, in a list of their own}: what jsoup's {@code children()}
   * gives, without the stream over the child nodes that it runs to build its list
   */
  public static List<Element> childElements(Element e) {
    List<Element> out = new ArrayList<>();
    for (int i = 0, size = e.childNodeSize(); i < size; i++) {
      if (e.childNode(i) instanceof Element c) out.add(c);
    }
    return out;
  }

  /**
   * Calls {@code visitor} on every node of {@code root}'s subtree as {@link NodeTraversor#traverse} does (head
   * before the children, tail after them, with the depth below {@code root}), for visitors that leave the tree as
   * it is: without jsoup's checks for nodes the visitor removed or replaced.
   */
  public static void traverse(NodeVisitor visitor, Node root) {
    Node n = root;
    int depth = 0;
    while (true) {
      visitor.head(n, depth);
      if (n.childNodeSize() > 0) {
        n = n.childNode(0);
        depth++;
        continue;
      }
      while (true) { // n has no children left to visit: close it, then go to its next sibling or close its parent
        visitor.tail(n, depth);
        if (n == root) return;
        Node next = n.nextSibling();
        if (next != null) {
          n = next;
          break;
        }
        n = n.parentNode();
        depth--;
      }
    }
  }

  /**
   * Runs {@code filter} over {@code root}'s subtree: jsoup's {@link NodeTraversor#filter}, which an own loop here
   * did not beat (bench/jmh: 0.97x on the repository's pages, 1.08x on real ones).
   */
  public static void filter(NodeFilter filter, Node root) {
    NodeTraversor.filter(filter, root);
  }


  /** {@return whether {@code a} is an ancestor of {@code e}: {@code e} lies under it, and is not it} */
  public static boolean isAncestor(Element a, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) if (p == a) return true;
    return false;
  }

  /** {@return the node after {@code n} in document order under {@code root}, or null after the last} */
  public static Node following(Node n, Node root) {
    return n.childNodeSize() > 0 ? n.childNode(0) : after(n, root);
  }

  /** {@return the node after {@code n} and its subtree in document order under {@code root}, or null} */
  public static Node after(Node n, Node root) {
    for (; n != root; n = n.parentNode()) {
      Node next = n.nextSibling();
      if (next != null) return next;
    }
    return null;
  }

  /**
   * {@return the elements of {@code root}'s subtree, {@code root} included, that {@code query} matches, in document
   * order}: what {@code root.select(query)} gives, for queries without state (tags, attributes, lists of them)
   */
  public static List<Element> all(Element root, Evaluator query) {
    List<Element> out = new ArrayList<>();
    for (Node n = root; n != null; n = following(n, root)) {
      if (n instanceof Element e && query.matches(root, e)) out.add(e);
    }
    return out;
  }

  /**
   * {@return the first element of {@code root}'s subtree, {@code root} included, that {@code query} matches, or
   * null}: what {@code root.selectFirst(query)} gives, for queries without state (tags, attributes, lists of them)
   */
  public static Element first(Element root, Evaluator query) {
    for (Node n = root; n != null; n = following(n, root)) {
      if (n instanceof Element e && query.matches(root, e)) return e;
    }
    return null;
  }

  /**
   * {@return a query for the elements whose tag is one of {@code names} (lower case)}: what jsoup's query
   * {@code "name, name"} matches, by one set lookup of the tag rather than a list of evaluators, for the tag queries
   * that the stages run on every element
   */
  public static Evaluator tags(String... names) {
    return new Tags(Set.of(names));
  }

  private static final class Tags extends Evaluator {
    private final Set<String> names;

    Tags(Set<String> names) {
      this.names = names;
    }

    @Override
    public boolean matches(Element root, Element element) {
      return names.contains(element.normalName());
    }

    @Override
    public String toString() {
      return String.join(", ", names);
    }
  }
}
