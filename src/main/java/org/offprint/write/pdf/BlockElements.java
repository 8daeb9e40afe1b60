package org.offprint.write.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.Optional;
import org.offprint.model.Block;
import org.offprint.model.BlockVisitor;
import org.offprint.model.CodeBlock;
import org.offprint.model.Figure;
import org.offprint.model.Heading;
import org.offprint.model.Inline;
import org.offprint.model.ListBlock;
import org.offprint.model.Quote;
import org.offprint.model.Rule;
import org.offprint.model.Table;
import org.offprint.theme.Theme;

/**
 * Turns blocks into OpenPDF elements for a column of a given width: the page's text column, or the inside of a
 * quote, list item or note. Quotes, lists, code and figures are one-column or two-column tables, which lets them
 * nest, carry a left rule or a tinted background, and split across pages. Not thread-safe.
 */
final class BlockElements implements BlockVisitor<List<Element>> {
  private final ArticleContext ctx;
  private final Typography typo;
  private final float width;
  private final Style body;
  private final boolean topLevel;
  private final int listDepth;
  /** The structure element the blocks of this column are tagged under. */
  private final StructureTree.Node parent;
  /** How many quotes and lists this column sits in, each drawn as an indented table. */
  private final int nesting;
  /** First-line indent for the next paragraph (indented style): not after a heading, list, quote or start. */
  private boolean indentNext;
  /** Room left on the page for the next figure, or 0 when unknown; see {@link #fitNextFigure}. */
  private float figureRoom;

  /**
   * The most quotes and lists drawn inside each other as indented tables. Deeper ones are set in their parent's
   * column: the indents stop before the column gets too narrow to read, and OpenPDF, which lays nested tables
   * out again for every level around them, stays quick.
   */
  static final int MAX_NESTING = 6;

  BlockElements(ArticleContext ctx, float width, Style body, boolean topLevel, int listDepth,
      StructureTree.Node parent) {
    this(ctx, width, body, topLevel, listDepth, 0, parent);
  }

  private BlockElements(ArticleContext ctx, float width, Style body, boolean topLevel, int listDepth, int nesting,
      StructureTree.Node parent) {
    this.parent = parent;
    this.nesting = nesting;
    this.ctx = ctx;
    this.typo = ctx.typo;
    this.width = width;
    this.body = body;
    this.topLevel = topLevel;
    this.listDepth = listDepth;
  }

  /** {@return the body style of an article: the theme's body face and size, hyphenated when justified} */
  static Style bodyStyle(Typography typo) {
    return new Style(FontSet.Role.BODY, false, false, typo.base, typo.text, 0, false, false,
        typo.theme.hyphenate() && typo.theme.justify());
  }

  List<Element> all(List<Block> blocks) {
    List<Element> out = new ArrayList<>();
    for (Block b : blocks) out.addAll(b.accept(this));
    return out;
  }

  private boolean indented() {
    return typo.theme.paragraphStyle() == Theme.ParagraphStyle.INDENT;
  }

  /** {@return a paragraph of inlines, tagged as a new element of {@code role} under this column's parent} */
  private Paragraph paragraph(List<Inline> content, Style s, int alignment, String role) {
    return paragraph(content, s, alignment, ctx.tags.tree.add(parent, role));
  }

  private Paragraph paragraph(List<Inline> content, Style s, int alignment, StructureTree.Node node) {
    return ctx.tags.role(paragraph(content, s, alignment), node);
  }

  /** {@return a paragraph of inlines with the leading of its size and an explicit font (T7)} */
  Paragraph paragraph(List<Inline> content, Style s, int alignment) {
    Paragraph p = new Paragraph(typo.leading(s.size()), "", InlineChunks.font(s, ctx));
    for (Chunk c : InlineChunks.of(content, s, ctx)) p.add(c);
    p.setAlignment(alignment);
    return p;
  }

  private int bodyAlignment() {
    return typo.theme.justify() ? Element.ALIGN_JUSTIFIED : Element.ALIGN_LEFT;
  }

  /** Estimated height of a heading, so the page can be broken before it when it would sit alone at the foot. */
  float estimateHeight(Heading h) {
    Style s = headingStyle(h.level());
    float textWidth = InlineChunks.font(s, ctx).getBaseFont().getWidthPoint(h.text(), s.size());
    int lines = (int) Math.ceil(Math.max(1, textWidth) / width);
    return lines * s.size() * 1.2f + spacingBefore(h.level()) + typo.base * 0.7f;
  }

