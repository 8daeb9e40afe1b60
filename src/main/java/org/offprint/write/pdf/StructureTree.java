package org.offprint.write.pdf;

import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfStructureTreeRoot;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The logical structure of a tagged PDF (PDF/UA-1): a tree of structure elements in reading order, built while
 * the blocks are turned into OpenPDF elements, and filled with marked-content references as the pages are drawn
 * ({@link MarkedContent}) and with link annotations. OpenPDF's {@link PdfStructureElement} cannot hold both
 * marked content and child elements, and writes only children whose parent it knows, so every element is made
 * under the root and {@link #finish()} sets each one's parent and kids from this tree before the document closes.
 * Not thread-safe: one per rendering.
 */
final class StructureTree {
  static final PdfName TABLE_OWNER = new PdfName("Table");

  /** One structure element: its role, its kids in reading order, and the content drawn for it. */
  static final class Node {
    final PdfName role;
    final Node parent;
    final List<Node> kids = new ArrayList<>();
    /**
     * Marked-content references (MCR), object references (OBJR) and elements inside the text (links), in drawing
     * order.
     */
    final List<Object> content = new ArrayList<>();
    final PdfDictionary entries = new PdfDictionary();
    PdfStructureElement element;
    boolean ended;
    /** For an element inside its parent's text: whether it has its place in the parent's content yet. */
    boolean placed = true;

    private Node(Node parent, PdfName role) {
      this.parent = parent;
      this.role = role;
    }

    /** Sets the alternative text (a figure's description), skipped when blank. */
    Node alt(String text) {
      if (!text.isBlank()) entries.put(PdfName.ALT, new PdfString(text.strip(), PdfObject.TEXT_UNICODE));
      return this;
    }

    /** Sets the language of this element's text when it differs from the document's. */
    Node lang(String language) {
      if (!language.isEmpty()) entries.put(PdfName.LANG, new PdfString(language));
      return this;
    }

    /** Sets a table attribute ({@code /A << /O /Table ... >>}), e.g. a header cell's scope or a span. */
    Node tableAttribute(PdfName key, PdfObject value) {
      PdfDictionary a = entries.getAsDict(PdfName.A);
      if (a == null) {
        a = new PdfDictionary();
        a.put(PdfName.O, TABLE_OWNER);
        entries.put(PdfName.A, a);
      }
      a.put(key, value);
      return this;
    }

    /** Sets the element identifier (notes need one, unique in the document). */
    Node id(String id) {
      entries.put(PdfName.ID, new PdfString(id));
      return this;
    }
  }

  private final PdfWriter writer;
  final Node document;
  private final List<Node> inText = new ArrayList<>();

  /** {@code writer} must be made tagged before its document is opened; the tree is used after. */
  StructureTree(PdfWriter writer) {
    this.writer = writer;
    this.document = new Node(null, PdfName.DOCUMENT);
  }

  /** {@return the writer's structure tree root, made on first use: it needs the open document's body} */
  private PdfStructureTreeRoot root() {
    return writer.getStructureTreeRoot();
  }

  /** {@return a new element of {@code role} after the existing kids of {@code parent}} */
  Node add(Node parent, String role) {
    Node n = new Node(parent, new PdfName(role));
    parent.kids.add(n);
    return n;
  }

  /**
   * {@return a new element of {@code role} inside the text of {@code parent}}, a link: it takes its place among
   * the parent's content when its own content is first drawn ({@link #place}), else after the parent's kids
   */
  Node inText(Node parent, String role) {
    Node n = new Node(parent, new PdfName(role));
    n.placed = false;
    inText.add(n);
    return n;
  }

  /** Puts an element inside its parent's text at this point of the parent's content, the first time. */
  void place(Node n) {
    if (n.placed) return;
    n.parent.content.add(n);
    n.placed = true;
  }

  /** {@return the heading element for a level, 1 to 6} */
  Node heading(Node parent, int level) {
    return add(parent, "H" + Math.max(1, Math.min(6, level)));
  }

  private PdfStructureElement element(Node n) {
    if (n.element == null) {
      n.element = new PdfStructureElement(root(), n.role);
      n.element.putAll(n.entries);
    }
    return n.element;
  }

  /**
   * Starts a new marked-content sequence for {@code n} on the current page and {@return the operator that
   * begins it}, to be written into a content stream of that page.
   */
  byte[] beginContent(Node n) {
    place(n);
    PdfStructureElement e = element(n);
    PdfContentByte scratch = writer.getDirectContent().getDuplicate();
    scratch.beginMarkedContentSequence(e); // gives the next MCID of the page and enters it in the parent tree
    PdfObject k = e.get(PdfName.K);
    PdfNumber mcid = k.isNumber() ? (PdfNumber) k
        : ((PdfDictionary) ((PdfArray) k).getPdfObject(((PdfArray) k).size() - 1)).getAsNumber(PdfName.MCID);
    PdfDictionary mcr = new PdfDictionary(PdfName.MCR);
    mcr.put(PdfName.PG, writer.getCurrentPage());
    mcr.put(PdfName.MCID, mcid);
    n.content.add(mcr);
    return scratch.getInternalBuffer().toByteArray();
  }

  /**
   * Adds a link annotation over {@code llx..ury} on the current page, tagged as a {@code Link} element under
   * {@code parent} (one element per link, with one object reference per annotation) and described by
   * {@code contents}, as PDF/UA asks.
   */
  PdfAnnotation link(Node link, float llx, float lly, float urx, float ury, PdfAction action, String contents) {
    PdfAnnotation a = new PdfAnnotation(writer, llx, lly, urx, ury, action);
    a.setFlags(PdfAnnotation.FLAGS_PRINT);
    a.put(PdfName.CONTENTS, new PdfString(contents, PdfObject.TEXT_UNICODE));
    a.put(PdfName.STRUCTPARENT, new PdfNumber(root().addExistingObject(element(link).getReference())));
    writer.addAnnotation(a);
    PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
    objr.put(PdfName.OBJ, a.getIndirectReference());
    objr.put(PdfName.PG, writer.getCurrentPage());
    link.content.add(objr);
    return a;
  }

  /** Sets every element's parent and kids from this tree; call once, before the document is closed. */
  void finish() {
    for (Node n : inText) {
      if (!n.placed) n.parent.kids.add(n); // its text was never drawn as its own (an artifact)
    }
    link(document, root().getReference()); // makes the elements not made yet, each added to the root's kids
    PdfArray top = new PdfArray();
    top.add(element(document));
    root().put(PdfName.K, top);
  }

  private void link(Node n, PdfObject parentRef) {
    PdfStructureElement e = element(n);
    e.put(PdfName.P, parentRef);
    e.remove(PdfName.PG);
    PdfArray k = new PdfArray();
    for (Object c : n.content) {
      if (c instanceof Node kid) {
        k.add(element(kid));
        link(kid, e.getReference());
      } else {
        k.add((PdfDictionary) c);
      }
    }
    for (Node kid : n.kids) {
      k.add(element(kid));
      link(kid, e.getReference());
    }
    e.put(PdfName.K, k);
  }
}
