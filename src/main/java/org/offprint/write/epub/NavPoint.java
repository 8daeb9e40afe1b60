package org.offprint.write.epub;

import java.util.ArrayList;
import java.util.List;
import org.offprint.write.html.TocHeading;

/** An entry of the table of contents, with its sub-entries. */
record NavPoint(String label, String href, List<NavPoint> children) {
  NavPoint {
    children = List.copyOf(children);
  }

  /**
   * {@return the entry of a chapter: its title, then its headings down to level {@code depth} (the title counts
   * as level 1), nested by level}
   */
  static NavPoint chapter(String title, String file, List<TocHeading> headings, int depth) {
    List<Node> roots = new ArrayList<>();
    List<Node> stack = new ArrayList<>();
    for (TocHeading h : headings) {
      if (h.level() > depth || h.text().isBlank()) continue;
      while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= h.level()) stack.remove(stack.size() - 1);
      Node n = new Node(h.level(), h.text(), file + "#" + h.id());
      (stack.isEmpty() ? roots : stack.get(stack.size() - 1).children).add(n);
      stack.add(n);
    }
    return new NavPoint(title, file, freeze(roots));
  }

  private static List<NavPoint> freeze(List<Node> nodes) {
    List<NavPoint> out = new ArrayList<>();
    for (Node n : nodes) out.add(new NavPoint(n.label, n.href, freeze(n.children)));
    return out;
  }

  /** {@return the number of levels of this entry and its descendants} */
  int depth() {
    int d = 0;
    for (NavPoint c : children) d = Math.max(d, c.depth());
    return d + 1;
  }

  private static final class Node {
    final int level;
    final String label;
    final String href;
    final List<Node> children = new ArrayList<>();

    Node(int level, String label, String href) {
      this.level = level;
      this.label = label;
      this.href = href;
    }
  }
}
