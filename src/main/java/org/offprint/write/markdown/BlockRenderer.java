package org.offprint.write.markdown;

import java.util.ArrayList;
import java.util.List;
import org.offprint.model.Block;
import org.offprint.model.BlockVisitor;
import org.offprint.model.CodeBlock;
import org.offprint.model.Figure;
import org.offprint.model.Heading;
import org.offprint.model.Image;
import org.offprint.model.Inline;
import org.offprint.model.LineBreak;
import org.offprint.model.ListBlock;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Rule;
import org.offprint.model.Table;
import org.offprint.model.Text;

/** Renders blocks through {@link MarkdownOutput}; every block ends with {@link MarkdownOutput#block()}. */
final class BlockRenderer implements BlockVisitor<Void> {
  private final MarkdownOutput out;
  private final InlineRenderer inlines;
  /** The block rendered just before the current one in the same container, or null for the first. */
  private Block previous;
  /** Lists written with the second bullet or delimiter, so a third adjacent list goes back to the first. */
  private final java.util.Set<Block> alternated =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  BlockRenderer(MarkdownOutput out, InlineRenderer inlines) {
    this.out = out;
    this.inlines = inlines;
  }

  void render(List<Block> blocks) {
    Block saved = previous;
    previous = null;
    for (Block b : blocks) {
      int before = out.size();
      b.accept(this);
      // A block that wrote nothing (an empty paragraph) does not separate its neighbours.
      if (out.size() != before) previous = b;
    }
    previous = saved;
  }

  @Override
  public Void heading(Heading h) {
    out.raw("#".repeat(h.level()) + " ");
    inlines.render(h.content(), InlineRenderer.Mode.HEADING, '\n');
    out.block();
    return null;
  }

  @Override
  public Void paragraph(Paragraph p) {
    List<Inline> content = trimBreaks(p.content());
    inlines.render(content, InlineRenderer.Mode.PARAGRAPH, '\n');
    out.block();
    return null;
  }

  /** Line breaks at the edges of a paragraph mean nothing in Markdown and would leave a stray backslash. */
  private static List<Inline> trimBreaks(List<Inline> in) {
    List<Inline> c = new ArrayList<>(in);
    while (!c.isEmpty() && isBlank(c.get(0))) c.remove(0);
    while (!c.isEmpty() && isBlank(c.get(c.size() - 1))) c.remove(c.size() - 1);
    return c;
  }

  private static boolean isBlank(Inline i) {
    return i instanceof LineBreak || i instanceof Text t && t.text().isBlank();
  }

  @Override
  public Void quote(Quote q) {
    out.pushPrefix("> ", "> ");
    render(q.content());
    if (!q.attribution().isEmpty()) {
      out.raw("— ");
      inlines.render(q.attribution(), InlineRenderer.Mode.PARAGRAPH, '\n');
      out.block();
    }
    out.popPrefix();
    out.block();
    return null;
  }

  @Override
  public Void list(ListBlock list) {
    // The separator before the list belongs to the enclosing container's tightness.
    out.startBlock();
    boolean tight = isTight(list);
    out.pushTight(tight);
    // Two adjacent lists of one kind would merge: the second uses the other bullet or delimiter.
    boolean alternate = previous instanceof ListBlock prev && prev.ordered() == list.ordered()
        && !alternated.contains(prev);
    if (alternate) alternated.add(list);
    for (int i = 0; i < list.items().size(); i++) {
      String marker = list.ordered()
          ? (list.start() + i) + (alternate ? ")" : ".")
          : alternate ? "*" : "-";
      out.pushPrefix(marker + " ", " ".repeat(marker.length() + 1));
      render(list.items().get(i).content());
      out.popPrefix();
      out.block();
    }
    out.popTight();
    out.block();
    return null;
  }

