package org.offprint.read.html.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.offprint.model.Block;
import org.offprint.model.CodeBlock;
import org.offprint.model.Figure;
import org.offprint.model.Heading;
import org.offprint.model.Image;
import org.offprint.model.Inline;
import org.offprint.model.Link;
import org.offprint.model.ListBlock;
import org.offprint.model.NoteRef;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Rule;
import org.offprint.model.Strong;
import org.offprint.model.Table;
import org.offprint.model.Text;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.offprint.read.html.cues.Vocabulary;
import org.offprint.read.html.dom.TextStats;
import org.offprint.read.html.dom.Walk;
import org.offprint.read.html.dom.Whitespace;

/**
 * Maps the cleaned article's markup to model blocks. Inline runs between block elements become paragraphs;
 * wrappers are flattened. The recursion is bounded because {@link DepthLimiter} flattened the tree first.
 */
public final class BlockMapper {
  // parsed once (jsoup parses a query string on every call); tag queries are Walk.tags, a set lookup
  private static final Evaluator CODE = Walk.tags("code");
  private static final Evaluator BR = Walk.tags("br");
  private static final Evaluator CAPTION = Walk.tags("caption");
  private static final Evaluator ROW = Walk.tags("tr");
  private static final Evaluator TABLE = Walk.tags("table");
  private static final Evaluator IMG = Walk.tags("img");
  private static final Evaluator FIGCAPTION = Walk.tags("figcaption");
  private static final Evaluator CREDIT = QueryParser.parse("[" + FigureCredits.MARK + "]");

  private static final Pattern LANGUAGE =
      Pattern.compile("(?:^|\\s)(?:language|lang|highlight|brush:?|sourcecode)[-: ]?([a-z0-9+#_.-]+)",
          Pattern.CASE_INSENSITIVE);

  private final InlineMapper inlines;

  public BlockMapper(InlineMapper inlines) {
    this.inlines = inlines;
  }

  /** {@return the blocks of {@code container}'s content} */
  public List<Block> blocks(Element container) {
    Out out = new Out();
    children(container, out);
    out.flush();
    return out.blocks;
  }

  /** Collects blocks and the inline run in progress. */
  private static final class Out {
    final List<Block> blocks = new ArrayList<>();
    List<Inline> run = new ArrayList<>();

    void flush() {
      if (run.isEmpty()) return;
      List<Inline> tidy = Inlines.tidy(run);
      run = new ArrayList<>();
      if (tidy.isEmpty() || isIconOnly(tidy)) return;
      Image lone = loneImage(tidy);
      if (lone != null) blocks.add(new Figure(lone.src(), lone.alt(), List.of()));
      else blocks.add(new Paragraph(tidy));
    }

    void add(Block b) {
      flush();
      blocks.add(b);
    }
  }

  /**
   * Whether a run shows nothing but icon glyphs: characters of the Private Use Areas, which icon fonts draw
   * (Material Icons' U+E5C9 "close"), and spaces. Without the page's font such a character is an empty box.
   */
  static boolean isIconOnly(List<Inline> run) {
    for (Inline i : run) if (i instanceof Image || i instanceof NoteRef) return false;
    String text = Inline.plainText(run);
    boolean icon = false;
    for (int k = 0; k < text.length(); ) {
      int c = text.codePointAt(k);
      k += Character.charCount(c);
      if (Character.getType(c) == Character.PRIVATE_USE) icon = true;
      else if (!Character.isWhitespace(c) && c != 0xA0) return false;
    }
    return icon;
  }

  // A paragraph that is only an image (perhaps linked) is a figure.
  private static Image loneImage(List<Inline> tidy) {
    if (tidy.size() != 1) return null;
    Inline i = tidy.get(0);
    if (i instanceof Link l) i = onlyInline(l.content()); // a linked picture ("click to enlarge"), spaces aside
    return i instanceof Image img ? img : null;
  }

