package org.offprint.write.pdf;

import com.lowagie.text.pdf.HyphenationEvent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.offprint.model.Block;
import org.offprint.model.Document;
import org.offprint.model.Heading;

/**
 * What the renderers need to know about the article being set: its destination-name prefix (articles of a book
 * share one PDF), note numbers, heading ids that links may point to, and the shared fonts, measures,
 * hyphenation and images. Not thread-safe: one per article per rendering.
 */
final class ArticleContext {
  final String prefix;
  final Document document;
  final FontSet fonts;
  final Typography typo;
  final HyphenationEvent hyphenation;
  final Images images;
  /** External links in order of first appearance, numbered from 1, when they are listed at the end; else null. */
  final Map<String, Integer> linkNumbers;
  /** The tagging of this rendering: which element each piece of content belongs to, and the link annotations. */
  final MarkedContent tags;
  final LinkAnnotations links;
  /** Heading levels open above the next heading, the article's title (level 0) at the bottom. */
  private final java.util.Deque<Integer> headingLevels = new java.util.ArrayDeque<>(List.of(0));
  private final Map<String, Integer> noteNumbers;
  private final Map<String, String> headingById = new HashMap<>();
  private final Set<String> refsPlaced = new HashSet<>();
  private int headingsPlaced;

  ArticleContext(String prefix, Document document, FontSet fonts, Typography typo, HyphenationEvent hyphenation,
      Images images, boolean listLinks, MarkedContent tags, LinkAnnotations links) {
    this.tags = tags;
    this.links = links;
    this.linkNumbers = listLinks ? new LinkedHashMap<>() : null;
    this.prefix = prefix;
    this.document = document;
    this.fonts = fonts;
    this.typo = typo;
    this.hyphenation = hyphenation;
    this.images = images;
    noteNumbers = document.noteNumbers();
    int n = 0;
    for (Block b : document.blocks()) {
      if (b instanceof Heading h) {
        String name = headingDestination(n++);
        if (!h.id().isEmpty()) headingById.putIfAbsent(h.id(), name);
      }
    }
  }

  /** {@return the note's number, or 0 when the document has no such note} */
  int noteNumber(String id) {
    return noteNumbers.getOrDefault(id, 0);
  }

  /** {@return the destination name of a note's text} */
  String noteDestination(String id) {
    return prefix + "fn-" + id;
  }

  /** {@return the destination name of the first reference to a note (the note links back there)} */
  String refDestination(String id) {
    return prefix + "fnref-" + id;
  }

  /** {@return true the first time it is asked for a note, so only its first reference becomes a destination} */
  boolean placeFirstRef(String id) {
    return refsPlaced.add(id);
  }

  /** {@return whether some reference to the note became a destination} */
  boolean refPlaced(String id) {
    return refsPlaced.contains(id);
  }

  /** {@return the destination for an in-document link {@code #id}, or null when nothing has that id} */
  String localTarget(String href) {
    if (!href.startsWith("#")) return null;
    String id = href.substring(1);
    if (headingById.containsKey(id)) return headingById.get(id);
    if (noteNumbers.containsKey(id)) return noteDestination(id);
    return null;
  }

  /** {@return the destination name of the article's {@code n}th top-level heading (from 0)} */
  String headingDestination(int n) {
    return prefix + "h" + n;
  }

  /** {@return the destination of the next top-level heading to be placed, in document order} */
  String nextHeadingDestination() {
    return headingDestination(headingsPlaced++);
  }

  /** {@return the number of an external link in the link list (the same URL keeps its number), or 0 if none} */
  int linkNumber(String href) {
    if (linkNumbers == null) return 0;
    return linkNumbers.computeIfAbsent(href, h -> linkNumbers.size() + 1);
  }

  /**
   * {@return the tag level (1 to 6) of the next heading of {@code level} in reading order}: the title is H1, and a
   * heading is one level below the nearest heading above it of a higher rank, so no level is skipped (PDF/UA)
   */
  int headingTag(int level) {
    while (headingLevels.size() > 1 && headingLevels.peek() >= level) headingLevels.pop();
    int tag = Math.min(6, headingLevels.size() + 1);
    headingLevels.push(level);
    return tag;
  }

  /** {@return the destination name of the article's title} */
  String titleDestination() {
    return prefix + "title";
  }
}
