package org.offprint.write.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Document;
import org.offprint.model.Fixtures;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Link;
import org.offprint.model.Metadata;
import org.offprint.model.NoteRef;
import org.offprint.model.Paragraph;
import org.offprint.model.Table;
import org.offprint.model.Text;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The EPUB 3 XHTML content documents. */
class XhtmlChapterTest {
  private static final Set<String> ALLOWED = Set.of("html", "head", "title", "link", "body", "article", "header",
      "h1", "h2", "h3", "h4", "h5", "h6", "p", "time", "span", "a", "em", "strong", "code", "pre", "sup", "sub", "s",
      "br", "img", "blockquote", "ul", "ol", "li", "figure", "figcaption", "table", "caption", "thead", "tbody",
      "tr", "th", "td", "hr", "section", "aside");

  static Document hostile() {
    Metadata md = Metadata.builder().title("Bell\u0007 <b>\u0001\uFFFF").language("he").build();
    return new Document(md, List.of(
        new Heading(2, List.of(new Text("Same")), "x"),
        new Heading(2, List.of(new Text("Same")), "x"),
        new Heading(2, List.of(new Text("Notes")), ""),
        new Heading(2, List.of(new Text("fn-1")), "fn-1"),
        new Heading(3, List.of(new Text(" ")), ""),
        new Paragraph(List.of(new Text("a\u0000b\u001Bc\u0085d\uD800e"), new NoteRef("n"), new NoteRef("n"),
            new Link("#x", "", List.of(new Text("to x"))), new Link("#gone", "", List.of(new Text("gone"))),
            new Link("https://example.com/a b", "", List.of(new Text("spaced")))))),
        List.of(new Footnote("n", List.of(Block.paragraph("The note.")))));
  }

  private static XhtmlChapter.Chapter render(Document d) {
    return XhtmlChapter.builder().stylesheet("style.css").images(Map.of()).build().render(d);
  }

  private static org.w3c.dom.Document parse(String xhtml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void isWellFormedWithUniqueIdsAndLiveFragmentLinks() throws Exception {
    for (Document d : List.of(Fixtures.everything(), hostile())) {
      org.w3c.dom.Document dom = parse(render(d).xhtml());
      NodeList all = dom.getElementsByTagName("*");
      Set<String> ids = new HashSet<>();
      List<String> fragments = new ArrayList<>();
      for (int i = 0; i < all.getLength(); i++) {
        Element e = (Element) all.item(i);
        if (e.hasAttribute("id")) assertTrue(ids.add(e.getAttribute("id")), "duplicate id " + e.getAttribute("id"));
        if (e.getAttribute("href").startsWith("#")) fragments.add(e.getAttribute("href").substring(1));
      }
      assertFalse(fragments.isEmpty());
      for (String f : fragments) assertTrue(ids.contains(f), "link to missing id " + f);
    }
  }

  @Test
  void usesOnlyElementsEpubAllows() throws Exception {
    NodeList all = parse(render(Fixtures.everything()).xhtml()).getElementsByTagName("*");
    Set<String> used = new TreeSet<>();
    for (int i = 0; i < all.getLength(); i++) used.add(all.item(i).getNodeName());
    assertTrue(ALLOWED.containsAll(used), used.toString());
  }

  @Test
  void declaresLanguageAndDirection() {
    String x = render(hostile()).xhtml();
    assertTrue(x.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\""
        + " lang=\"he\" xml:lang=\"he\" dir=\"rtl\">"), x);
    assertTrue(render(Fixtures.everything()).xhtml().contains(" lang=\"en\" xml:lang=\"en\">"));
  }

  @Test
  void stripsCharactersXmlForbids() {
    XhtmlChapter.Chapter c = render(hostile());
    assertEquals("Bell <b>", c.title());
    assertTrue(c.xhtml().contains("abcde"));
    assertTrue(c.xhtml().codePoints().noneMatch(cp -> cp < 0x20 && cp != '\n' || cp >= 0x7F && cp <= 0x9F
        || cp == 0xFFFF || cp == 0xFFFE || Character.isSurrogate((char) cp)));
  }

  @Test
  void footnotesAreEpubNoterefsAndFootnotesWithBackLinks() {
    String x = render(hostile()).xhtml();
    assertTrue(x.contains("<a id=\"fnref-1\" href=\"#fn-1\" class=\"noteref\" epub:type=\"noteref\""
        + " role=\"doc-noteref\">1</a>"), x);
    assertTrue(x.contains("<a id=\"fnref-1-2\" href=\"#fn-1\""), "a second reference gets its own id");
    assertTrue(x.contains("<aside id=\"fn-1\" class=\"footnote\" epub:type=\"footnote\" role=\"doc-footnote\">"));
    assertTrue(x.contains("<a href=\"#fnref-1\" class=\"backlink\" role=\"doc-backlink\" title=\"Back to text\">1.</a>"
        + " The note."), x);
  }

