package org.offprint.read.html.metadata;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.offprint.read.html.dom.Walk;

/**
 * The byline cues of one page's body, in document order: the elements marked as bylines
 * ({@link MetaAuthors#isByline}) and the "By" lines ({@link MetaAuthors#byLine}). Both {@link MetaAuthors} and
 * {@link MetaByline} read them and stop at the first cue that gives a name, near the top of most articles, so
 * both lists are gathered by one walk of the body that goes only as far as their readers ask, and remembered for
 * the next reader. The page must not change while they are read.
 */
final class BylineCues {
  private final Element body;
  private Node at; // the next node of the walk, in document order; null once it is over
  private final List<Element> marked = new ArrayList<>();
  private final List<Element> byLines = new ArrayList<>();

  private BylineCues(Element body) {
    this.body = body;
    this.at = body;
  }

  /** {@return the cues of {@code page}'s body; none when it has no body} */
  static BylineCues of(Document page) {
    return new BylineCues(page.body());
  }

  /** {@return the body and the elements under it that are marked as bylines, the body first} */
  Iterable<Element> marked() {
    return () -> new Cues(marked);
  }

  /** {@return the elements that the body's text nodes open as "By" lines, without an element twice in a row} */
  Iterable<Element> byLines() {
    return () -> new Cues(byLines);
  }

  /** Walks one node further, adding the cue it gives to its list; false once the walk is over. */
  private boolean step() {
    if (at == null) return false;
    if (at instanceof Element e) {
      if (MetaAuthors.isByline(e)) marked.add(e);
    } else if (at instanceof TextNode t) { // byLine rules out blank text at its first test
      Element e = MetaAuthors.byLine(t);
      if (e != null && (byLines.isEmpty() || byLines.get(byLines.size() - 1) != e)) byLines.add(e);
    }
    at = Walk.following(at, body);
    return true;
  }

  /** One reading of a list of cues, which walks on (for both lists) as far as it is read. */
  private final class Cues implements Iterator<Element> {
    private final List<Element> found;
    private int next;

    Cues(List<Element> found) {
      this.found = found;
    }

    @Override
    public boolean hasNext() {
      while (next >= found.size() && step()) {
        // walking on
      }
      return next < found.size();
    }

    @Override
    public Element next() {
      if (!hasNext()) throw new NoSuchElementException();
      return found.get(next++);
    }
  }
}
