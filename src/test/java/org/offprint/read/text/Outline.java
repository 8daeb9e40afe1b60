package org.offprint.read.text;

import java.util.List;
import java.util.Map;
import org.offprint.model.Block;
import org.offprint.model.Document;
import org.offprint.model.Heading;
import org.offprint.model.Inline;
import org.offprint.model.ListBlock;
import org.offprint.model.Metadata;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;

/** A readable, diffable outline of a document for golden files (tests only). */
final class Outline {
  private Outline() {}

  static String of(Document d) {
    StringBuilder sb = new StringBuilder();
    Metadata m = d.metadata();
    field(sb, "title", m.title());
    field(sb, "subtitle", m.subtitle());
    field(sb, "authors", String.join("; ", m.authors()));
    field(sb, "published", m.published());
    field(sb, "site", m.site());
    field(sb, "source", m.source());
    field(sb, "language", m.language());
    for (Map.Entry<String, String> e : m.extra().entrySet()) field(sb, e.getKey(), e.getValue());
    sb.append("---\n");
    blocks(d.blocks(), "", sb);
    return sb.toString();
  }

  private static void field(StringBuilder sb, String k, String v) {
    if (!v.isEmpty()) sb.append(k).append(": ").append(v).append('\n');
  }

  private static void blocks(List<Block> blocks, String indent, StringBuilder sb) {
    for (Block b : blocks) {
      if (b instanceof Heading h) sb.append(indent).append("H").append(h.level()).append(": ").append(h.text());
      else if (b instanceof Paragraph p) sb.append(indent).append("P: ").append(p.text());
      else if (b instanceof Quote q) {
        sb.append(indent).append("QUOTE").append(q.attribution().isEmpty() ? "" : " by " + Inline.plainText(q.attribution()))
            .append('\n');
        blocks(q.content(), indent + "  ", sb);
        continue;
      } else if (b instanceof ListBlock l) {
        sb.append(indent).append(l.ordered() ? "OL start=" + l.start() : "UL").append('\n');
        for (ListBlock.Item i : l.items()) {
          sb.append(indent).append("  *\n");
          blocks(i.content(), indent + "    ", sb);
        }
        continue;
      } else sb.append(indent).append(b.getClass().getSimpleName());
      sb.append('\n');
    }
  }
}
