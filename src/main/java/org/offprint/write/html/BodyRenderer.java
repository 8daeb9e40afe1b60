package org.offprint.write.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.offprint.model.Block;
import org.offprint.model.BlockVisitor;
import org.offprint.model.Code;
import org.offprint.model.CodeBlock;
import org.offprint.model.Emphasis;
import org.offprint.model.Figure;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Image;
import org.offprint.model.Inline;
import org.offprint.model.InlineVisitor;
import org.offprint.model.LineBreak;
import org.offprint.model.Link;
import org.offprint.model.ListBlock;
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
import org.offprint.write.Labels;

/**
 * Renders blocks, inlines and footnotes as markup valid both as HTML5 and as EPUB 3 XHTML. One instance renders
 * one document, once.
 */
final class BodyRenderer implements BlockVisitor<Void>, InlineVisitor<Void> {
  private final Markup m;
  private final Anchors anchors;
  private final Map<String, String> images;
  private final Dialect dialect;
  private final Labels labels;
  private final List<TocHeading> outline = new ArrayList<>();
  private int nesting;
  private int linkDepth;

  /**
   * @param images the href to use for each image URI; an image without one is shown as its alt text
   * @param dialect the page or the EPUB chapter the markup goes into ({@code epub:type} attributes in a chapter)
   * @param labels the words of the notes' label and back links, in the document's language
   */
  BodyRenderer(Markup m, Anchors anchors, Map<String, String> images, Dialect dialect, Labels labels) {
    this.labels = labels;
    this.m = m;
    this.anchors = anchors;
    this.images = images;
    this.dialect = dialect;
  }

  /** {@return the top-level headings rendered so far} */
  List<TocHeading> outline() {
    return List.copyOf(outline);
  }

  void blocks(List<Block> blocks) {
    for (Block b : blocks) {
      b.accept(this);
      m.nl();
    }
  }

  void inlines(List<Inline> inlines) {
    for (Inline in : inlines) in.accept(this);
  }

  /** Renders the notes section, named {@code label}, with back links to the first reference of each note. */
  void footnotes(List<Footnote> notes, String label) {
    if (notes.isEmpty()) return;
    m.open("section", "class", "footnotes", "aria-label", label).nl();
    nesting++;
    for (int i = 0; i < notes.size(); i++) {
      int number = i + 1;
      m.open("aside", "id", anchors.footnoteId(number), "class", "footnote", "epub:type", dialect.epubType("footnote"),
          "role", "doc-footnote").nl();
      List<Block> content = notes.get(i).content();
      boolean inlineFirst = !content.isEmpty() && content.get(0) instanceof Paragraph;
      m.open("p");
      if (anchors.referenced(number)) {
        m.open("a", "href", "#" + anchors.firstRefId(number), "class", "backlink", "role", "doc-backlink", "title",
            labels.get(Labels.Key.BACK))
            .text(number + ".").close("a");
      } else {
        m.open("span", "class", "note-number").text(number + ".").close("span");
      }
      m.text(" ");
      if (inlineFirst) inlines(((Paragraph) content.get(0)).content());
      m.close("p").nl();
      blocks(inlineFirst ? content.subList(1, content.size()) : content);
      m.close("aside").nl();
    }
    nesting--;
    m.close("section").nl();
  }

  @Override
  public Void heading(Heading heading) {
    String id = anchors.nextHeadingId();
    if (Xml.clean(heading.text()).isBlank() && !hasImage(heading.content())) return null; // an empty heading helps no one
    // levels never skip on the way down (WCAG 1.3.1, axe heading-order): the transform stage sees to it
    int level = heading.level();
    if (nesting == 0) outline.add(new TocHeading(level, Xml.clean(heading.text()).strip(), id));
    m.open("h" + level, "id", id);
    inlines(heading.content());
    m.close("h" + level);
    return null;
  }

  private static boolean hasImage(List<Inline> inlines) {
    for (Inline in : inlines) if (in instanceof Image) return true;
    return false;
  }

  @Override
  public Void paragraph(Paragraph paragraph) {
    if (paragraph.content().isEmpty()) return null;
    m.open("p");
    inlines(paragraph.content());
    m.close("p");
    return null;
  }