  /** {@return the one inline of {@code content} that is not a blank text, or null} */
  private static Inline onlyInline(List<Inline> content) {
    Inline only = null;
    for (Inline i : content) {
      if (i instanceof Text t && t.text().isBlank()) continue;
      if (only != null) return null;
      only = i;
    }
    return only;
  }

  private void children(Element parent, Out out) {
    List<Node> nodes = parent.childNodes();
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (n instanceof TextNode) {
        inlines.node(n, out.run);
      } else if (n instanceof Element e) {
        int before = out.blocks.size();
        element(e, out);
        Element next = e.nextElementSibling();
        if (next == null || !isCaptionLine(next)) continue;
        if (!TextStats.BLOCKS.contains(e.normalName()) && !e.normalName().equals("img")) continue;
        out.flush();
        if (out.blocks.size() == before + 1 && captionLine(out, next)) {
          i = nodes.indexOf(next); // the caption line now belongs to the figure
        }
      }
    }
  }

  /** Gives a captionless figure just made the caption line that follows it: {@code <p class="caption">}. */
  private boolean captionLine(Out out, Element next) {
    if (!(out.blocks.get(out.blocks.size() - 1) instanceof Figure f) || !f.caption().isEmpty()) return false;
    if (!isCaptionLine(next)) return false;
    if (next.text().length() > 400 || Walk.first(next, IMG) != null) return false;
    List<Inline> caption = Inlines.tidy(inlines.children(next));
    if (caption.isEmpty()) return false;
    out.blocks.set(out.blocks.size() - 1, new Figure(f.src(), f.alt(), caption));
    return true;
  }

  private static boolean isCaptionLine(Element e) {
    return Vocabulary.isCaption(e) || e.normalName().equals("figcaption") || e.hasAttr(FigureCredits.MARK);
  }

  private void element(Element e, Out out) {
    String tag = e.normalName();
    switch (tag) {
      case "p":
        Figure pf = captionedImage(e);
        if (pf != null) {
          out.add(pf);
          return;
        }
        out.flush();
        children(e, out);
        out.flush();
        return;
      case "h1", "h2", "h3", "h4", "h5", "h6":
        List<Inline> h = Inlines.tidy(inlines.children(e));
        if (!h.isEmpty()) out.add(new Heading(tag.charAt(1) - '0', h, e.id()));
        return;
      case "ul":
      case "ol":
        ListBlock list = list(e);
        if (!list.items().isEmpty()) out.add(list);
        return;
      case "dl":
        definitions(e, out);
        return;
      case "blockquote":
        Quote q = quote(e);
        if (!q.content().isEmpty()) out.add(q);
        return;
      case "pre":
        out.add(code(e));
        return;
      case "hr":
        out.add(new Rule());
        return;
      case "table":
        if (Tables.isDataTable(e)) {
          Table t = table(e);
          if (!t.body().isEmpty() || !t.head().isEmpty()) out.add(t);
        } else {
          blockChildren(e, out);
        }
        return;
      case "figure":
        figure(e, out);
        return;
      default:
        if (TextStats.BLOCKS.contains(tag)) {
          Figure f = captionedImage(e);
          if (f != null) out.add(f);
          else blockChildren(e, out);
        } else if (wrapsFigure(e)) {
          blockChildren(e, out); // <a><figure>…</figure></a>: a figure, not an image and its caption run together
        } else if (!tag.equals("a") && holdsBlock(e)) {
          blockChildren(e, out); // a custom element (<app-recipe-page>) or a span that holds blocks, as shown
        } else {
          inlines.node(e, out.run);
        }
    }
  }

  /** {@return the one element {@code e} holds, with no words beside it, or null} */
  private static Element onlyChild(Element e) {
    Element only = null;
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      Node c = e.childNode(i);
      if (c instanceof Element el) {
        if (only != null) return null;
        only = el;
      } else if (c instanceof TextNode t && !t.isBlank()) {
        return null;
      }
    }
    return only;
  }

  /**
   * {@return whether {@code e}, not a block by its tag, holds a block (a paragraph, a list, a heading), itself or
   * through other such elements: a browser shows those blocks apart, so they are not run into one paragraph}
   * Links are left out: a card link keeps its words together, and its link.
   */
  private static boolean holdsBlock(Element e) {
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (!(e.childNode(i) instanceof Element c)) continue;
      String tag = c.normalName();
      if (TextStats.BLOCKS.contains(tag) || !tag.equals("a") && holdsBlock(c)) return true;
    }
    return false;
  }

  /** {@return whether inline {@code e} (a link, a span) holds a {@code <figure>} as one of its children} */
  private static boolean wrapsFigure(Element e) {
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof Element c && c.normalName().equals("figure")) return true;
    }
    return false;
  }

  private void blockChildren(Element e, Out out) {
    out.flush();
    children(e, out);
    out.flush();
  }

  private ListBlock list(Element e) {
    boolean ordered = e.normalName().equals("ol");
    int start = 1;
    if (ordered && !e.attr("start").isBlank()) {
      try {
        start = Integer.parseInt(e.attr("start").trim());
      } catch (NumberFormatException ex) {
        start = 1;
      }
    }
    List<ListBlock.Item> items = new ArrayList<>();
    Out loose = new Out();
    for (Node n : e.childNodes()) {
      if (n instanceof Element li && li.normalName().equals("li")) {
        List<Block> content = blocks(li);
        if (!content.isEmpty()) items.add(new ListBlock.Item(content));
      } else if (n instanceof Element other) {
        // stray content inside a list (a nested list without its <li>) joins the previous item
        loose = new Out();
        element(other, loose);
        loose.flush();
        addToLast(items, loose.blocks);
      } else if (n instanceof TextNode t && !t.isBlank()) {
        addToLast(items, List.of(Block.paragraph(Whitespace.collapse(t.text()).trim())));
      }
    }
    return new ListBlock(ordered, start, items);
  }

  private static void addToLast(List<ListBlock.Item> items, List<Block> blocks) {
    if (blocks.isEmpty()) return;
    if (items.isEmpty()) {
      items.add(new ListBlock.Item(blocks));
      return;
    }
    List<Block> merged = new ArrayList<>(items.get(items.size() - 1).content());
    merged.addAll(blocks);
    items.set(items.size() - 1, new ListBlock.Item(merged));
  }

  private void definitions(Element dl, Out out) {
    out.flush();
    for (Element c : Walk.childElements(dl)) {
      if (c.normalName().equals("dt")) {
        List<Inline> t = Inlines.tidy(inlines.children(c));
        if (!t.isEmpty()) out.add(new Paragraph(List.of(new Strong(t))));
      } else {
        blockChildren(c, out);
      }
    }
  }

  private Quote quote(Element e) {
    List<Inline> attribution = List.of();
    Element by = null;
    for (Element c : Walk.childElements(e)) {
      String tag = c.normalName();
      if (tag.equals("footer") || tag.equals("cite") && c == e.lastElementChild()
          || Vocabulary.isCaption(c) || c.className().contains("attribution")) {
        by = c;
      }
    }
    if (by != null) {
      attribution = Inlines.tidy(inlines.children(by));
      by.remove();
      if (!attribution.isEmpty() && attribution.get(0) instanceof Text t) {
        String s = t.text().replaceFirst("^[\\s—–-]+", "");
        List<Inline> a = new ArrayList<>(attribution);
        if (s.isEmpty()) a.remove(0);
        else a.set(0, new Text(s));
        attribution = a;
      }
    }
    return new Quote(blocks(e), attribution);
  }

  private CodeBlock code(Element pre) {
    String language = language(pre);
    Element code = Walk.first(pre, CODE);
    if (language.isEmpty() && code != null) language = language(code);
    for (Element br : Walk.all(pre, BR)) br.replaceWith(new TextNode("\n"));
    String text = pre.wholeText();
    text = text.replace("\r\n", "\n").replace('\u00A0', ' ');
    text = text.replaceAll("^\\n+", "").stripTrailing();
    return new CodeBlock(language, text);
  }

  private static String language(Element e) {
    Matcher m = LANGUAGE.matcher(e.className());
    if (m.find()) return m.group(1).toLowerCase(Locale.ROOT);
    String data = e.attr("data-lang").isEmpty() ? e.attr("data-language") : e.attr("data-lang");
    return data.trim().toLowerCase(Locale.ROOT);
  }

  private Table table(Element table) {
    List<Inline> caption = List.of();
    Element cap = Walk.first(table, CAPTION);
    if (cap != null) caption = Inlines.tidy(inlines.children(cap));
    List<Table.Row> head = new ArrayList<>();
    List<Table.Row> body = new ArrayList<>();
    for (Element tr : Walk.all(table, ROW)) {
      if (tr.closest(TABLE) != table) continue;
      List<Table.Cell> cells = new ArrayList<>();
      boolean allHeader = true;
      for (Element cell : Walk.childElements(tr)) {
        String tag = cell.normalName();
        if (!tag.equals("td") && !tag.equals("th")) continue;
        allHeader &= tag.equals("th");
        cells.add(new Table.Cell(Inlines.tidy(inlines.children(cell)), align(cell), span(cell, "colspan"),
            span(cell, "rowspan")));
      }
      if (cells.isEmpty()) continue;
      Element section = tr.parent();
      boolean inHead = section != null && section.normalName().equals("thead");
      if (inHead || allHeader && body.isEmpty()) head.add(new Table.Row(cells));
      else body.add(new Table.Row(cells));
    }
    if (head.isEmpty() && body.size() > 1 && isBoldRow(body.get(0)) && !isBoldRow(body.get(1))) {
      head.add(unbolded(body.remove(0))); // a word processor's header row: bold cells, not th
    }
    return new Table(caption, head, body);
  }

  /** Whether every cell of {@code row} is empty or bold all through, and one at least is not empty. */
  private static boolean isBoldRow(Table.Row row) {
    boolean any = false;
    for (Table.Cell cell : row.cells()) {
      if (cell.content().isEmpty()) continue;
      if (cell.content().size() != 1 || !(cell.content().get(0) instanceof Strong)) return false;
      any = true;
    }
    return any;
  }

  private static Table.Row unbolded(Table.Row row) {
    List<Table.Cell> cells = new ArrayList<>();
    for (Table.Cell c : row.cells()) {
      List<Inline> content = c.content().isEmpty() ? c.content() : ((Strong) c.content().get(0)).content();
      cells.add(new Table.Cell(content, c.align(), c.colspan(), c.rowspan()));
    }
    return new Table.Row(cells);
  }

  private static Table.Align align(Element cell) {
    String a = cell.attr("align").toLowerCase(Locale.ROOT);
    String style = cell.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    if (a.equals("center") || style.contains("text-align:center")) return Table.Align.CENTER;
    if (a.equals("right") || style.contains("text-align:right")) return Table.Align.RIGHT;
    if (a.equals("left") || style.contains("text-align:left")) return Table.Align.LEFT;
    return Table.Align.DEFAULT;
  }

  private static int span(Element cell, String attr) {
    String v = cell.attr(attr).trim();
    if (v.isEmpty()) return 1; // nearly every cell: no exception thrown and caught for it
    try {
      int n = Integer.parseInt(v);
      return n < 1 ? 1 : Math.min(n, 1000);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private void figure(Element fig, Out out) {
    List<Element> imgs = Walk.all(fig, IMG);
    Element cap = Walk.first(fig, FIGCAPTION);
    if (imgs.isEmpty()) {
      // the caption of a video or an embed that is gone (nothing but the caption has words): no paragraph
      if (cap != null && !hasTextOutside(fig, cap)) return;
      blockChildren(fig, out); // a figure of a quote, a code sample or an embed: keep its content
      return;
    }
    List<Inline> caption = cap == null ? List.of() : Inlines.tidy(inlines.children(cap));
    caption = withCredits(caption, fig, cap);
    List<Image> images = new ArrayList<>();
    for (Element img : imgs) {
      Image i = inlines.image(img);
      if (i != null) images.add(i);
    }
    if (images.isEmpty()) {
      if (!caption.isEmpty()) out.add(new Paragraph(caption));
      return;
    }
    for (int i = 0; i < images.size(); i++) {
      Image img = images.get(i);
      out.add(new Figure(img.src(), img.alt(), i == images.size() - 1 ? caption : List.of()));
    }
  }

  /** {@return whether {@code fig} holds words outside {@code cap}} */
  private static boolean hasTextOutside(Element fig, Element cap) {
    for (Node n = Walk.following(fig, fig); n != null; ) {
      if (n == cap) {
        n = Walk.after(cap, fig);
        continue;
      }
      if (n instanceof TextNode t && !t.isBlank()) return true;
      n = Walk.following(n, fig);
    }
    return false;
  }

  /**
   * {@return the caption followed by the figure's credits that sit outside it ({@link FigureCredits}), one space
   * apart}
   */
  private List<Inline> withCredits(List<Inline> caption, Element fig, Element cap) {
    List<Inline> out = null;
    for (Element credit : Walk.all(fig, CREDIT)) {
      if (cap != null && (credit == cap || credit.closest(FIGCAPTION) == cap)) continue; // in the caption already
      if (credit.parent() != null && credit.parent().closest(CREDIT) != null) continue; // inside another credit
      List<Inline> c = Inlines.tidy(inlines.children(credit));
      if (c.isEmpty()) continue;
      if (out == null) out = new ArrayList<>(caption);
      if (!out.isEmpty()) out.add(new Text(" "));
      out.addAll(c);
    }
    return out == null ? caption : Inlines.tidy(out);
  }

  /**
   * {@return a figure for a block that is one image and a caption line (WordPress {@code wp-caption}, a
   * {@code <p>} with an image and a {@code .caption}), or null}
   */
  private Figure captionedImage(Element e) {
    // only a caption wrapper or a block with a caption child qualifies: cheap tests first, as this runs per block
    Element capEl = null;
    Element inner = e; // where the caption is looked for: e, or the element e only wraps (<p><span><span>…)
    for (int depth = 0; inner != null && depth < 4; depth++) {
      for (int i = 0; i < inner.childNodeSize() && capEl == null; i++) { // no list of the children for every block
        if (inner.childNode(i) instanceof Element c && (Vocabulary.isCaption(c) || c.hasAttr(FigureCredits.MARK))) {
          capEl = c;
        }
      }
      if (capEl != null) break;
      inner = onlyChild(inner);
    }
    if (capEl == null) inner = e;
    boolean wrapper = Vocabulary.isCaption(e) || e.className().contains("wp-caption");
    if (capEl == null && !wrapper) return null;
    List<Element> imgs = Walk.all(e, IMG);
    if (imgs.size() != 1) return null;
    Image img = inlines.image(imgs.get(0));
    if (img == null) return null;
    String all = e.text();
    String capText = capEl == null ? "" : capEl.text();
    boolean credits = false; // a credit beside the caption line, or a second caption line (its source)
    for (Element credit : capEl == null ? List.<Element>of() : Walk.childElements(inner)) {
      if (credit != capEl && (credit.hasAttr(FigureCredits.MARK) || Vocabulary.isCaption(credit))) {
        capText += " " + credit.text(); // the space between them counts in the visible length
        credits = true;
      }
    }
    // any words besides the caption are prose with an image in it, mapped block by block instead
    if (Whitespace.visibleLength(all) - Whitespace.visibleLength(capText) > 0 || all.length() > 600) return null;
    if (capEl == null || credits) {
      // the caption is all the wrapper's words: a caption line, and a credit beside it ({@link FigureCredits})
      imgs.get(0).remove();
      return new Figure(img.src(), img.alt(), Inlines.tidy(inlines.children(e)));
    }
    return new Figure(img.src(), img.alt(), Inlines.tidy(inlines.children(capEl)));
  }
}
