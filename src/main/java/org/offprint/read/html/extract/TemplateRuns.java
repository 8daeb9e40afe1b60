package org.offprint.read.html.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.offprint.read.html.dom.TextStats;
import org.offprint.read.html.dom.Walk;

/**
 * Joins an article that a page builder printed as a run of chunks of one template: each chunk a block of the same
 * tag and class, holding the text in an element of the same tag and class as the chosen one at the same depth
 * ({@code div.content-wrapper > div.row > div.text}, once per section of the article), with other things (a
 * box of links, a table of facts) beside the text in each chunk. The scoring chooses one chunk's text; the others
 * are its continuation when they are prose too.
 */
final class TemplateRuns {
  private TemplateRuns() {}

  /** How far above the chosen element a chunk may start. */
  private static final int LEVELS = 4;
  /** The shortest text of another chunk's prose. */
  private static final int MIN_TEXT = 100;
  /** The most link text in another chunk's prose. */
  private static final double MAX_LINKS = 0.25;

  /**
   * {@return the texts of {@code top}'s template chunks, {@code top} among them, in page order; just {@code top}
   * when it has no class or no other chunk holds prose}
   */
  static List<Element> texts(Element top, TextStats stats, Element body) {
    List<Element> found = new ArrayList<>();
    if (top.className().isBlank()) return List.of(top);
    Element chunk = top;
    for (int level = 1; level <= LEVELS; level++) {
      chunk = chunk.parent();
      if (chunk == null || chunk == body || chunk.parent() == null) break;
      boolean others = false;
      for (Element sib : Walk.childElements(chunk.parent())) {
        if (sib == chunk) {
          found.add(top);
          continue;
        }
        if (!sib.normalName().equals(chunk.normalName()) || !sib.className().equals(chunk.className())) continue;
        int before = found.size();
        collect(sib, level, top, stats, found);
        others |= found.size() > before;
      }
      if (others) return found;
      found.clear();
    }
    return List.of(top);
  }

  /** Adds the prose elements {@code depth} levels under {@code e} that have {@code top}'s tag and class. */
  private static void collect(Element e, int depth, Element top, TextStats stats, List<Element> out) {
    if (depth == 0) {
      if (!e.normalName().equals(top.normalName()) || !e.className().equals(top.className())) return;
      TextStats.Stat s = stats.get(e);
      if (s.text >= MIN_TEXT && s.linkDensity() < MAX_LINKS) out.add(e);
      return;
    }
    for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
      collect(c, depth - 1, top, stats, out);
    }
  }
}
