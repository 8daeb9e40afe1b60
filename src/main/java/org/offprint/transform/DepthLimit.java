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
import org.offprint.model.Figure;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Inline;
import org.offprint.model.ListBlock;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
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
    List<Footnote> notes = Lists.map(document.footnotes(), f -> {
      List<Block> content = blocks(f.content(), 1);
      return content == f.content() ? f : new Footnote(f.id(), content);
    });
    List<Block> blocks = blocks(document.blocks(), 0);
    // a document within the limits comes back as it is
    if (blocks == document.blocks() && notes == document.footnotes()) return document;
    return new Document(document.metadata(), blocks, notes);
  }

  /** {@return the blocks within the limits: {@code in} itself when none of them changed} */
  private static List<Block> blocks(List<Block> in, int depth) {
    return Lists.map(in, b -> block(b, depth));
  }

  /** {@return the block within the limits: {@code b} itself when it is} */
  private static Block block(Block b, int depth) {
    if (b instanceof Quote q) {
      if (depth >= MAX_BLOCK_DEPTH) return new Paragraph(List.of(new Text(textOf(q))));
      List<Block> c = blocks(q.content(), depth + 1);
      List<Inline> a = inlines(q.attribution(), 0);
      return c == q.content() && a == q.attribution() ? q : new Quote(c, a);
    }
    if (b instanceof ListBlock l) {
      if (depth >= MAX_BLOCK_DEPTH) return new Paragraph(List.of(new Text(textOf(l))));
      List<ListBlock.Item> items = Lists.map(l.items(), i -> {
        List<Block> c = blocks(i.content(), depth + 1);
        return c == i.content() ? i : new ListBlock.Item(c);
      });
      return items == l.items() ? l : new ListBlock(l.ordered(), l.start(), items);
    }
    if (b instanceof Paragraph p) {
      List<Inline> c = inlines(p.content(), 0);
      return c == p.content() ? p : new Paragraph(c);
    }
    if (b instanceof Heading h) {
      List<Inline> c = inlines(h.content(), 0);
      return c == h.content() ? h : new Heading(h.level(), c, h.id());
    }
    if (b instanceof Figure f) {
      List<Inline> c = inlines(f.caption(), 0);
      return c == f.caption() ? f : new Figure(f.src(), f.alt(), c);
    }
    if (b instanceof Table t) {
      List<Inline> caption = inlines(t.caption(), 0);
      List<Table.Row> head = Inlines.rows(t.head(), cell -> inlines(cell, 0));
      List<Table.Row> body = Inlines.rows(t.body(), cell -> inlines(cell, 0));
      return caption == t.caption() && head == t.head() && body == t.body() ? t : new Table(caption, head, body);
    }
    return b;
  }

  /**
   * {@return the inlines within the limits: {@code in} itself when none of them nests too deep} One method with its
   * recursion (see {@link Inlines}), so that the JIT's compilation of it stays small.
   */
  private static List<Inline> inlines(List<Inline> in, int depth) {
    List<Inline> out = null; // made at the first inline that changes
    for (int k = 0; k < in.size(); k++) {
      Inline i = in.get(k);
      Inline limited = i;
      List<Inline> content = Inline.children(i);
      if (content != null && depth >= MAX_INLINE_DEPTH) {
        limited = new Text(Inline.plainText(flat(content)));
      } else if (content != null) {
        List<Inline> c = inlines(content, depth + 1);
        if (c != content) limited = Inline.withChildren(i, c);
      }
      if (limited != i && out == null) out = new ArrayList<>(in.subList(0, k));
      if (out != null) out.add(limited);
    }
    return out == null ? in : out;
  }

  /** {@return the leaves of {@code inlines} in order, without recursion} */
  private static List<Inline> flat(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>();
    Deque<Inline> todo = new ArrayDeque<>();
    for (int k = inlines.size() - 1; k >= 0; k--) todo.push(inlines.get(k));
    while (!todo.isEmpty()) {
      Inline i = todo.pop();
      List<Inline> c = Inline.children(i);
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
