package org.offprint.roundtrip;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.offprint.model.Block;
import org.offprint.model.Code;
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
import org.offprint.model.Metadata;
import org.offprint.model.NoteRef;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Rule;
import org.offprint.model.Strikethrough;
import org.offprint.model.Strong;
import org.offprint.model.Subscript;
import org.offprint.model.Superscript;
import org.offprint.model.Table;
import org.offprint.model.Text;

/** A seeded generator of documents for the Markdown round trip (a test-only stand-in for pandoc's Arbitrary). */
final class RandomDocuments {
  private static final String[] WORDS = {
    "harbour", "sea", "wall", "boats", "1871.", "12)", "- dash", "+plus", "#hash", "a*b", "_under_", "[x]", "<tag>",
    "&amp;", "pipe|pipe", "back\\slash", "`tick`", "~tilde~", "море", "θάλασσα", "漢字", "café", "100%", "!bang",
    "(paren)", "\"quoted\"", "'single'", "ok:", "a—b", "2023-03-04", "[^1]", "https://x.example/a?b=c", "==",
    "***", "1.", "x^2"
  };

  private final Random r;
  private int notes;

  RandomDocuments(long seed) {
    this.r = new Random(seed);
  }

  Document document() {
    notes = 0;
    List<Block> blocks = new ArrayList<>();
    int n = 1 + r.nextInt(8);
    for (int i = 0; i < n; i++) blocks.add(block(0));
    List<Footnote> fns = new ArrayList<>();
    for (int i = 1; i <= notes; i++) {
      List<Block> c = new ArrayList<>();
      c.add(new Paragraph(inlines(0, false)));
      if (r.nextInt(4) == 0) c.add(new Paragraph(inlines(0, false)));
      fns.add(new Footnote("note" + i, c));
    }
    Metadata m = Metadata.builder()
        .title(words(1 + r.nextInt(5)))
        .authors(r.nextBoolean() ? List.of("Mara Ellison", "Пётр Ильин") : List.of())
        .published(r.nextBoolean() ? "2023-03-04" : "")
        .site(r.nextBoolean() ? "The Review: no, yes" : "")
        .language(r.nextBoolean() ? "en" : "")
        .tags(r.nextBoolean() ? List.of("a", "no", "1.0") : List.of())
        .build();
    return new Document(m, blocks, fns);
  }

  private Block block(int depth) {
    int k = r.nextInt(depth > 2 ? 2 : 10);
    switch (k) {
      case 0: case 1: case 2: return new Paragraph(inlines(0, true));
      case 3: return new Heading(2 + r.nextInt(3), inlines(1, false), "");
      case 4: return list(depth);
      case 5: return quote(depth);
      case 6: return new CodeBlock(r.nextBoolean() ? "java" : "", code());
      case 7: return table();
      case 8: return new Figure("https://img.example/p" + r.nextInt(9) + ".png", words(2),
          r.nextBoolean() ? List.of() : inlines(1, false));
      default: return new Rule();
    }
  }

  private ListBlock list(int depth) {
    List<ListBlock.Item> items = new ArrayList<>();
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      List<Block> c = new ArrayList<>();
      c.add(new Paragraph(inlines(0, true)));
      if (r.nextInt(3) == 0) c.add(block(depth + 1));
      items.add(new ListBlock.Item(c));
    }
    boolean ordered = r.nextBoolean();
    return new ListBlock(ordered, ordered ? r.nextInt(3) == 0 ? 1 + r.nextInt(20) : 1 : 1, items);
  }

  private Quote quote(int depth) {
    List<Block> c = new ArrayList<>();
    c.add(new Paragraph(inlines(0, true)));
    if (r.nextBoolean()) c.add(block(depth + 1));
    return new Quote(c, r.nextBoolean() ? List.of(new Text(words(2))) : List.of());
  }

  private String code() {
    StringBuilder sb = new StringBuilder();
    int lines = 1 + r.nextInt(4);
    for (int i = 0; i < lines; i++) {
      if (i > 0) sb.append('\n');
      sb.append(r.nextBoolean() ? "    " : "").append(words(2)).append(r.nextInt(5) == 0 ? " ```" : "");
    }
    return sb.toString();
  }

  private Table table() {
    int cols = 1 + r.nextInt(4);
    Table.Align[] align = new Table.Align[cols];
    for (int c = 0; c < cols; c++) align[c] = Table.Align.values()[r.nextInt(4)];
    List<Table.Row> head = r.nextInt(4) == 0 ? List.of() : List.of(row(cols, align));
    List<Table.Row> body = new ArrayList<>();
    for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) body.add(row(cols, align));
    return new Table(r.nextBoolean() ? List.of(new Text(words(2))) : List.of(), head, body);
  }

  private Table.Row row(int cols, Table.Align[] align) {
    List<Table.Cell> cells = new ArrayList<>();
    for (int c = 0; c < cols; c++) {
      List<Inline> content = r.nextBoolean() ? List.of(new Text(words(1 + r.nextInt(2))))
          : List.of(new Text(words(1) + " "), new Code("a|b"));
      cells.add(new Table.Cell(content, align[c], 1, 1));
    }
    return new Table.Row(cells);
  }

  /** Inline content: text runs and formatting, sometimes glued to a neighbour without a space. */
  private List<Inline> inlines(int depth, boolean notesAllowed) {
    List<Inline> out = new ArrayList<>();
    int n = 1 + r.nextInt(depth > 0 ? 3 : 6);
    for (int i = 0; i < n; i++) {
      boolean glue = r.nextInt(5) == 0;
      if (i > 0 && !glue) out.add(new Text(" "));
      out.add(inline(depth, notesAllowed && i > 0));
    }
    return out;
  }

  private Inline inline(int depth, boolean noteAllowed) {
    int k = r.nextInt(depth > 1 ? 1 : 13);
    switch (k) {
      case 0: case 1: case 2: case 3: return new Text(words(1 + r.nextInt(4)));
      case 4: return new Emphasis(inlines(depth + 1, false));
      case 5: return new Strong(inlines(depth + 1, false));
      case 6: return new Code(r.nextBoolean() ? "x = 1" : "a`b``c");
      case 7: return new Link("https://x.example/" + r.nextInt(5) + (r.nextBoolean() ? " (1)" : ""),
          r.nextBoolean() ? "" : "T \"q\"", inlines(depth + 1, false));
      case 8: return new Strikethrough(inlines(depth + 1, false));
      case 9: return new Superscript(List.of(new Text(words(1))));
      case 10: return new Subscript(List.of(new Text(words(1))));
      case 11: return depth == 0 ? new LineBreak() : new Text(words(1));
      default:
        if (!noteAllowed) return new Text(words(1));
        notes++;
        return new NoteRef("note" + notes);
    }
  }

  private String words(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) sb.append(' ');
      sb.append(WORDS[r.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }
}
