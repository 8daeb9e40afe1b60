package org.offprint.write.epub;

import java.util.ArrayList;
import java.util.List;
import org.offprint.write.html.TocHeading;

/**
 * An entry of the table of contents, with its sub-entries.
 *
 * @param language the label's language when it differs from the book's (a chapter in another language), else
 *     {@code ""}
 * @param part whether the entry is a part of a book, which the contents show as a heading over its articles
 */
record NavPoint(String label, String href, List<NavPoint> children, String language, boolean part) {
  NavPoint {
    children = List.copyOf(children);
  }

  NavPoint(String label, String href, List<NavPoint> children) {
    this(label, href, children, "", false);
  }

  /** {@return this entry and its sub-entries with their labels marked as being in {@code lang}} */
  NavPoint inLanguage(String lang) {
    return new NavPoint(label, href, children.stream().map(c -> c.inLanguage(lang)).toList(), lang, part);
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

  /**
   * {@return the chapters grouped under their book parts}: a part with a title becomes an entry (linking to its
   * first chapter) holding its chapters; chapters before the first part or in an untitled part stay at the top
   */
  static List<NavPoint> grouped(List<NavPoint> chapters, List<org.offprint.model.Book.Part> parts) {
    List<NavPoint> out = new ArrayList<>();
    int next = 0;
    for (int p = 0; p <= parts.size(); p++) {
      int start = p == 0 ? 0 : parts.get(p - 1).start();
      int end = p == parts.size() ? chapters.size() : parts.get(p).start();
      if (start >= end) continue;
      List<NavPoint> members = chapters.subList(Math.max(start, next), end);
      String title = p == 0 ? "" : parts.get(p - 1).title().strip();
      if (title.isEmpty()) out.addAll(members);
      else out.add(new NavPoint(title, members.get(0).href(), members, "", true));
      next = end;
    }
    return out;
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