  /**
   * A list is written tight when each item is one paragraph, perhaps followed by a nested list that may
   * interrupt it (an ordered list must start at 1 to interrupt a paragraph).
   */
  private static boolean isTight(ListBlock list) {
    for (ListBlock.Item item : list.items()) {
      List<Block> c = item.content();
      if (c.isEmpty() || c.size() > 2 || !(c.get(0) instanceof Paragraph)) return false;
      if (c.size() == 2) {
        if (!(c.get(1) instanceof ListBlock nested)) return false;
        if (nested.ordered() && nested.start() != 1) return false;
      }
    }
    return true;
  }

  @Override
  public Void code(CodeBlock code) {
    out.codeBlock(code.language(), code.code());
    out.block();
    return null;
  }

  @Override
  public Void figure(Figure f) {
    // One paragraph: the image, a hard break, the caption. MarkdownReader reads it back as a figure.
    List<Inline> content = new ArrayList<>();
    content.add(new Image(f.src(), f.alt(), ""));
    List<Inline> caption = trimBreaks(f.caption());
    if (!caption.isEmpty()) {
      content.add(new LineBreak());
      content.addAll(caption);
    }
    inlines.render(content, InlineRenderer.Mode.PARAGRAPH, '\n');
    out.block();
    return null;
  }

  @Override
  public Void table(Table t) {
    int cols = t.columns();
    if (cols == 0) return null;
    List<Table.Row> head = t.head().isEmpty() ? List.of() : t.head().subList(0, 1);
    List<Table.Row> body = new ArrayList<>();
    // GFM has one header row: further head rows become body rows.
    if (t.head().size() > 1) body.addAll(t.head().subList(1, t.head().size()));
    body.addAll(t.body());
    Table.Align[] align = alignments(t, cols);
    row(head.isEmpty() ? null : head.get(0), cols);
    StringBuilder sep = new StringBuilder("|");
    for (Table.Align a : align) {
      sep.append(switch (a) {
        case LEFT -> " :--- |";
        case CENTER -> " :---: |";
        case RIGHT -> " ---: |";
        default -> " --- |";
      });
    }
    out.raw(sep.toString());
    out.endLine();
    for (Table.Row r : body) row(r, cols);
    if (!t.caption().isEmpty()) {
      out.raw("[");
      out.inCaption(true);
      inlines.render(t.caption(), InlineRenderer.Mode.TABLE, ']');
      out.inCaption(false);
      out.raw("]");
      out.endLine();
    }
    out.block();
    return null;
  }

  private void row(Table.Row row, int cols) {
    int written = 0;
    if (row != null) {
      for (Table.Cell c : row.cells()) {
        out.raw("| ");
        inlines.render(c.content(), InlineRenderer.Mode.TABLE, ' ');
        out.raw(" ");
        written++;
        // Spans have no GFM syntax: the spanned columns get empty cells.
        for (int k = 1; k < c.colspan() && written < cols; k++, written++) out.raw("|  ");
      }
    }
    for (; written < cols; written++) out.raw("|  ");
    out.raw("|");
    out.endLine();
  }

  private static Table.Align[] alignments(Table t, int cols) {
    Table.Align[] a = new Table.Align[cols];
    java.util.Arrays.fill(a, Table.Align.DEFAULT);
    List<Table.Row> rows = new ArrayList<>(t.head());
    rows.addAll(t.body());
    for (int col = 0; col < cols; col++) {
      for (Table.Row r : rows) {
        Table.Cell c = cellAt(r, col);
        if (c != null && c.align() != Table.Align.DEFAULT) {
          a[col] = c.align();
          break;
        }
      }
    }
    return a;
  }

  private static Table.Cell cellAt(Table.Row r, int col) {
    int x = 0;
    for (Table.Cell c : r.cells()) {
      if (x == col) return c;
      x += c.colspan();
      if (x > col) return null;
    }
    return null;
  }

  @Override
  public Void rule(Rule rule) {
    // "---" first in a container could read as front matter or, after a "-" bullet, as a rule of bullets.
    out.raw(out.atContainerStart() ? "___" : "---");
    out.block();
    return null;
  }
}
