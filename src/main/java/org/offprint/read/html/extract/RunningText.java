package org.offprint.read.html.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.offprint.read.html.dom.Whitespace;

/**
 * Tells whether an element sits inside a line of text. Extraction keeps or drops whole blocks: inside a kept
 * paragraph, heading, list item, quote or cell no word is cut out, whatever the class of the link or span that
 * holds it says. The only inline furniture removed: cards that pop up over the text on hover (named tooltip,
 * hovercard, popover, popup or rollover: {@link org.offprint.read.html.cues.Vocabulary#isPopup}), standalone
 * advertisement labels, footnote markers (moved to the notes) and icons without text.
 */
final class RunningText {
  private RunningText() {}

  /** Phrasing elements: the ones that flow within a line of text. */
  static final Set<String> PHRASING = Set.of(
      "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd",
      "label", "mark", "math", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt",
      "u", "var");

  /**
   * {@return whether an element of this tag flows within a line: a phrasing element, or a custom element (a
   * name with a hyphen, such as a formula's {@code <mjx-container>}), which browsers show inline}
   */
  static boolean isPhrasing(String tag) {
    return PHRASING.contains(tag) || tag.indexOf('-') > 0;
  }

  /**
   * {@return whether {@code e} is a phrasing element with visible text beside it: in its parent, or, through
   * phrasing parents that hold nothing else, in the nearest one that holds text}
   */
  static boolean inside(Element e) {
    for (Element c = e; c != null && isPhrasing(c.normalName()); c = c.parent()) {
      Element p = c.parent();
      if (p == null) return false;
      for (Node n = p.firstChild(); n != null; n = n.nextSibling()) {
        if (n instanceof TextNode t && Whitespace.visibleLength(t.getWholeText()) > 0) return true;
      }
    }
    return false;
  }
}