  @Override
  public Void quote(Quote quote) {
    nesting++;
    m.open("blockquote").nl();
    blocks(quote.content());
    if (!quote.attribution().isEmpty()) {
      m.open("p", "class", "attribution");
      inlines(quote.attribution());
      m.close("p").nl();
    }
    m.close("blockquote");
    nesting--;
    return null;
  }

  @Override
  public Void list(ListBlock list) {
    if (list.items().isEmpty()) return null;
    nesting++;
    String tag = list.ordered() ? "ol" : "ul";
    m.open(tag, "start", list.ordered() && list.start() != 1 ? Integer.toString(list.start()) : null).nl();
    for (ListBlock.Item item : list.items()) {
      m.open("li");
      List<Block> content = item.content();
      // A single paragraph is written bare: a tight list, as the page had it.
      if (content.size() == 1 && content.get(0) instanceof Paragraph p) {
        inlines(p.content());
      } else {
        m.nl();
        blocks(content);
      }
      m.close("li").nl();
    }
    m.close(tag);
    nesting--;
    return null;
  }

  @Override
  public Void code(CodeBlock code) {
    String lang = code.language().replaceAll("[^A-Za-z0-9_+#-]", "");
    m.open("pre").open("code", "class", lang.isEmpty() ? null : "language-" + lang);
    // One block per line, each keeping its newline, so that a long line wraps with a hanging indent (CSS) and
    // copied code still has its lines.
    String[] lines = code.code().split("\n", -1);
    int count = lines.length > 1 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
    for (int i = 0; i < count; i++) {
      int indent = indent(lines[i]);
      // A wrapped line continues a little right of where its own text starts (the stylesheet's 4ch for
      // lines that start at the margin).
      String style = indent == 0 ? null
          : "padding-left: " + (indent + 4) + "ch; text-indent: -" + (indent + 4) + "ch";
      m.open("span", "class", "line", "style", style).text(i < count - 1 ? lines[i] + "\n" : lines[i])
          .close("span");
    }
    m.close("code").close("pre");
    return null;
  }

