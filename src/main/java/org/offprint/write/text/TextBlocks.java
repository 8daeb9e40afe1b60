package org.offprint.write.text;

import java.util.ArrayList;
import java.util.List;
import org.offprint.model.Block;
import org.offprint.model.BlockVisitor;
import org.offprint.model.CodeBlock;
import org.offprint.model.Figure;
import org.offprint.model.Heading;
import org.offprint.model.ListBlock;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Rule;
import org.offprint.model.Table;

/** Lays out blocks as plain text through {@link TextOutput}. */
final class TextBlocks implements BlockVisitor<Void> {
  private final TextOutput out;
  private final InlineText inlines;
  private final boolean figures;

  TextBlocks(TextOutput out, InlineText inlines, boolean figures) {
    this.out = out;
    this.inlines = inlines;
    this.figures = figures;
  }

  void render(List<Block> blocks) {
    for (Block b : blocks) b.accept(this);
  }

  @Override
  public Void heading(Heading h) {
    out.write(inlines.of(h.content()).replace('\n', ' ').strip());
    out.block();
    return null;
  }

  @Override
  public Void paragraph(Paragraph p) {
    String s = inlines.of(p.content()).strip();
    if (!s.isEmpty()) {
      out.write(s);
      out.block();
    }
    return null;
  }

  @Override
  public Void quote(Quote q) {
    out.pushPrefix("    ", "    ");
    render(q.content());
    if (!q.attribution().isEmpty()) {
      out.write("— " + inlines.of(q.attribution()).strip());
      out.block();
    }
    out.popPrefix();
    out.block();
    return null;
  }

  @Override
  public Void list(ListBlock list) {
    out.compact(true);
    for (int i = 0; i < list.items().size(); i++) {
      String marker = list.ordered() ? (list.start() + i) + ". " : "• ";
      out.pushPrefix(marker, " ".repeat(marker.length()));
      render(list.items().get(i).content());
      out.popPrefix();
    }
    out.compact(false);
    out.block();
    return null;
  }

  @Override
  public Void code(CodeBlock code) {
    out.write(code.code());
    out.block();
    return null;
  }

  @Override
  public Void figure(Figure f) {
    if (!figures) return null;
    out.write(f.alt().isBlank() ? "[Image]" : "[Image: " + f.alt().strip() + "]");
    String caption = inlines.of(f.caption()).strip();
    if (!caption.isEmpty()) {
      out.newLine();
      out.write(caption);
    }
    out.block();
    return null;
  }

  @Override
  public Void table(Table t) {
    int cols = t.columns();
    if (cols == 0) return null;
    List<String[]> rows = new ArrayList<>();
    List<Table.Align> aligns = new ArrayList<>();
    for (int c = 0; c < cols; c++) aligns.add(Table.Align.DEFAULT);
    for (Table.Row r : t.head()) rows.add(cells(r, cols, aligns));
    int headRows = rows.size();
    for (Table.Row r : t.body()) rows.add(cells(r, cols, aligns));
    int[] width = new int[cols];
    java.util.Arrays.fill(width, 1); // an empty column still gets its rule's one dash under the header
    for (String[] r : rows) for (int c = 0; c < cols; c++) width[c] = Math.max(width[c], TextWidth.of(r[c]));
    String caption = inlines.of(t.caption()).strip();
    if (!caption.isEmpty()) {
      out.write(caption);
      out.newLine();
    }
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0) out.newLine();
      out.write(line(rows.get(i), width, aligns));
      if (i == headRows - 1) {
        out.newLine();
        String[] rule = new String[cols];
        for (int c = 0; c < cols; c++) rule[c] = "-".repeat(Math.max(1, width[c]));
        out.write(line(rule, width, aligns));
      }
    }
    out.block();
    return null;
  }

  private String[] cells(Table.Row r, int cols, List<Table.Align> aligns) {
    String[] cells = new String[cols];
    java.util.Arrays.fill(cells, "");
    int c = 0;
    for (Table.Cell cell : r.cells()) {
      if (c >= cols) break;
      cells[c] = inlines.of(cell.content()).replace('\n', ' ').strip();
      if (cell.align() != Table.Align.DEFAULT && aligns.get(c) == Table.Align.DEFAULT) aligns.set(c, cell.align());
      c += cell.colspan();
    }
    return cells;
  }

  private static String line(String[] cells, int[] width, List<Table.Align> aligns) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) sb.append("  ");
      // a column of empty cells is 0 wide, and its rule "-" one wider
      int pad = Math.max(0, width[c] - TextWidth.of(cells[c]));
      switch (aligns.get(c)) {
        case RIGHT -> sb.append(" ".repeat(pad)).append(cells[c]);
        case CENTER -> sb.append(" ".repeat(pad / 2)).append(cells[c]).append(" ".repeat(pad - pad / 2));
        default -> sb.append(cells[c]).append(" ".repeat(pad));
      }
    }
    return sb.toString().stripTrailing();
  }

  @Override
  public Void rule(Rule rule) {
    out.write("* * *");
    out.block();
    return null;
  }
}
