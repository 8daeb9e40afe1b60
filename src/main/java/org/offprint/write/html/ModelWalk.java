package org.offprint.write.html;

import java.util.List;
import org.offprint.model.Block;
import org.offprint.model.BlockVisitor;
import org.offprint.model.Code;
import org.offprint.model.CodeBlock;
import org.offprint.model.Document;
import org.offprint.model.Emphasis;
import org.offprint.model.Figure;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Image;
import org.offprint.model.Inline;
import org.offprint.model.InlineVisitor;
import org.offprint.model.LineBreak;
import org.offprint.model.Link;
import org.offprint.model.ListBlock;
import org.offprint.model.NoteRef;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Rule;
import org.offprint.model.Strikethrough;
import org.offprint.model.Strong;
import org.offprint.model.Subscript;
import org.offprint.model.Superscript;
import org.offprint.model.Table;
import org.offprint.model.Text;

/** Walks a document's body and notes in reading order, telling a listener what it meets and in which style. */
final class ModelWalk implements BlockVisitor<Void>, InlineVisitor<Void> {
  /** What a walk reports; every method does nothing by default. */
  interface Listener {
    /** A text run, inline code or inline image, with the formatting around it. */
    default void leaf(Inline inline, boolean bold, boolean italic, boolean heading) {}

    default void figure(Figure figure) {}

    default void codeBlock() {}

    default void tableHead() {}
  }

  private final Listener listener;
  private boolean bold, italic, heading;

  private ModelWalk(Listener listener) {
    this.listener = listener;
  }

  static void walk(Document document, Listener listener) {
    ModelWalk w = new ModelWalk(listener);
    w.blocks(document.blocks());
    for (Footnote f : document.footnotes()) w.blocks(f.content());
  }

  private void blocks(List<Block> blocks) {
    for (Block b : blocks) b.accept(this);
  }

  private void inlines(List<Inline> inlines) {
    for (Inline i : inlines) i.accept(this);
  }

  @Override
  public Void heading(Heading h) {
    heading = true;
    inlines(h.content());
    heading = false;
    return null;
  }

  @Override
  public Void paragraph(Paragraph p) {
    inlines(p.content());
    return null;
  }

  @Override
  public Void quote(Quote q) {
    blocks(q.content());
    inlines(q.attribution());
    return null;
  }

  @Override
  public Void list(ListBlock l) {
    for (ListBlock.Item item : l.items()) blocks(item.content());
    return null;
  }

  @Override
  public Void code(CodeBlock c) {
    listener.codeBlock();
    return null;
  }

  @Override
  public Void figure(Figure f) {
    listener.figure(f);
    inlines(f.caption());
    return null;
  }

  @Override
  public Void table(Table t) {
    inlines(t.caption());
    if (!t.head().isEmpty()) listener.tableHead();
    for (List<Table.Row> rows : List.of(t.head(), t.body())) {
      for (Table.Row r : rows) for (Table.Cell c : r.cells()) inlines(c.content());
    }
    return null;
  }

  @Override
  public Void rule(Rule r) {
    return null;
  }

  @Override
  public Void text(Text t) {
    listener.leaf(t, bold, italic, heading);
    return null;
  }

  @Override
  public Void emphasis(Emphasis e) {
    boolean was = italic;
    italic = true;
    inlines(e.content());
    italic = was;
    return null;
  }

  @Override
  public Void strong(Strong s) {
    boolean was = bold;
    bold = true;
    inlines(s.content());
    bold = was;
    return null;
  }

  @Override
  public Void code(Code c) {
    listener.leaf(c, bold, italic, heading);
    return null;
  }

  @Override
  public Void link(Link l) {
    inlines(l.content());
    return null;
  }

  @Override
  public Void image(Image i) {
    listener.leaf(i, bold, italic, heading);
    return null;
  }

  @Override
  public Void lineBreak(LineBreak b) {
    return null;
  }

  @Override
  public Void superscript(Superscript s) {
    inlines(s.content());
    return null;
  }

  @Override
  public Void subscript(Subscript s) {
    inlines(s.content());
    return null;
  }

  @Override
  public Void strikethrough(Strikethrough s) {
    inlines(s.content());
    return null;
  }

  @Override
  public Void noteRef(NoteRef n) {
    return null;
  }
}