  /** {@return the columns of a code line's leading white space, tabs to the next multiple of 8 as browsers do} */
  private static int indent(String line) {
    int col = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') col++;
      else if (c == '\t') col = (col / 8 + 1) * 8;
      else break;
    }
    return col;
  }

  @Override
  public Void figure(Figure figure) {
    String href = images.get(figure.src());
    String alt = Xml.clean(figure.alt()).strip();
    String caption = Inline.plainText(figure.caption()).strip();
    if (href == null && alt.isEmpty() && caption.isEmpty()) return null;
    m.open("figure").nl();
    if (href != null) {
      m.empty("img", "src", href, "alt", alt).nl();
    } else if (!alt.isEmpty() && !alt.equals(caption)) {
      m.element("p", alt, "class", "image-missing").nl();
    }
    if (!figure.caption().isEmpty()) {
      m.open("figcaption");
      inlines(figure.caption());
      m.close("figcaption").nl();
    }
    m.close("figure");
    return null;
  }

  @Override
  public Void table(Table table) {
    if (table.head().isEmpty() && table.body().isEmpty()) return null;
    m.open("table").nl();
    if (!table.caption().isEmpty()) {
      m.open("caption");
      inlines(table.caption());
      m.close("caption").nl();
    }
    if (!table.head().isEmpty()) {
      m.open("thead").nl();
      rows(table.head(), true);
      m.close("thead").nl();
    }
    if (!table.body().isEmpty()) {
      m.open("tbody").nl();
      rows(table.body(), false);
      m.close("tbody").nl();
    }
    m.close("table");
    return null;
  }

  private void rows(List<Table.Row> rows, boolean head) {
    for (Table.Row row : rows) {
      m.open("tr");
      for (Table.Cell cell : row.cells()) {
        // a header cell with no text (the corner above a column of row labels) heads nothing: screen readers
        // would announce an empty header for every cell under it (axe: empty-table-header)
        boolean th = head && !Inline.plainText(cell.content()).isBlank();
        String tag = th ? "th" : "td";
        m.open(tag,
            "scope", th ? "col" : null,
            "colspan", cell.colspan() > 1 ? Integer.toString(cell.colspan()) : null,
            "rowspan", cell.rowspan() > 1 ? Integer.toString(cell.rowspan()) : null,
            "class", cell.align() == Table.Align.DEFAULT ? null
                : "align-" + cell.align().name().toLowerCase(Locale.ROOT));
        inlines(cell.content());
        m.close(tag);
      }
      m.close("tr").nl();
    }
  }

  @Override
  public Void rule(Rule rule) {
    m.empty("hr");
    return null;
  }

  @Override
  public Void text(Text text) {
    m.text(text.text());
    return null;
  }

  @Override
  public Void emphasis(Emphasis emphasis) {
    return wrap("em", emphasis.content());
  }

  @Override
  public Void strong(Strong strong) {
    return wrap("strong", strong.content());
  }

  @Override
  public Void code(Code code) {
    m.element("code", code.code());
    return null;
  }

  @Override
  public Void link(Link link) {
    String href = href(link.href());
    // HTML forbids a link inside a link; the inner one keeps its text. A link with nothing to read (no text, no
    // image with alternative text) is one a screen reader can only call "link": its content stays, unlinked.
    if (href == null || linkDepth > 0 || !named(link.content())) {
      inlines(link.content());
      return null;
    }
    linkDepth++;
    m.open("a", "href", href, "title", link.title().isBlank() ? null : link.title(), "class", bareUrl(link));
    inlines(link.content());
    m.close("a");
    linkDepth--;
    return null;
  }

  /** {@return whether inlines give a link an accessible name: some text, or an image with alternative text} */
  private static boolean named(List<Inline> content) {
    if (!Xml.clean(Inline.plainText(content)).isBlank()) return true;
    for (Inline in : content) {
      if (in instanceof Image img && !img.alt().isBlank()) return true;
      if (in instanceof Emphasis e && named(e.content())) return true;
      if (in instanceof Strong st && named(st.content())) return true;
    }
    return false;
  }

  /**
   * {@return {@code "url"} for a link whose text is a web address, which CSS lets break anywhere (a long URL
   * then neither overflows nor leaves a justified line stretched before it), else null}
   */
  private static String bareUrl(Link link) {
    if (link.content().size() != 1 || !(link.content().get(0) instanceof Text t)) return null;
    String s = t.text().strip().toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("www.") ? "url" : null;
  }

  /** {@return a safe href for the model's link target, or null to keep only the text} */
  private String href(String raw) {
    // Pages often carry unencoded spaces in URLs; browsers send them as %20.
    String s = raw.strip().replace(" ", "%20");
    if (s.startsWith("#")) {
      String target = anchors.target(s.substring(1));
      return target == null ? null : "#" + target;
    }
    try {
      URI uri = new URI(s);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      // Only links a reader can follow; relative and file: links point at nothing inside the book.
      if (!List.of("http", "https", "mailto", "ftp", "tel").contains(scheme)) return null;
      if ((scheme.equals("http") || scheme.equals("https")) && (uri.getHost() == null || uri.getHost().isEmpty())) {
        return null;
      }
      return uri.toASCIIString();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  @Override
  public Void image(Image image) {
    String href = images.get(image.src());
    if (href == null) {
      m.text(image.alt());
    } else {
      m.empty("img", "src", href, "alt", Xml.clean(image.alt()).strip(), "class", "inline",
          "title", image.title().isBlank() ? null : image.title());
    }
    return null;
  }

  @Override
  public Void lineBreak(LineBreak lineBreak) {
    m.empty("br");
    return null;
  }

  @Override
  public Void superscript(Superscript superscript) {
    return wrap("sup", superscript.content());
  }

  @Override
  public Void subscript(Subscript subscript) {
    return wrap("sub", subscript.content());
  }

  @Override
  public Void strikethrough(Strikethrough strikethrough) {
    return wrap("s", strikethrough.content());
  }

  @Override
  public Void noteRef(NoteRef noteRef) {
    int number = anchors.noteNumber(noteRef.id());
    if (number == 0) return null;
    String id = anchors.nextRefId(number);
    m.open("sup", "class", "noteref-mark");
    if (linkDepth > 0) {
      m.open("span", "id", id).text(Integer.toString(number)).close("span");
    } else {
      m.open("a", "id", id, "href", "#" + anchors.footnoteId(number), "class", "noteref",
          "epub:type", dialect.epubType("noteref"), "role", "doc-noteref").text(Integer.toString(number)).close("a");
    }
    m.close("sup");
    return null;
  }

  private Void wrap(String tag, List<Inline> content) {
    m.open(tag);
    inlines(content);
    m.close(tag);
    return null;
  }
}
