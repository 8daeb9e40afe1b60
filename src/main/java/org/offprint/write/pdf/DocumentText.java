package org.offprint.write.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.offprint.model.Block;
import org.offprint.model.CodeBlock;
import org.offprint.model.Document;
import org.offprint.model.Figure;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Inline;
import org.offprint.model.ListBlock;
import org.offprint.model.Metadata;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Table;

/** Counts the characters a PDF sets, for a warning that says how much of the text a missing font affected. */
final class DocumentText {
  private DocumentText() {}

  /**
   * {@return how many characters of the text are in {@code missing}, and how many characters it has in all,
   * whitespace not counted}
   */
  static int[] count(Metadata meta, List<Document> docs, Set<Integer> missing) {
    int[] counts = new int[2];
    add(meta.title(), missing, counts);
    add(meta.subtitle(), missing, counts);
    for (String a : meta.authors()) add(a, missing, counts);
    for (Document d : docs) {
      Metadata m = d.metadata();
      if (m != meta) {
        add(m.title(), missing, counts);
        add(m.subtitle(), missing, counts);
        for (String a : m.authors()) add(a, missing, counts);
      }
      Deque<Block> todo = new ArrayDeque<>(d.blocks());
      for (Footnote f : d.footnotes()) todo.addAll(f.content());
      while (!todo.isEmpty()) {
        Block b = todo.pop();
        if (b instanceof Paragraph p) add(Inline.plainText(p.content()), missing, counts);
        else if (b instanceof Heading h) add(h.text(), missing, counts);
        else if (b instanceof CodeBlock c) add(c.code(), missing, counts);
        else if (b instanceof Figure f) add(Inline.plainText(f.caption()), missing, counts);
        else if (b instanceof Quote q) {
          q.content().forEach(todo::push);
          add(Inline.plainText(q.attribution()), missing, counts);
        } else if (b instanceof ListBlock l) {
          for (ListBlock.Item i : l.items()) i.content().forEach(todo::push);
        } else if (b instanceof Table t) {
          add(Inline.plainText(t.caption()), missing, counts);
          for (List<Table.Row> rows : List.of(t.head(), t.body())) {
            for (Table.Row r : rows) for (Table.Cell c : r.cells()) add(Inline.plainText(c.content()), missing, counts);
          }
        }
      }
    }
    return counts;
  }

  private static void add(String s, Set<Integer> missing, int[] counts) {
    s.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(cp -> {
      counts[1]++;
      if (missing.contains(cp)) counts[0]++;
    });
  }
}
