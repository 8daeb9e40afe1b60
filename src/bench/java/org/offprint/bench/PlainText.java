package org.offprint.bench;

import java.util.List;
import org.offprint.model.Block;
import org.offprint.model.BlockVisitor;
import org.offprint.model.CodeBlock;
import org.offprint.model.Document;
import org.offprint.model.Figure;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Inline;
import org.offprint.model.ListBlock;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Rule;
import org.offprint.model.Table;

/**
 * The benchmark's view of a document: its blocks as plain text, one blank line between blocks, figures (image
 * captions and credits) left out.
 */
final class PlainText {
  private PlainText() {}

  static String of(Document doc) {
    StringBuilder sb = new StringBuilder();
    blocks(doc.blocks(), sb);
    for (Footnote f : doc.footnotes()) blocks(f.content(), sb);
    return sb.toString().trim();
  }

  private static void blocks(List<Block> blocks, StringBuilder sb) {
    for (Block b : blocks) b.accept(new Visitor(sb));
  }

  private static final class Visitor implements BlockVisitor<Void> {
    private final StringBuilder sb;

    Visitor(StringBuilder sb) {
      this.sb = sb;
    }

    private Void line(String s) {
      if (!s.isBlank()) sb.append(s.trim()).append("\n\n");
      return null;
    }

    @Override
    public Void heading(Heading h) {
      return line(h.text());
    }

    @Override
    public Void paragraph(Paragraph p) {
      return line(p.text());
    }

    @Override
    public Void quote(Quote q) {
      blocks(q.content(), sb);
      return line(Inline.plainText(q.attribution()));
    }

    @Override
    public Void list(ListBlock l) {
      for (ListBlock.Item i : l.items()) blocks(i.content(), sb);
      return null;
    }

    @Override
    public Void code(CodeBlock c) {
      return line(c.code());
    }

    @Override
    public Void figure(Figure f) {
      return null; // captions and credits are not body text (the benchmark's annotations leave them out)
    }

    @Override
    public Void table(Table t) {
      for (List<Table.Row> rows : List.of(t.head(), t.body())) {
        for (Table.Row r : rows) {
          StringBuilder row = new StringBuilder();
          for (Table.Cell c : r.cells()) row.append(Inline.plainText(c.content())).append(" \t ");
          line(row.toString());
        }
      }
      return null;
    }

    @Override
    public Void rule(Rule r) {
      return null;
    }
  }
}
