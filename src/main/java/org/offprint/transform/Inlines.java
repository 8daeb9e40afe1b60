package org.offprint.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.offprint.model.Block;
import org.offprint.model.Document;
import org.offprint.model.Figure;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Inline;
import org.offprint.model.ListBlock;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Table;

/**
 * Rebuilds a document with every list of inlines (in paragraphs, headings, captions, cells, attributions and
 * inside formatting and links, in the notes too) passed through a function. Recursive: steps after
 * {@link DepthLimit} use it, whose depth is bounded. Goes in reading order: the body, then the notes. Stateless and thread-safe.
 *
 * <p>Only what changes is rebuilt: when the function gives back the very list it was given, and nothing inside
 * changed either, the block, the inline or the whole document comes back as it was (the same object), so a
 * document whose links are all valid costs a walk, not a copy (the model's records are immutable, and a record
 * rebuilt from the same parts equals the one it replaces).
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
    List<Footnote> notes = Lists.map(document.footnotes(), n -> {
      List<Block> content = m.blocks(n.content());
      return content == n.content() ? n : new Footnote(n.id(), content);
    });
    if (blocks == document.blocks() && notes == document.footnotes()) return document;
    return new Document(document.metadata(), blocks, notes);
  }

  /** {@return the blocks mapped: {@code in} itself when none of them changed} */
  private List<Block> blocks(List<Block> in) {
    return Lists.map(in, this::block);
  }

  private Block block(Block b) {
    if (b instanceof Paragraph p) {
      List<Inline> c = inlines(p.content());
      return c == p.content() ? p : new Paragraph(c);
    }
    if (b instanceof Heading h) {
      List<Inline> c = inlines(h.content());
      return c == h.content() ? h : new Heading(h.level(), c, h.id());
    }
    if (b instanceof Quote q) {
      List<Block> c = blocks(q.content());
      List<Inline> a = inlines(q.attribution());
      return c == q.content() && a == q.attribution() ? q : new Quote(c, a);
    }
    if (b instanceof Figure fig) {
      List<Inline> c = inlines(fig.caption());
      return c == fig.caption() ? fig : new Figure(fig.src(), fig.alt(), c);
    }
    if (b instanceof ListBlock l) {
      List<ListBlock.Item> items = Lists.map(l.items(), i -> {
        List<Block> c = blocks(i.content());
        return c == i.content() ? i : new ListBlock.Item(c);
      });
      return items == l.items() ? l : new ListBlock(l.ordered(), l.start(), items);
    }
    if (b instanceof Table t) {
      List<Inline> caption = inlines(t.caption());
      List<Table.Row> head = rows(t.head(), this::inlines);
      List<Table.Row> body = rows(t.body(), this::inlines);
      return caption == t.caption() && head == t.head() && body == t.body() ? t : new Table(caption, head, body);
    }
    return b;
  }

  /**
   * {@return the rows with each cell's content mapped by {@code cell}: {@code rows} itself when no cell changed (a
   * cell is unchanged when {@code cell} gives back the same list)}
   */
  static List<Table.Row> rows(List<Table.Row> rows, UnaryOperator<List<Inline>> cell) {
    return Lists.map(rows, r -> {
      List<Table.Cell> cells = Lists.map(r.cells(), c -> {
        List<Inline> content = cell.apply(c.content());
        return content == c.content() ? c : new Table.Cell(content, c.align(), c.colspan(), c.rowspan());
      });
      return cells == r.cells() ? r : new Table.Row(cells);
    });
  }

  /**
   * {@return the inlines mapped, children first, then {@code f}: {@code in} itself when nothing changed} One
   * method with its recursion, not two that call each other: the JIT inlines a recursive call once, and two methods
   * that call each other twice as deep, which made its compilation of them twice as large.
   */
  private List<Inline> inlines(List<Inline> in) {
    List<Inline> out = null; // made at the first inline that changes
    for (int k = 0; k < in.size(); k++) {
      Inline i = in.get(k);
      Inline mapped = i;
      List<Inline> children = Inline.children(i);
      if (children != null) {
        List<Inline> c = inlines(children);
        if (c != children) mapped = Inline.withChildren(i, c);
      }
      if (mapped != i && out == null) out = new ArrayList<>(in.subList(0, k));
      if (out != null) out.add(mapped);
    }
    return f.apply(out == null ? in : out);
  }
}
