package org.offprint.write.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each link in a paragraph a marked-content sequence of its own, so that its Link element holds the link's
 * words as well as its annotation (PDF/UA-1, ISO 14289-1 7.18.5). OpenPDF sets a paragraph's text in a buffer of
 * its own, appends it whole, and tells of a chunk only through its generic tag, just before drawing it. So in a
 * paragraph with a link every chunk carries a generic tag; as each is drawn, whether a link owns it is queued for
 * the paragraph; when the paragraph's text is wrapped in marked content, its text-showing operators, one per
 * chunk drawn, are taken in order against that queue. Pieces are cut at {@code BT} and {@code ET}, as marked
 * content must nest with text objects. Not thread-safe: one per rendering.
 */
final class InlineLinks {
  /** The generic tag of a chunk of text in a paragraph with a link, outside the link. */
  static final String TEXT = "\u0001text";
  /** The same for an inline image, which OpenPDF draws without a text-showing operator. */
  static final String IMAGE = "\u0001image";

  /** A stretch of a content stream and the element it belongs to; {@code null} leaves it bare (BT, ET). */
  record Piece(int from, int to, StructureTree.Node owner) {}

  private final Map<StructureTree.Node, Deque<StructureTree.Node>> drawn = new IdentityHashMap<>();

  /** Prepares {@code e}, the whole content of {@code node}, if it is a paragraph with a link in it. */
  void prepare(Element e, StructureTree.Node node) {
    if (!(e instanceof Phrase p)) return;
    List<Chunk> chunks = p.getChunks().stream().filter(Chunk.class::isInstance).map(Chunk.class::cast).toList();
    if (chunks.stream().noneMatch(LinkAnnotations::isLink)) return;
    for (Chunk c : chunks) {
      if (c.getChunkAttributes() == null || !c.getChunkAttributes().containsKey(Chunk.GENERICTAG)) {
        c.setGenericTag(c.getImage() != null ? IMAGE : TEXT);
      }
    }
    drawn.put(node, new ArrayDeque<>());
  }

  /** A chunk of {@code owner}'s text is about to be drawn, part of {@code link}, or of no link if it is null. */
  void drawn(StructureTree.Node owner, StructureTree.Node link) {
    Deque<StructureTree.Node> q = owner == null ? null : drawn.get(owner);
    if (q != null) q.add(link == null ? owner : link);
  }

  /** {@return whether {@code node} has links of its own to cut out} */
  boolean has(StructureTree.Node node) {
    return drawn.containsKey(node);
  }

  /** {@return {@code b[from, to)}, all of it {@code owner}'s text, cut into its own pieces and its links'} */
  List<Piece> cut(byte[] b, int from, int to, StructureTree.Node owner) {
    Deque<StructureTree.Node> q = drawn.get(owner);
    List<Piece> out = new ArrayList<>();
    StructureTree.Node current = owner;
    int start = from;
    boolean inText = false;
    boolean shown = false; // whether the piece so far shows text; in a text object, one that does not stays bare
    for (ContentOps.Op op : ContentOps.of(b, from, to)) {
      if (op.kind() == ContentOps.Kind.SHOW) {
        StructureTree.Node next = q.isEmpty() ? owner : q.poll();
        if (next != current) {
          out.add(new Piece(start, op.start(), inText && !shown ? null : current));
          start = op.start();
          current = next;
        }
        shown = true;
      } else {
        out.add(new Piece(start, op.start(), inText && !shown ? null : current));
        out.add(new Piece(op.start(), op.end(), null));
        start = op.end();
        current = owner;
        inText = op.kind() == ContentOps.Kind.BEGIN_TEXT;
        shown = false;
      }
    }
    out.add(new Piece(start, to, current));
    out.removeIf(p -> p.from() == p.to());
    return out;
  }
}
