package org.offprint.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.offprint.model.Block;
import org.offprint.model.Document;
import org.offprint.model.Emphasis;
import org.offprint.model.Figure;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Inline;
import org.offprint.model.Link;
import org.offprint.model.ListBlock;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Strikethrough;
import org.offprint.model.Strong;
import org.offprint.model.Subscript;
import org.offprint.model.Superscript;
import org.offprint.model.Table;

/**
 * Rebuilds a document with every list of inlines (in paragraphs, headings, captions, cells, attributions and
 * inside formatting and links, in the notes too) passed through a function. Recursive: steps after
 * {@link DepthLimit} use it, whose depth is bounded. Goes in reading order: the body, then the notes. Stateless and thread-safe.
 */
final class Inlines {
  private final UnaryOperator<List<Inline>> f;

  private Inlines(UnaryOperator<List<Inline>> f) {
    this.f = f;
  }

  /** {@return {@code document} with {@code f} applied to each list of inlines, innermost first} */
  static Document map(Document document, UnaryOperator<List<Inline>> f) {
    Inlines m = new Inlines(f);
    List<Block> blocks = m.blocks(document.blocks()); // the body first: reading order
    List<Footnote> notes = new ArrayList<>(document.footnotes().size());
    for (Footnote n : document.footnotes()) notes.add(new Footnote(n.id(), m.blocks(n.content())));
    return new Document(document.metadata(), blocks, notes);
  }

  private List<Block> blocks(List<Block> in) {
    List<Block> out = new ArrayList<>(in.size());
    for (Block b : in) out.add(block(b));
    return out;
  }

  private Block block(Block b) {
    if (b instanceof Paragraph p) return new Paragraph(inlines(p.content()));
    if (b instanceof Heading h) return new Heading(h.level(), inlines(h.content()), h.id());
    if (b instanceof Quote q) return new Quote(blocks(q.content()), inlines(q.attribution()));
    if (b instanceof Figure fig) return new Figure(fig.src(), fig.alt(), inlines(fig.caption()));
    if (b instanceof ListBlock l) {
      List<ListBlock.Item> items = new ArrayList<>(l.items().size());
      for (ListBlock.Item i : l.items()) items.add(new ListBlock.Item(blocks(i.content())));
      return new ListBlock(l.ordered(), l.start(), items);
    }
    if (b instanceof Table t) return new Table(inlines(t.caption()), rows(t.head()), rows(t.body()));
    return b;
  }

  private List<Table.Row> rows(List<Table.Row> rows) {
    List<Table.Row> out = new ArrayList<>(rows.size());
    for (Table.Row r : rows) {
      List<Table.Cell> cells = new ArrayList<>(r.cells().size());
      for (Table.Cell c : r.cells()) cells.add(new Table.Cell(inlines(c.content()), c.align(), c.colspan(), c.rowspan()));
      out.add(new Table.Row(cells));
    }
    return out;
  }

  private List<Inline> inlines(List<Inline> in) {
    List<Inline> out = new ArrayList<>(in.size());
    for (Inline i : in) {
      if (i instanceof Emphasis e) out.add(new Emphasis(inlines(e.content())));
      else if (i instanceof Strong s) out.add(new Strong(inlines(s.content())));
      else if (i instanceof Strikethrough s) out.add(new Strikethrough(inlines(s.content())));
      else if (i instanceof Superscript s) out.add(new Superscript(inlines(s.content())));
      else if (i instanceof Subscript s) out.add(new Subscript(inlines(s.content())));
      else if (i instanceof Link l) out.add(new Link(l.href(), l.title(), inlines(l.content())));
      else out.add(i);
    }
    return f.apply(out);
  }
}
