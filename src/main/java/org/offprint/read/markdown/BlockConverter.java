package org.offprint.read.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.offprint.model.Block;
import org.offprint.model.CodeBlock;
import org.offprint.model.Diagnostics;
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
import org.offprint.model.Nesting;

/** Converts flexmark block nodes to model blocks. */
final class BlockConverter {
  private final InlineConverter inlines;
  private final InlineConverter cellInlines;
  private final String input;
  private final Diagnostics diagnostics;
  /** How many quotes and list items the node being converted sits in. */
  private int depth;

  BlockConverter(Document document, String input, Diagnostics diagnostics) {
    this.inlines = new InlineConverter(document, false);
    this.cellInlines = new InlineConverter(document, true);
    this.input = input;
    this.diagnostics = diagnostics;
  }

  List<Block> children(Node parent) {
    List<Block> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) convert(n, out);
    return out;
  }

  void convert(Node n, List<Block> out) {
    if ((n instanceof BlockQuote || n instanceof BulletList || n instanceof OrderedList)
        && depth >= Nesting.MAX_BLOCK_DEPTH) {
      // Deeper than any article nests: the words stay, the structure goes (and the stack stays small).
      String text = InlineConverter.textOf(n);
      if (!text.isEmpty()) out.add(Block.paragraph(text));
      return;
    }
    depth++;
    try {
      convertNode(n, out);
    } finally {
      depth--;
    }
  }

  private void convertNode(Node n, List<Block> out) {
    if (n instanceof com.vladsch.flexmark.ast.Paragraph) {
      paragraph(inlines.children(n), out);
    } else if (n instanceof com.vladsch.flexmark.ast.Heading h) {
      out.add(new Heading(h.getLevel(), trim(inlines.children(n)), ""));
    } else if (n instanceof BlockQuote) {
      out.add(quote(children(n)));
    } else if (n instanceof BulletList) {
      out.add(new ListBlock(false, 1, items(n)));
    } else if (n instanceof OrderedList ol) {
      out.add(new ListBlock(true, ol.getStartNumber(), items(n)));
    } else if (n instanceof FencedCodeBlock code) {
      String info = code.getInfo().unescape().strip();
      int space = info.indexOf(' ');
      out.add(new CodeBlock(space < 0 ? info : info.substring(0, space), stripEnd(code.getContentChars().toString())));
    } else if (n instanceof IndentedCodeBlock code) {
      out.add(new CodeBlock("", stripEnd(code.getContentChars().toString())));
    } else if (n instanceof ThematicBreak) {
      out.add(new Rule());
    } else if (n instanceof TableBlock) {
      out.add(table(n));
    } else if (n instanceof HtmlCommentBlock || n instanceof Reference) {
      // Not content.
    } else if (n instanceof HtmlBlock) {
      String text = n.getChars().toString().replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
      diagnostics.warn(input, "raw HTML block kept as text: " + abbreviate(n.getChars().toString()));
      if (!text.isEmpty()) out.add(Block.paragraph(text));
    } else if (n.hasChildren()) {
      out.addAll(children(n));
    }
  }

  /** A paragraph of one image (and perhaps a line break and a caption) is a figure. */
  private static void paragraph(List<Inline> content, List<Block> out) {
    List<Inline> c = trim(content);
    if (c.isEmpty()) return;
    if (c.get(0) instanceof Image img) {
      if (c.size() == 1) {
        out.add(new Figure(img.src(), img.alt(), List.of()));
        return;
      }
      if (c.get(1) instanceof LineBreak) {
        out.add(new Figure(img.src(), img.alt(), trim(c.subList(2, c.size()))));
        return;
      }
    }
    out.add(new Paragraph(c));
  }

  private static Quote quote(List<Block> blocks) {
    if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Paragraph p
        && p.content().get(0) instanceof Text t && t.text().startsWith("— ")) {
      List<Inline> attribution = new ArrayList<>(p.content());
      String rest = t.text().substring(2);
      if (rest.isEmpty()) attribution.remove(0);
      else attribution.set(0, new Text(rest));
      return new Quote(blocks.subList(0, blocks.size() - 1), trim(attribution));
    }
    return new Quote(blocks, List.of());
  }

  private List<ListBlock.Item> items(Node list) {
    List<ListBlock.Item> items = new ArrayList<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      items.add(new ListBlock.Item(children(item)));
    }
    return items;
  }

  private Table table(Node t) {
    List<Table.Row> head = new ArrayList<>();
    List<Table.Row> body = new ArrayList<>();
    List<Inline> caption = List.of();
    for (Node part = t.getFirstChild(); part != null; part = part.getNext()) {
      if (part instanceof TableHead) rows(part, head);
      else if (part instanceof TableBody) rows(part, body);
      else if (part instanceof TableCaption) caption = trim(cellInlines.children(part));
    }
    // The writer gives a header-less table an empty header row, which means "no header".
    if (head.size() == 1 && head.get(0).cells().stream().allMatch(c -> c.content().isEmpty())) head.clear();
    return new Table(caption, head, body);
  }

  private void rows(Node section, List<Table.Row> out) {
    for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
      if (!(row instanceof TableRow)) continue;
      List<Table.Cell> cells = new ArrayList<>();
      for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
        if (cell instanceof TableCell c) {
          cells.add(new Table.Cell(trim(cellInlines.children(c)), align(c.getAlignment()), 1, 1));
        }
      }
      out.add(new Table.Row(cells));
    }
  }

  private static Table.Align align(TableCell.Alignment a) {
    if (a == null) return Table.Align.DEFAULT;
    switch (a) {
      case LEFT: return Table.Align.LEFT;
      case CENTER: return Table.Align.CENTER;
      case RIGHT: return Table.Align.RIGHT;
      default: return Table.Align.DEFAULT;
    }
  }

  /** {@return the inlines without whitespace at either end} */
  static List<Inline> trim(List<Inline> in) {
    List<Inline> c = new ArrayList<>(in);
    while (!c.isEmpty() && c.get(0) instanceof Text t && t.text().isBlank()) c.remove(0);
    while (!c.isEmpty() && c.get(c.size() - 1) instanceof Text t && t.text().isBlank()) c.remove(c.size() - 1);
    if (!c.isEmpty() && c.get(0) instanceof Text t) c.set(0, new Text(t.text().stripLeading()));
    if (!c.isEmpty() && c.get(c.size() - 1) instanceof Text t) c.set(c.size() - 1, new Text(t.text().stripTrailing()));
    return c;
  }

  private static String stripEnd(String code) {
    return code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
  }

  private static String abbreviate(String s) {
    String one = s.strip().replaceAll("\\s+", " ");
    return one.length() > 60 ? one.substring(0, 60) + "…" : one;
  }
}