  @Test
  void linksAreKeptOnlyWhenTheyLeadSomewhere() {
    String x = render(hostile()).xhtml();
    assertTrue(x.contains("<a href=\"#x\">to x</a>"));
    assertTrue(x.contains("gone<a href=\"https://example.com/a%20b\">spaced</a>"), x);
    assertFalse(x.contains("<h3"), "an empty heading is left out");
  }

  @Test
  void aHeaderCellWithoutTextIsADataCell() {
    Table t = new Table(List.of(), List.of(new Table.Row(List.of(Table.Cell.of(" "), Table.Cell.of("Bank A")))),
        List.of(new Table.Row(List.of(Table.Cell.of("Price"), Table.Cell.of("15,000")))));
    String x = render(new Document(Metadata.builder().title("T").build(), List.of(t), List.of())).xhtml();
    assertTrue(x.contains("<tr><td> </td><th scope=\"col\">Bank A</th></tr>"), x);
  }

  @Test
  void headingsAreReportedWithTheIdsTheyGot() {
    List<TocHeading> h = render(hostile()).headings();
    assertEquals(List.of("x", "x-2", "notes-2", "h-fn-1"), h.stream().map(TocHeading::id).toList());
    assertEquals(List.of(new TocHeading(2, "A town and its sea", "a-town-and-its-sea"),
        new TocHeading(3, "What the town did", "what-the-town-did"), new TocHeading(2, "Голоса с побережья", "golosa")),
        render(Fixtures.everything()).headings());
  }

  @Test
  void imagesUseTheHrefsGiven() {
    String x = XhtmlChapter.builder().images(Map.of(Fixtures.FIGURE_URI, "images/a.png")).build()
        .render(Fixtures.everything()).xhtml();
    assertTrue(x.contains("<img src=\"images/a.png\" alt=\"Boats leaving the harbour before sunrise\"/>"));
    assertTrue(x.contains("<img src=\"images/a.png\" alt=\"harbour icon\" class=\"inline\"/>"));
  }

  /** Documents with headings in every place: nested, empty, an image for a heading, in notes; and the samples. */
  private static List<Document> outlined() throws java.io.IOException {
    List<Document> docs = new ArrayList<>(List.of(hostile(), Fixtures.everything()));
    docs.add(new Document(Metadata.builder().title("Nest").build(), List.of(
        new Heading(4, List.of(new Text("Deep first")), ""),
        new org.offprint.model.Quote(List.of(new Heading(2, List.of(new Text("Quoted")), "")), List.of()),
        new Heading(2, List.of(new org.offprint.model.Image("a.png", "pic", "")), ""),
        new org.offprint.model.ListBlock(false, 1, List.of(new org.offprint.model.ListBlock.Item(List.of(
            Block.paragraph("item"), new Heading(5, List.of(new Text("In a list")), ""))))),
        new Heading(6, List.of(new Text("After")), "after")),
        List.of(new Footnote("n", List.of(new Heading(2, List.of(new Text("In a note")), ""))))));
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("input"))) {
      for (java.nio.file.Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        docs.add(org.offprint.Offprint.read(p));
      }
    }
    return docs;
  }

  @Test
  void anEarlierRenderOfTheSameDocumentGivesTheSameChapterWithoutRendering() throws java.io.IOException {
    XhtmlChapter renderer = XhtmlChapter.builder().stylesheet("style.css").images(Map.of("a.png", "images/image-1.png"))
        .fallbackLanguage("en").build();
    int headings = 0;
    for (Document d : outlined()) {
      XhtmlChapter.Chapter rendered = renderer.render(d);
      headings += rendered.headings().size();
      assertEquals(java.util.Optional.of(rendered), renderer.earlier(d, rendered.xhtml()), d.metadata().title());
    }
    assertTrue(headings > 20, "the documents have headings to find: " + headings);
  }

  @Test
  void anEarlierRenderMadeOtherwiseIsNotTaken() {
    Document d = Fixtures.everything();
    String xhtml = XhtmlChapter.builder().stylesheet("style.css").images(Map.of(Fixtures.FIGURE_URI, "images/image-1.png"))
        .build().render(d).xhtml();
    assertTrue(XhtmlChapter.builder().stylesheet("style.css").images(Map.of(Fixtures.FIGURE_URI, "images/image-1.png"))
        .build().earlier(d, xhtml).isPresent());
    assertFalse(XhtmlChapter.builder().stylesheet("style.css").images(Map.of(Fixtures.FIGURE_URI, "images/image-2.png"))
        .build().earlier(d, xhtml).isPresent(), "another image name");
    assertFalse(XhtmlChapter.builder().stylesheet("style.css").build().earlier(d, xhtml).isPresent(), "no image");
    assertFalse(XhtmlChapter.builder().stylesheet("other.css").images(Map.of(Fixtures.FIGURE_URI, "images/image-1.png"))
        .build().earlier(d, xhtml).isPresent(), "another stylesheet");
    Document retitled = d.withMetadata(d.metadata().toBuilder().title("Another title").build());
    assertFalse(XhtmlChapter.builder().stylesheet("style.css").images(Map.of(Fixtures.FIGURE_URI, "images/image-1.png"))
        .build().earlier(retitled, xhtml).isPresent(), "another title");
  }
}