  private Style headingStyle(int level) {
    Theme t = typo.theme;
    return new Style(FontSet.Role.HEADING, t.headingBold(), false, typo.headingSize(level), typo.text, 0, false,
        t.headingCase() != Theme.HeadingCase.NONE, false);
  }

  private float spacingBefore(int level) {
    return typo.base * (level <= 2 ? 1.6f : 1.1f);
  }

  @Override
  public List<Element> heading(Heading h) {
    Style s = headingStyle(h.level());
    Paragraph p = new Paragraph(s.size() * 1.2f, "", InlineChunks.font(s, ctx));
    List<Chunk> chunks = h.level() >= 5 || typo.theme.headingCase() != Theme.HeadingCase.SMALL_CAPS
        ? InlineChunks.of(h.content(), s, ctx)
        : smallCaps(h, s);
    if (topLevel && !chunks.isEmpty()) chunks.get(0).setLocalDestination(ctx.nextHeadingDestination());
    for (Chunk c : chunks) p.add(c);
    p.setAlignment(Element.ALIGN_LEFT);
    p.setSpacingBefore(spacingBefore(h.level()));
    p.setSpacingAfter(typo.base * 0.7f);
    indentNext = false;
    ctx.tags.role(p, ctx.tags.tree.heading(parent, ctx.headingTag(h.level())));
    return List.of(p);
  }

  private List<Chunk> smallCaps(Heading h, Style s) {
    return smallCaps(h.text(), s, ctx);
  }

