package org.offprint.write.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ties what is drawn to the {@link StructureTree}. Every block is set in table cells, and OpenPDF draws a table's
 * text, lines and backgrounds into three content streams that it joins after each page's share of the table. An
 * element's content is bracketed in its cell by two zero-height marks (OpenPDF's {@code YMARK} elements, drawn
 * in order with the text) that note where it starts and ends in the text stream. When a top-level table has
 * drawn its rows for a page, {@link #tableLayout} cuts the text stream at the marks and wraps each piece in a
 * marked-content sequence of its element; cell borders and backgrounds become artifacts. A piece that
 * continues an element from the previous page (a paragraph split across pages) gets a new sequence of the same
 * element; header rows repeated on a new page are artifacts. Not thread-safe: one per rendering.
 */
final class MarkedContent implements PdfPTableEvent {
  private static final byte[] ARTIFACT = "/Artifact BMC\n".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] END = "EMC\n".getBytes(StandardCharsets.ISO_8859_1);

  private record Mark(PdfContentByte canvas, int at, StructureTree.Node node, boolean begin) {}

  final StructureTree tree;
  final InlineLinks links = new InlineLinks();
  private final Map<Element, StructureTree.Node> roles = new IdentityHashMap<>();
  private final List<Mark> marks = new ArrayList<>();
  /** Elements begun and not yet ended, in the order they were begun, as the drawing goes. */
  private final Set<StructureTree.Node> drawing = new LinkedHashSet<>();
  /** The same, as far as {@link #tableLayout} has wrapped the drawn content. */
  private final Set<StructureTree.Node> wrapped = new LinkedHashSet<>();

  MarkedContent(StructureTree tree) {
    this.tree = tree;
  }

  /** {@return {@code e}, noted as the whole content of {@code node}, so {@link #add} brackets it} */
  <E extends Element> E role(E e, StructureTree.Node node) {
    roles.put(e, node);
    return e;
  }

  /** Adds {@code e} to a cell, between its element's marks when it has one. */
  void add(PdfPCell cell, Element e) {
    StructureTree.Node n = roles.get(e);
    if (n != null) {
      links.prepare(e, n);
      cell.addElement(new Marker(n, true));
    }
    cell.addElement(e);
    if (n != null) cell.addElement(new Marker(n, false));
  }

  /** Makes {@code t} a top-level table, whose drawing on each page is wrapped when it is done. */
  PdfPTable topLevel(PdfPTable t) {
    t.setTableEvent(this);
    return t;
  }

  /** {@return the element whose content is being drawn, or null}: the parent of a link being drawn */
  StructureTree.Node current() {
    StructureTree.Node last = null;
    for (StructureTree.Node n : drawing) last = n;
    return last;
  }

  @Override
  public void tableLayout(PdfPTable table, float[][] widths, float[] heights, int headerRows, int rowStart,
      PdfContentByte[] canvases) {
    artifact(canvases[PdfPTable.BACKGROUNDCANVAS]);
    artifact(canvases[PdfPTable.LINECANVAS]);
    wrap(canvases[PdfPTable.TEXTCANVAS]);
  }

  private static void artifact(PdfContentByte canvas) {
    ByteBuffer buf = canvas.getInternalBuffer();
    if (buf.size() == 0) return;
    byte[] content = buf.toByteArray();
    buf.reset();
    buf.append(ARTIFACT).append(content).append(END);
  }

  private void wrap(PdfContentByte text) {
    List<Mark> here = new ArrayList<>();
    for (Mark m : marks) if (m.canvas() == text) here.add(m);
    marks.removeAll(here);
    ByteBuffer buf = text.getInternalBuffer();
    byte[] content = buf.toByteArray();
    buf.reset();
    int from = 0;
    for (int i = 0; i <= here.size(); i++) {
      Mark next = i < here.size() ? here.get(i) : null;
      int to = next == null ? content.length : next.at();
      Mark previous = i > 0 ? here.get(i - 1) : null;
      emit(buf, content, from, to, owner(previous, next));
      if (next != null) {
        if (next.begin()) {
          wrapped.add(next.node());
        } else {
          wrapped.remove(next.node());
          next.node().ended = true;
        }
      }
      from = to;
    }
  }

  /**
   * {@return the element content between two marks belongs to}: the one ended by the mark after it, else the one
   * begun by the mark before it, else the one still open (content continued from the previous page)
   */
  private StructureTree.Node owner(Mark previous, Mark next) {
    if (next != null && !next.begin()) return next.node();
    if (previous != null && previous.begin()) return previous.node();
    StructureTree.Node last = null;
    for (StructureTree.Node n : wrapped) last = n;
    return last;
  }

  private void emit(ByteBuffer buf, byte[] content, int from, int to, StructureTree.Node owner) {
    if (owner != null && !owner.ended && links.has(owner)) {
      for (InlineLinks.Piece p : links.cut(content, from, to, owner)) {
        if (p.owner() == null) {
          buf.append(content, p.from(), p.to() - p.from());
        } else {
          wrapOne(buf, content, p.from(), p.to(), p.owner());
        }
      }
      return;
    }
    wrapOne(buf, content, from, to, owner);
  }

  private void wrapOne(ByteBuffer buf, byte[] content, int from, int to, StructureTree.Node owner) {
    if (blank(content, from, to)) {
      buf.append(content, from, to - from);
      return;
    }
    // Content of an element already ended is drawn again: a table's header rows on a following page.
    buf.append(owner == null || owner.ended ? ARTIFACT : tree.beginContent(owner));
    buf.append(content, from, to - from);
    buf.append(END);
  }

  private static boolean blank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) if (!Character.isWhitespace(b[i])) return false;
    return true;
  }

  /** A mark in a cell's content: takes no room, and notes where in the text stream its element starts or ends. */
  private final class Marker extends VerticalPositionMark {
    private final StructureTree.Node node;
    private final boolean begin;

    Marker(StructureTree.Node node, boolean begin) {
      this.node = node;
      this.begin = begin;
    }

    @Override
    public void draw(PdfContentByte canvas, float llx, float lly, float urx, float ury, float y) {
      marks.add(new Mark(canvas, canvas.getInternalBuffer().size(), node, begin));
      if (begin) drawing.add(node);
      else drawing.remove(node);
    }
  }
}
