package org.offprint.write.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfRectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Link annotations made by offprint rather than by OpenPDF, so that each can be tagged (PDF/UA): a linked chunk
 * carries a generic tag, and when OpenPDF reports where that chunk was drawn, an annotation is added there with
 * a description, inside a {@code Link} element in the text of the element being drawn, which also gets the
 * link's words ({@link InlineLinks}). The pieces of one link on one line become one annotation. Not thread-safe:
 * one per rendering.
 */
final class LinkAnnotations {
  private static final String PREFIX = "\u0001link:";
  /** The tag of an inline image in a link, which OpenPDF draws without a text-showing operator. */
  private static final String IMAGE_PREFIX = "\u0001linked-image:";

  private record Target(PdfAction action, String contents) {}

  private record Last(int page, PdfAnnotation annotation, Rectangle rect) {}

  private final MarkedContent tags;
  private final List<Target> targets = new ArrayList<>();
  private final Map<Integer, StructureTree.Node> elements = new HashMap<>();
  private final Map<Integer, Last> last = new HashMap<>();

  LinkAnnotations(MarkedContent tags) {
    this.tags = tags;
  }

  /** Makes the chunks a link to a URL, described by {@code contents} (its text, else the URL). */
  void external(List<Chunk> chunks, String url, String contents) {
    tag(chunks, new PdfAction(url), contents.isBlank() ? url : contents);
  }

  /** Makes the chunks a link to a named destination in this PDF, described by {@code contents}. */
  void local(List<Chunk> chunks, String destination, String contents) {
    tag(chunks, PdfAction.gotoLocalPage(destination, false), contents);
  }

  private void tag(List<Chunk> chunks, PdfAction action, String contents) {
    String tag = PREFIX + targets.size();
    targets.add(new Target(action, contents.strip().isEmpty() ? "link" : contents.strip()));
    for (Chunk c : chunks) c.setGenericTag(c.getImage() != null ? IMAGE_PREFIX + tag.substring(PREFIX.length()) : tag);
  }

  /** {@return whether the chunk is (part of) a link} */
  static boolean isLink(Chunk c) {
    Object tag = c.getChunkAttributes() == null ? null : c.getChunkAttributes().get(Chunk.GENERICTAG);
    return tag instanceof String s && (s.startsWith(PREFIX) || s.startsWith(IMAGE_PREFIX));
  }

  /** {@return whether {@code tag} was a link's}, adding its annotation over {@code rect} if so */
  boolean drawn(PdfWriter writer, Rectangle rect, String tag) {
    if (tag.equals(InlineLinks.TEXT)) {
      tags.links.drawn(tags.current(), null);
      return true;
    }
    if (tag.equals(InlineLinks.IMAGE)) return true;
    boolean image = tag.startsWith(IMAGE_PREFIX);
    if (!image && !tag.startsWith(PREFIX)) return false;
    int i = Integer.parseInt(tag.substring((image ? IMAGE_PREFIX : PREFIX).length()));
    StructureTree.Node element = elements.computeIfAbsent(i, k -> {
      StructureTree.Node parent = tags.current();
      return parent == null ? tags.tree.add(tags.tree.document, "Link") : tags.tree.inText(parent, "Link");
    });
    if (!image) tags.links.drawn(tags.current(), element);
    int page = writer.getPageNumber();
    Last l = last.get(i);
    if (l != null && l.page() == page && Math.abs(l.rect().getBottom() - rect.getBottom()) < 0.5f
        && Math.abs(l.rect().getRight() - rect.getLeft()) < 2f) {
      // the next piece of the same link on the same line: widen its annotation
      Rectangle wider = new Rectangle(l.rect().getLeft(), l.rect().getBottom(), rect.getRight(),
          Math.max(l.rect().getTop(), rect.getTop()));
      l.annotation().put(com.lowagie.text.pdf.PdfName.RECT, new PdfRectangle(wider.getLeft(), wider.getBottom(),
          wider.getRight(), wider.getTop()));
      last.put(i, new Last(page, l.annotation(), wider));
      return true;
    }
    Target t = targets.get(i);
    PdfAnnotation a = tags.tree.link(element, rect.getLeft(), rect.getBottom(), rect.getRight(), rect.getTop(),
        t.action(), t.contents());
    last.put(i, new Last(page, a, rect));
    return true;
  }
}
