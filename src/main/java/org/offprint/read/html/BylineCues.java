package org.offprint.read.html;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The byline cues of one page's body, in document order: the elements marked as bylines
 * ({@link MetaAuthors#isByline}) and the "By" lines ({@link MetaAuthors#byLine}). Both {@link MetaAuthors} and
 * {@link MetaByline} read them and stop at the first cue that gives a name, near the top of most articles, so
 * each list is gathered by a walk of the body that goes only as far as its readers ask, and remembered for the
 * next reader. The page must not change while they are read.
 */
final class BylineCues {
  private final Cues marked;
  private final Cues byLines;

  private BylineCues(Element body) {
    marked = new Cues(body, node -> node instanceof Element e && MetaAuthors.isByline(e) ? e : null);
    byLines = new Cues(body, node -> node instanceof TextNode t && !t.isBlank() ? MetaAuthors.byLine(t) : null);
  }

  /** {@return the cues of {@code page}'s body; none when it has no body} */
  static BylineCues of(Document page) {
    return new BylineCues(page.body());
  }

  /** {@return the body and the elements under it that are marked as bylines, the body first} */
  Iterable<Element> marked() {
    return marked;
  }

  /** {@return the elements that the body's text nodes open as "By" lines, without an element twice in a row} */
  Iterable<Element> byLines() {
    return byLines;
  }

  /** The elements that a walk of the body picks, found as they are asked for. */
  private static final class Cues implements Iterable<Element> {
    private final List<Element> found = new ArrayList<>();
    private final Element root;
    private Node at; // the next node of the walk, in document order; null once it is over
    private final Function<Node, Element> pick; // the cue a node gives, or null

    Cues(Element body, Function<Node, Element> pick) {
      this.root = body;
      this.at = body;
      this.pick = pick;
    }

    /** {@return whether the walk found the {@code i}th cue, walking on as far as it takes} */
    private boolean has(int i) {
      while (found.size() <= i && at != null) {
        Element e = pick.apply(at);
        if (e != null && (found.isEmpty() || found.get(found.size() - 1) != e)) found.add(e);
        at = Walk.following(at, root);
      }
      return i < found.size();
    }


    @Override
    public Iterator<Element> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return has(next);
        }

        @Override
        public Element next() {
          if (!has(next)) throw new NoSuchElementException();
          return found.get(next++);
        }
      };
    }
  }
}
