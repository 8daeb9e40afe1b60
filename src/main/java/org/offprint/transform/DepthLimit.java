package org.offprint.transform;

import static org.offprint.model.Nesting.MAX_BLOCK_DEPTH;
import static org.offprint.model.Nesting.MAX_INLINE_DEPTH;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.offprint.model.Block;
import org.offprint.model.CodeBlock;
import org.offprint.model.Diagnostics;
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
import org.offprint.model.Text;

/**
 * Flattens whatever a document nests deeper than {@link org.offprint.model.Nesting} allows into its text, so that
 * every recursive stage after it (the other transforms, writers, {@code toString}, {@code equals}, JSON) stays
 * within a small, fixed stack whatever the input does. Quotes and lists deeper than
 * {@link org.offprint.model.Nesting#MAX_BLOCK_DEPTH} become one paragraph of their words; inline formatting deeper
 * than {@link org.offprint.model.Nesting#MAX_INLINE_DEPTH} becomes plain text. The walk itself goes no deeper than
 * the limits; flattening a deeper part is iterative.
 *
 * <p>Stateless and thread-safe.
 */
final class DepthLimit implements Transform {
  @Override
  public Document apply(Document document, String input, Diagnostics diagnostics) {
    List<Footnote> notes = new ArrayList<>(document.footnotes().size());
    for (Footnote f : document.footnotes()) notes.add(new Footnote(f.id(), blocks(f.content(), 1)));
    return new Document(document.metadata(), blocks(document.blocks(), 0), notes);
  }

  private static List<Block> blocks(List<Block> in, int depth) {
    List<Block> out = new ArrayList<>(in.size());
    for (Block b : in) out.add(block(b, depth));
    return out;
  }

  private static Block block(Block b, int depth) {
    if (b instanceof Quote q) {
      if (depth >= MAX_BLOCK_DEPTH) return new Paragraph(List.of(new Text(textOf(q))));
      return new Quote(blocks(q.content(), depth + 1), inlines(q.attribution(), 0));
    }
    if (b instanceof ListBlock l) {
      if (depth >= MAX_BLOCK_DEPTH) return new Paragraph(List.of(new Text(textOf(l))));
      List<ListBlock.Item> items = new ArrayList<>(l.items().size());
      for (ListBlock.Item i : l.items()) items.add(new ListBlock.Item(blocks(i.content(), depth + 1)));
      return new ListBlock(l.ordered(), l.start(), items);
    }
    if (b instanceof Paragraph p) return new Paragraph(inlines(p.content(), 0));
    if (b instanceof Heading h) return new Heading(h.level(), inlines(h.content(), 0), h.id());
    if (b instanceof Figure f) return new Figure(f.src(), f.alt(), inlines(f.caption(), 0));
    if (b instanceof Table t) return new Table(inlines(t.caption(), 0), rows(t.head()), rows(t.body()));
    return b;
  }

  private static List<Table.Row> rows(List<Table.Row> rows) {
    List<Table.Row> out = new ArrayList<>(rows.size());
    for (Table.Row r : rows) {
      List<Table.Cell> cells = new ArrayList<>(r.cells().size());
      for (Table.Cell c : r.cells()) cells.add(new Table.Cell(inlines(c.content(), 0), c.align(), c.colspan(), c.rowspan()));
      out.add(new Table.Row(cells));
    }
    return out;
  }

  private static List<Inline> inlines(List<Inline> in, int depth) {
    List<Inline> out = new ArrayList<>(in.size());
    for (Inline i : in) {
      List<Inline> content = childrenOf(i);
      if (content == null) {
        out.add(i);
      } else if (depth >= MAX_INLINE_DEPTH) {
        out.add(new Text(Inline.plainText(flat(content))));
      } else {
        List<Inline> c = inlines(content, depth + 1);
        out.add(i instanceof Emphasis ? new Emphasis(c)
            : i instanceof Strong ? new Strong(c)
            : i instanceof Strikethrough ? new Strikethrough(c)
            : i instanceof Superscript ? new Superscript(c)
            : i instanceof Subscript ? new Subscript(c)
            : new Link(((Link) i).href(), ((Link) i).title(), c));
      }
    }
    return out;
  }

  private static List<Inline> childrenOf(Inline i) {
    if (i instanceof Emphasis e) return e.content();
    if (i instanceof Strong s) return s.content();
    if (i instanceof Strikethrough s) return s.content();
    if (i instanceof Superscript s) return s.content();
    if (i instanceof Subscript s) return s.content();
    if (i instanceof Link l) return l.content();
    return null;
  }

  /** {@return the leaves of {@code inlines} in order, without recursion} */
  private static List<Inline> flat(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>();
    Deque<Inline> todo = new ArrayDeque<>();
    for (int k = inlines.size() - 1; k >= 0; k--) todo.push(inlines.get(k));
    while (!todo.isEmpty()) {
      Inline i = todo.pop();
      List<Inline> c = childrenOf(i);
      if (c == null) {
        out.add(i);
      } else {
        for (int k = c.size() - 1; k >= 0; k--) todo.push(c.get(k));
      }
    }
    return out;
  }

  /** {@return the words of a block, without recursion: paragraphs, headings, items and cells on their own line} */
  private static String textOf(Block root) {
    StringBuilder sb = new StringBuilder();
    Deque<Object> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Object o = todo.pop();
      List<?> children = List.of();
      if (o instanceof Quote q) {
        children = concat(q.content(), List.of(new Paragraph(q.attribution())));
      } else if (o instanceof ListBlock l) {
        List<Block> all = new ArrayList<>();
        for (ListBlock.Item i : l.items()) all.addAll(i.content());
        children = all;
      } else if (o instanceof Paragraph p) {
        append(sb, Inline.plainText(flat(p.content())));
      } else if (o instanceof Heading h) {
        append(sb, Inline.plainText(flat(h.content())));
      } else if (o instanceof Figure f) {
        append(sb, Inline.plainText(flat(f.caption())));
      } else if (o instanceof CodeBlock c) {
        append(sb, c.code());
      } else if (o instanceof Table t) {
        for (List<Table.Row> rows : List.of(t.head(), t.body())) {
          for (Table.Row r : rows) for (Table.Cell c : r.cells()) append(sb, Inline.plainText(flat(c.content())));
        }
      }
      for (int k = children.size() - 1; k >= 0; k--) todo.push(children.get(k));
    }
    return sb.toString().replaceAll("\\s+", " ").strip();
  }

  private static List<Block> concat(List<Block> a, List<Block> b) {
    List<Block> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static void append(StringBuilder sb, String s) {
    if (s.isBlank()) return;
    if (sb.length() > 0) sb.append(' ');
    sb.append(s);
  }
}