  /** Small capitals, imitated: capitals throughout, the originally lower-case letters a size smaller. */
  static List<Chunk> smallCaps(String text, Style s, ArticleContext ctx) {
    List<Chunk> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      boolean lower = Character.isLowerCase(text.charAt(i));
      int j = i;
      while (j < text.length() && Character.isLowerCase(text.charAt(j)) == lower) j++;
      out.addAll(InlineChunks.of(text.substring(i, j), lower ? s.size(s.size() * 0.8f) : s, ctx));
      i = j;
    }
    return out;
  }

  @Override
  public List<Element> paragraph(org.offprint.model.Paragraph para) {
    Paragraph p = paragraph(para.content(), body, bodyAlignment(), "P");
    if (indented()) {
      if (indentNext) p.setFirstLineIndent(body.size() * 1.5f);
      indentNext = true;
    } else {
      p.setSpacingAfter(body.size() * 0.7f);
    }
    return List.of(directed(para.text(), p));
  }

  /**
   * A paragraph inside a quote, list or note goes in a cell of its own when it holds right-to-left text, so the
   * cell can take its direction; top-level paragraphs get theirs from {@link PageFlow#place}.
   */
  private Element directed(String text, Paragraph p) {
    char[] chars = text.toCharArray();
    if (topLevel || !Bidi.requiresBidi(chars, 0, chars.length)) return p;
    PdfPTable t = table(1);
    PdfPCell c = cell();
    Direction.apply(c, text, p);
    ctx.tags.add(c, p);
    t.addCell(c);
    t.setSpacingAfter(p.getSpacingAfter());
    return t;
  }

  private PdfPTable table(int columns) {
    PdfPTable t = new PdfPTable(columns);
    t.setWidthPercentage(100);
    t.getDefaultCell().setBorder(Rectangle.NO_BORDER);
    t.setSplitLate(false);
    return t;
  }

  private static PdfPCell cell() {
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(0);
    return c;
  }

  /** {@return whether a nested quote or list would be indented past {@link #MAX_NESTING} or a narrow column} */
  private boolean indentsCapped(float indent) {
    return nesting >= MAX_NESTING || width - indent < typo.base * 14;
  }

  @Override
  public List<Element> quote(Quote q) {
    float inset = typo.base * 1.2f;
    float barGap = typo.base * 0.9f;
    StructureTree.Node quote = ctx.tags.tree.add(parent, "BlockQuote");
    if (indentsCapped(inset + barGap + 2f)) {
      // In the parent's column, set off by its italics and a dash before the attribution only.
      Style s = Typography.emphasis(body, typo.theme.elements().quote()).color(typo.text);
      List<Element> out = new ArrayList<>(
          new BlockElements(ctx, width, s, false, listDepth, nesting, quote).all(q.content()));
      if (!q.attribution().isEmpty()) out.add(attribution(q, quote));
      indentNext = false;
      return out;
    }
    PdfPTable t = table(1);
    t.setWidthPercentage(100 * (width - inset) / width);
    t.setHorizontalAlignment(Element.ALIGN_RIGHT);
    PdfPCell c = cell();
    c.setBorder(Rectangle.LEFT);
    c.setBorderWidthLeft(2f);
    c.setBorderColorLeft(typo.quoteBar);
    c.setPaddingLeft(barGap);
    c.setPaddingBottom(typo.base * 0.3f);
    float inner = width - inset - barGap - 2f;
    Style s = Typography.emphasis(body, typo.theme.elements().quote()).color(typo.text);
    BlockElements nested = new BlockElements(ctx, inner, s, false, listDepth, nesting + 1, quote);
    for (Element e : nested.all(q.content())) ctx.tags.add(c, e);
    if (!q.attribution().isEmpty()) ctx.tags.add(c, attribution(q, quote));
    t.addCell(c);
    t.setSpacingBefore(typo.base * 0.9f);
    t.setSpacingAfter(typo.base * 0.9f);
    indentNext = false;
    return List.of(t);
  }

  private Paragraph attribution(Quote q, StructureTree.Node quote) {
    Style a = body.size(typo.small).color(typo.muted).hyphenate(false);
    Paragraph p = new Paragraph(typo.leading(a.size()), "", InlineChunks.font(a, ctx));
    for (Chunk ch : InlineChunks.of("— ", a, ctx)) p.add(ch);
    for (Chunk ch : InlineChunks.of(q.attribution(), a, ctx)) p.add(ch);
    p.setSpacingBefore(typo.base * 0.2f);
    return ctx.tags.role(p, ctx.tags.tree.add(quote, "P"));
  }

  @Override
  public List<Element> list(ListBlock list) {
    float markerWidth = typo.base * (list.ordered() ? 2.2f : 1.4f);
    if (indentsCapped(markerWidth)) return unindentedList(list);
    PdfPTable t = new PdfPTable(2);
    try {
      t.setTotalWidth(new float[] {markerWidth, width - markerWidth});
    } catch (com.lowagie.text.DocumentException e) {
      throw new IllegalStateException(e); // two widths for two columns cannot fail
    }
    t.setLockedWidth(true);
    t.setHorizontalAlignment(Element.ALIGN_LEFT);
    t.getDefaultCell().setBorder(Rectangle.NO_BORDER);
    t.setSplitLate(false);
    Style marker = body.italic(false).hyphenate(false);
    StructureTree.Node l = ctx.tags.tree.add(parent, "L");
    int n = list.start();
    for (ListBlock.Item item : list.items()) {
      String label = list.ordered() ? (n++) + "." : (listDepth % 2 == 0 ? "•" : "–");
      StructureTree.Node li = ctx.tags.tree.add(l, "LI");
      PdfPCell m = cell();
      Paragraph mp = new Paragraph(typo.leading(body.size()), "", InlineChunks.font(marker, ctx));
      for (Chunk c : InlineChunks.of(label, marker, ctx)) mp.add(c);
      mp.setAlignment(list.ordered() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
      ctx.tags.add(m, ctx.tags.role(mp, ctx.tags.tree.add(li, "Lbl")));
      m.setPaddingRight(typo.base * 0.4f);
      t.addCell(m);
      PdfPCell content = cell();
      content.setPaddingBottom(typo.base * 0.25f);
      BlockElements nested = new BlockElements(ctx, width - markerWidth, body, false, listDepth + 1, nesting + 1,
          ctx.tags.tree.add(li, "LBody"));
      for (Element e : nested.listItem(item.content())) ctx.tags.add(content, e);
      t.addCell(content);
    }
    t.setSpacingBefore(typo.base * 0.3f);
    t.setSpacingAfter(listDepth == 0 ? typo.base * 0.6f : 0);
    indentNext = false;
    return List.of(t);
  }

  /** A list past the indent cap: each item in the parent's column, its marker on a line of its own. */
  private List<Element> unindentedList(ListBlock list) {
    List<Element> out = new ArrayList<>();
    Style marker = body.italic(false).hyphenate(false);
    StructureTree.Node l = ctx.tags.tree.add(parent, "L");
    int n = list.start();
    for (ListBlock.Item item : list.items()) {
      String label = list.ordered() ? (n++) + "." : (listDepth % 2 == 0 ? "•" : "–");
      StructureTree.Node li = ctx.tags.tree.add(l, "LI");
      Paragraph mp = new Paragraph(typo.leading(body.size()), "", InlineChunks.font(marker, ctx));
      for (Chunk c : InlineChunks.of(label, marker, ctx)) mp.add(c);
      out.add(ctx.tags.role(mp, ctx.tags.tree.add(li, "Lbl")));
      out.addAll(new BlockElements(ctx, width, body, false, listDepth + 1, nesting, ctx.tags.tree.add(li, "LBody"))
          .listItem(item.content()));
    }
    indentNext = false;
    return out;
  }

  /** List items are ragged-free short texts: set without first-line indents or paragraph gaps. */
  private List<Element> listItem(List<Block> blocks) {
    List<Element> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof org.offprint.model.Paragraph para) {
        Paragraph p = paragraph(para.content(), body, bodyAlignment(), "P");
        p.setSpacingAfter(body.size() * 0.15f);
        out.add(directed(para.text(), p));
      } else {
        out.addAll(b.accept(this));
      }
    }
    return out;
  }

  @Override
  public List<Element> code(CodeBlock code) {
    Style s = body.code(typo.codeSize).color(typo.text);
    PdfPTable t = table(1);
    PdfPCell c = cell();
    c.setBackgroundColor(typo.codeBackground);
    c.setPadding(typo.base * 0.6f);
    c.setPaddingTop(typo.base * 0.35f);
    Paragraph p = new Paragraph(s.size() * 1.35f, "", InlineChunks.font(s, ctx));
    for (Chunk ch : InlineChunks.of(codeText(code.code()), s, ctx)) p.add(ch);
    p.setAlignment(Element.ALIGN_LEFT);
    ctx.tags.add(c, ctx.tags.role(p, ctx.tags.tree.add(parent, "Code")));
    t.addCell(c);
    t.setSplitRows(true);
    t.setSpacingBefore(typo.base * 0.5f);
    t.setSpacingAfter(typo.base * 0.9f);
    indentNext = false;
    return List.of(t);
  }

  /**
   * Tabs become four spaces; spaces at a line's start become no-break spaces, because OpenPDF drops leading
   * spaces of a line and the indentation of code carries meaning.
   */
  static String codeText(String code) {
    StringBuilder sb = new StringBuilder();
    boolean lineStart = true;
    for (int i = 0; i < code.length(); i++) {
      char ch = code.charAt(i);
      if (ch == '\t') {
        sb.append(lineStart ? "\u00a0\u00a0\u00a0\u00a0" : "    ");
      } else if (ch == ' ' && lineStart) {
        sb.append('\u00a0');
      } else {
        lineStart = ch == '\n';
        sb.append(ch == '\r' ? '\n' : ch);
      }
    }
    return sb.toString();
  }

  /**
   * Tells the next figure how much room is left on the page. A figure that would need a new page but fits at
   * two thirds of its size or more is shrunk to stay, instead of leaving a gap at the foot of the page.
   */
  void fitNextFigure(float room) {
    figureRoom = room;
  }

  /** {@return the height a figure's caption will take} */
  float captionHeight(Figure f) {
    if (f.caption().isEmpty()) return 0;
    Style cs = body.size(typo.captionSize);
    float w = InlineChunks.font(cs, ctx).getBaseFont().getWidthPoint(Inline.plainText(f.caption()), cs.size());
    return (float) Math.ceil(Math.max(1, w) / width) * typo.leading(cs.size()) + typo.base * 0.6f;
  }

  @Override
  public List<Element> figure(Figure f) {
    float room = figureRoom;
    figureRoom = 0;
    PdfPTable t = table(1);
    t.setKeepTogether(true);
    Optional<Image> img = ctx.images.load(f.src());
    if (img.isPresent()) {
      Image i = img.get();
      float maxH = typo.textHeight() * 0.6f;
      if (i.getScaledWidth() > width || i.getScaledHeight() > maxH) i.scaleToFit(width, maxH);
      float natural = i.getScaledHeight();
      if (room > 0 && natural > room && room >= natural * 0.66f) i.scaleToFit(width, room);
      PdfPCell c = new PdfPCell(i, false);
      c.setBorder(Rectangle.NO_BORDER);
      c.setPadding(0);
      c.setHorizontalAlignment(Element.ALIGN_CENTER);
      // The image goes in a table of its own inside the cell, so that its drawing can be bracketed as a Figure,
      // described by its alt text, else its caption. With neither, it is decoration (an artifact).
      PdfPTable image = table(1);
      image.addCell(c);
      String alt = f.alt().isBlank() ? Inline.plainText(f.caption()) : f.alt();
      if (!alt.isBlank()) ctx.tags.role(image, ctx.tags.tree.add(parent, "Figure").alt(alt));
      PdfPCell outer = cell();
      ctx.tags.add(outer, image);
      t.addCell(outer);
    } else if (!f.alt().isEmpty()) {
      Style a = body.italic(true).color(typo.muted).hyphenate(false);
      PdfPCell c = cell();
      ctx.tags.add(c, paragraph(List.of(Inline.text("[" + f.alt() + "]")), a, Element.ALIGN_CENTER, "P"));
      t.addCell(c);
    }
    if (!f.caption().isEmpty()) {
      Style cs = body.size(typo.captionSize).color(typo.muted).hyphenate(false);
      PdfPCell c = cell();
      c.setPaddingTop(typo.base * 0.4f);
      ctx.tags.add(c, paragraph(f.caption(), cs,
          typo.theme.elements().captionCentered() ? Element.ALIGN_CENTER : Element.ALIGN_LEFT, "Caption"));
      t.addCell(c);
    }
    t.setSpacingBefore(typo.base * 0.8f);
    t.setSpacingAfter(typo.base * 1.0f);
    indentNext = false;
    return t.getRows().isEmpty() ? List.of() : List.of(t);
  }

  @Override
  public List<Element> table(Table table) {
    int cols = Math.max(1, table.columns());
    PdfPTable t = table(cols);
    try {
      Style cells = body.size(typo.small);
      BaseFont font = InlineChunks.font(cells, ctx).getBaseFont();
      float padding = typo.base * (typo.theme.elements().table() == Theme.TableStyle.GRID ? 0.9f : 0.5f) + 1f;
      t.setWidths(columnWeights(table, cols, width, text -> font.getWidthPoint(text, cells.size()), padding));
    } catch (com.lowagie.text.DocumentException e) {
      throw new IllegalStateException(e); // as many weights as columns
    }
    t.setHeaderRows(table.head().size());
    t.setSplitRows(true);
    Style cellStyle = body.size(typo.small).hyphenate(false);
    StructureTree.Node node = ctx.tags.tree.add(parent, "Table");
    // the caption is set above the table: its element comes first, as PDF/UA allows
    StructureTree.Node caption = table.caption().isEmpty() ? null : ctx.tags.tree.add(node, "Caption");
    for (Table.Row row : table.head()) addRow(t, row, cellStyle.bold(true), node, true);
    for (Table.Row row : table.body()) addRow(t, row, cellStyle, node, false);
    List<Element> out = new ArrayList<>();
    if (caption != null) {
      Style cs = body.size(typo.captionSize).color(typo.muted).italic(true).hyphenate(false);
      Paragraph p = paragraph(table.caption(), cs, Element.ALIGN_LEFT, caption);
      p.setSpacingBefore(typo.base * 0.6f);
      p.setKeepTogether(true);
      out.add(p);
      t.setSpacingBefore(typo.base * 0.2f);
    } else {
      t.setSpacingBefore(typo.base * 0.6f);
    }
    t.setSpacingAfter(typo.base * 0.9f);
    out.add(t);
    indentNext = false;
    return out;
  }

  private void addRow(PdfPTable t, Table.Row row, Style s, StructureTree.Node table, boolean head) {
    StructureTree.Node tr = ctx.tags.tree.add(table, "TR");
    for (Table.Cell cell : row.cells()) {
      StructureTree.Node td = ctx.tags.tree.add(tr, head ? "TH" : "TD");
      if (head) td.tableAttribute(new PdfName("Scope"), new PdfName("Column"));
      if (cell.colspan() > 1) td.tableAttribute(new PdfName("ColSpan"), new PdfNumber(cell.colspan()));
      if (cell.rowspan() > 1) td.tableAttribute(new PdfName("RowSpan"), new PdfNumber(cell.rowspan()));
      PdfPCell c = cell();
      c.setColspan(cell.colspan());
      c.setRowspan(cell.rowspan());
      c.setPaddingTop(typo.base * 0.2f);
      c.setPaddingBottom(typo.base * 0.35f);
      c.setPaddingRight(typo.base * 0.5f);
      switch (typo.theme.elements().table()) {
        case RULES -> {
          c.setBorder(Rectangle.BOTTOM);
          c.setBorderColorBottom(head ? typo.text : typo.rule);
          c.setBorderWidthBottom(head ? 0.8f : 0.4f);
        }
        case GRID -> {
          c.setBorder(Rectangle.BOX);
          c.setBorderColor(typo.rule);
          c.setBorderWidth(0.4f);
          c.setPaddingLeft(typo.base * 0.4f);
        }
        case PLAIN -> c.setBorder(Rectangle.NO_BORDER);
      }
      int align = switch (cell.align()) {
        case RIGHT -> Element.ALIGN_RIGHT;
        case CENTER -> Element.ALIGN_CENTER;
        default -> Element.ALIGN_LEFT;
      };
      Paragraph p = paragraph(cell.content(), s, align, td);
      Direction.apply(c, Inline.plainText(cell.content()), p);
      ctx.tags.add(c, p);
      t.addCell(c);
    }
    t.completeRow();
  }

  /**
   * Column widths as a browser's automatic table layout sets them: each column at least as wide as its longest
   * word (so that no word is broken inside), and the room left shared in proportion to how much more each
   * column's longest text would take. A table whose texts all fit gets them whole.
   *
   * @param room the width of the table, in the unit of {@code measure}
   * @param measure the width of a text set in the cells' font (the head's bold is allowed for by a little slack)
   * @param padding each cell's padding, in the same unit
   */
  static float[] columnWeights(Table table, int cols, float room, ToDoubleFunction<String> measure, float padding) {
    float[] least = new float[cols];
    float[] most = new float[cols];
    for (List<Table.Row> rows : List.of(table.head(), table.body())) {
      float bold = rows == table.head() ? 1.1f : 1f;
      for (Table.Row row : rows) {
        int col = 0;
        for (Table.Cell cell : row.cells()) {
          if (col >= cols) break;
          if (cell.colspan() == 1) {
            String text = Inline.plainText(cell.content()).strip();
            most[col] = Math.max(most[col], bold * (float) measure.applyAsDouble(text));
            for (String word : text.split("\\s+")) {
              least[col] = Math.max(least[col], bold * (float) measure.applyAsDouble(word));
            }
          }
          col += cell.colspan();
        }
      }
    }
    float sumLeast = 0;
    float sumMost = 0;
    for (int i = 0; i < cols; i++) {
      least[i] += padding;
      most[i] = Math.max(least[i], most[i] + padding);
      sumLeast += least[i];
      sumMost += most[i];
    }
    if (sumMost <= room || sumLeast >= room) return sumMost <= room ? most : least; // all whole, or words first
    float share = (room - sumLeast) / (sumMost - sumLeast);
    float[] w = new float[cols];
    for (int i = 0; i < cols; i++) w[i] = least[i] + (most[i] - least[i]) * share;
    return w;
  }

  @Override
  public List<Element> rule(Rule rule) {
    PdfPTable t = table(1);
    t.setWidthPercentage(30);
    t.setHorizontalAlignment(Element.ALIGN_CENTER);
    PdfPCell c = cell();
    c.setBorder(Rectangle.TOP);
    c.setBorderColorTop(typo.rule);
    c.setBorderWidthTop(0.6f);
    c.setFixedHeight(1f);
    t.addCell(c);
    t.setSpacingBefore(typo.base * 1.0f);
    t.setSpacingAfter(typo.base * 1.0f);
    indentNext = false;
    return List.of(t);
  }
}
