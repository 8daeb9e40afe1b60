package org.offprint.roundtrip;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.offprint.model.Block;
import org.offprint.model.CodeBlock;
import org.offprint.model.Document;
import org.offprint.model.Emphasis;
import org.offprint.model.Figure;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Inline;
import org.offprint.model.LineBreak;
import org.offprint.model.Link;
import org.offprint.model.ListBlock;
import org.offprint.model.NoteRef;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Strikethrough;
import org.offprint.model.Strong;
import org.offprint.model.Subscript;
import org.offprint.model.Superscript;
import org.offprint.model.Table;
import org.offprint.model.Text;

/**
 * The normal form two documents are compared in: whitespace folded and trimmed as Markdown does, spaces moved
 * out of emphasis, heading ids cleared, footnotes renumbered by order, links inside links flattened.
 */
final class ModelNormaliser {
  private final Map<String, String> noteIds = new HashMap<>();

  static Document normalise(Document d) {
    return new ModelNormaliser().doc(d);
  }

  private Document doc(Document d) {
    for (Footnote f : d.footnotes()) noteIds.put(f.id(), "n" + (noteIds.size() + 1));
    List<Footnote> notes = new ArrayList<>();
    for (Footnote f : d.footnotes()) notes.add(new Footnote(noteIds.get(f.id()), blocks(f.content())));
    return new Document(d.metadata(), blocks(d.blocks()), notes);
  }

  private List<Block> blocks(List<Block> in) {
    List<Block> out = new ArrayList<>();
    for (Block b : in) {
      Block n = block(b);
      if (n != null) out.add(n);
    }
    return out;
  }

  private Block block(Block b) {
    if (b instanceof Paragraph p) {
      List<Inline> c = trim(inlines(p.content(), false));
      return c.isEmpty() ? null : new Paragraph(c);
    }
    if (b instanceof Heading h) return new Heading(h.level(), trim(inlines(h.content(), false)), "");
    if (b instanceof Quote q) return new Quote(blocks(q.content()), trim(inlines(q.attribution(), false)));
    if (b instanceof ListBlock l) {
      List<ListBlock.Item> items = new ArrayList<>();
      for (ListBlock.Item i : l.items()) items.add(new ListBlock.Item(blocks(i.content())));
      return new ListBlock(l.ordered(), l.ordered() ? l.start() : 1, items);
    }
    if (b instanceof Figure f) return new Figure(f.src(), f.alt(), trim(inlines(f.caption(), false)));
    if (b instanceof Table t) {
      return new Table(trim(inlines(t.caption(), false)), rows(t.head()), rows(t.body()));
    }
    if (b instanceof CodeBlock c) return c;
    return b;
  }

  private List<Table.Row> rows(List<Table.Row> rows) {
    List<Table.Row> out = new ArrayList<>();
    for (Table.Row r : rows) {
      List<Table.Cell> cells = new ArrayList<>();
      for (Table.Cell c : r.cells()) cells.add(new Table.Cell(trim(inlines(c.content(), false)), c.align(), 1, 1));
      out.add(new Table.Row(cells));
    }
    return out;
  }

  private List<Inline> inlines(List<Inline> in, boolean inLink) {
    List<Inline> out = new ArrayList<>();
    for (Inline i : in) {
      if (i instanceof Text t) addText(out, t.text());
      else if (i instanceof Emphasis e) hoist(out, inlines(e.content(), inLink), Emphasis::new);
      else if (i instanceof Strong s) hoist(out, inlines(s.content(), inLink), Strong::new);
      else if (i instanceof Strikethrough s) hoist(out, inlines(s.content(), inLink), Strikethrough::new);
      else if (i instanceof Superscript s) out.add(new Superscript(inlines(s.content(), inLink)));
      else if (i instanceof Subscript s) out.add(new Subscript(inlines(s.content(), inLink)));
      else if (i instanceof Link l) {
        if (inLink) for (Inline c : inlines(l.content(), true)) add(out, c);
        else out.add(new Link(l.href().replace(" ", "%20"), l.title(), inlines(l.content(), true)));
      } else if (i instanceof org.offprint.model.Code c && !out.isEmpty()
          && out.get(out.size() - 1) instanceof org.offprint.model.Code prev) {
        out.set(out.size() - 1, new org.offprint.model.Code(prev.code() + c.code()));
      } else if (i instanceof NoteRef n) out.add(new NoteRef(noteIds.getOrDefault(n.id(), n.id())));
      else if (i instanceof LineBreak) {
        stripLastSpace(out);
        out.add(i);
      } else out.add(i);
    }
    return out;
  }

  private static void add(List<Inline> out, Inline i) {
    if (i instanceof Text t) addText(out, t.text());
    else out.add(i);
  }

  private static void addText(List<Inline> out, String s) {
    String f = s.replaceAll("[ \\t\\n\\r\\f]+", " ");
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof LineBreak) f = f.stripLeading();
    if (f.isEmpty()) return;
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text prev) {
      out.set(out.size() - 1, new Text((prev.text() + f).replace("  ", " ")));
    } else {
      out.add(new Text(f));
    }
  }

  private static void stripLastSpace(List<Inline> out) {
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text t) {
      String s = t.text().stripTrailing();
      if (s.isEmpty()) out.remove(out.size() - 1);
      else out.set(out.size() - 1, new Text(s));
    }
  }

  private static void hoist(List<Inline> out, List<Inline> content, Function<List<Inline>, Inline> wrap) {
    List<Inline> c = new ArrayList<>(content);
    boolean lead = false;
    boolean trail = false;
    if (!c.isEmpty() && c.get(0) instanceof Text t && t.text().startsWith(" ")) {
      lead = true;
      String s = t.text().substring(1);
      if (s.isEmpty()) c.remove(0);
      else c.set(0, new Text(s));
    }
    if (!c.isEmpty() && c.get(c.size() - 1) instanceof Text t && t.text().endsWith(" ")) {
      trail = true;
      String s = t.text().substring(0, t.text().length() - 1);
      if (s.isEmpty()) c.remove(c.size() - 1);
      else c.set(c.size() - 1, new Text(s));
    }
    if (lead) addText(out, " ");
    if (!c.isEmpty()) out.add(wrap.apply(c));
    if (trail) addText(out, " ");
  }

  private static List<Inline> trim(List<Inline> in) {
    List<Inline> c = new ArrayList<>(in);
    while (!c.isEmpty() && (c.get(0) instanceof LineBreak || c.get(0) instanceof Text t && t.text().isBlank())) {
      c.remove(0);
    }
    while (!c.isEmpty() && (c.get(c.size() - 1) instanceof LineBreak
        || c.get(c.size() - 1) instanceof Text t && t.text().isBlank())) {
      c.remove(c.size() - 1);
    }
    if (!c.isEmpty() && c.get(0) instanceof Text t) c.set(0, new Text(t.text().stripLeading()));
    if (!c.isEmpty() && c.get(c.size() - 1) instanceof Text t) c.set(c.size() - 1, new Text(t.text().stripTrailing()));
    return c;
  }
}
