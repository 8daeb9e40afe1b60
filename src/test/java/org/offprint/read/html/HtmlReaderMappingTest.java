package org.offprint.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Code;
import org.offprint.model.CodeBlock;
import org.offprint.model.Document;
import org.offprint.model.Emphasis;
import org.offprint.model.Figure;
import org.offprint.model.Footnote;
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

/** Mapping of the article's markup to model blocks and inlines. */
class HtmlReaderMappingTest {

  private static Document read(String extra) throws Exception {
    return Pages.read(Pages.page(Pages.PROSE + extra));
  }

  private static Paragraph paragraphContaining(Document doc, String text) {
    for (Paragraph p : Pages.blocksOf(doc, Paragraph.class)) if (p.text().contains(text)) return p;
    throw new AssertionError("no paragraph with '" + text + "' in " + doc.blocks());
  }

  @Test
  void mapsFigureWithCaptionAndResolvesTheImageBesideTheSavedPage() throws Exception {
    Document doc = read("<figure><img src=\"img/boats.jpg\" alt=\"Boats\"><figcaption>Boats at low tide"
        + "</figcaption></figure>");
    Figure f = Pages.blocksOf(doc, Figure.class).get(0);
    assertEquals("file:/home/user/saved/img/boats.jpg", f.src());
    assertEquals("Boats", f.alt());
    assertEquals("Boats at low tide", Inline.plainText(f.caption()));
  }

  @Test
  void aPicturesSecondCaptionLineAndACreditBesideItsCaptionJoinTheCaption() throws Exception {
    // a description line and a source line, both named captions, with white space between the elements
    Document doc = read("<div class=\"media\"><div class=\"media__image\">\n <img src=\"/quay.jpg\" alt=\"\">\n"
        + " <p class=\"media__caption media__caption--description\">Fishermen mend their nets on the quay.</p>\n"
        + " <p class=\"media__caption media__caption--source\">Ines Varga, Harbour Road 3, Northport</p>\n</div></div>"
        + "<div class=\"wp-caption\">\n <img src=\"/show.jpg\" alt=\"\">\n <p class=\"credit\">Picture: Coast Media</p>\n"
        + " <p class=\"wp-caption-text\">The boat show moves to the spring.</p>\n</div>");
    List<Figure> figures = Pages.blocksOf(doc, Figure.class);
    assertEquals(2, figures.size(), doc.blocks().toString());
    assertEquals("Fishermen mend their nets on the quay. Ines Varga, Harbour Road 3, Northport",
        Inline.plainText(figures.get(0).caption()));
    assertTrue(Inline.plainText(figures.get(1).caption()).contains("The boat show moves to the spring."),
        doc.blocks().toString());
    assertTrue(Pages.blocksOf(doc, org.offprint.model.Paragraph.class).stream()
        .noneMatch(p -> p.text().contains("Harbour Road") || p.text().contains("boat show")), doc.blocks().toString());
  }

  @Test
  void anItalicLineUnderAPictureIsItsCaption() throws Exception {
    // a page without figure markup: the picture in a paragraph, its caption in italics in the next one
    Document doc = read("<p><a href=\"/big/quay.jpg\"><img src=\"/quay.jpg\" alt=\"\"></a></p>"
        + "<p><em>The north quay at dawn, seen from the lighthouse</em></p>"
        + "<p>The pilots have brought in larger ships every winter since the channel was deepened.</p>"
        + "<p><em>An italic paragraph away from any picture stays a paragraph.</em></p>");
    List<Figure> figures = Pages.blocksOf(doc, Figure.class);
    assertEquals(1, figures.size(), doc.blocks().toString());
    assertEquals("The north quay at dawn, seen from the lighthouse", Inline.plainText(figures.get(0).caption()));
    List<String> paragraphs = Pages.blocksOf(doc, org.offprint.model.Paragraph.class).stream()
        .map(org.offprint.model.Paragraph::text).toList();
    assertTrue(paragraphs.stream().noneMatch(t -> t.contains("north quay at dawn")), paragraphs.toString());
    assertTrue(paragraphs.contains("An italic paragraph away from any picture stays a paragraph."),
        paragraphs.toString());
  }

  @Test
  void theCaptionOfAVideoThatIsGoneIsNoParagraphButAQuotesAttributionStays() throws Exception {
    // the player (an iframe) is removed as any embed is: its caption, alone, would read as a line of the text
    Document doc = read("<figure class=\"media-player\"><div class=\"player\"><iframe src=\"https://video.example/"
        + "embed/42\"></iframe></div><figcaption><span class=\"off-screen\">Media caption</span> The mayor on the"
        + " new quay</figcaption></figure>"
        + "<figure><blockquote><p>The sea gives and the sea takes.</p></blockquote><figcaption>An old saying of"
        + " the coast</figcaption></figure>");
    String text = Pages.text(doc);
    assertFalse(text.contains("The mayor on the new quay") || text.contains("Media caption"), text);
    assertTrue(text.contains("The sea gives and the sea takes.") && text.contains("An old saying of the coast"),
        text);
  }

  @Test
  void aFigureInsideALinkIsStillAFigure() throws Exception {
    // <a> may wrap flow content: the figure is not an image with its caption run into a paragraph
    Document doc = read("<a target=\"_blank\"><figure><p><img src=\"/boats.jpg\" alt=\"Boats in the mud.\"></p>"
        + "<figcaption>Boats in the mud. (Image credit: Ines Varga)</figcaption></figure></a>"
        + "<a href=\"/big.jpg\"><figure><img src=\"/market.jpg\" alt=\"Market\"><figcaption>The market at noon."
        + "</figcaption></figure></a>");
    List<Figure> figures = Pages.blocksOf(doc, Figure.class);
    assertEquals(2, figures.size(), doc.blocks().toString());
    assertEquals("Boats in the mud. (Image credit: Ines Varga)", Inline.plainText(figures.get(0).caption()));
    assertEquals("The market at noon.", Inline.plainText(figures.get(1).caption()));
    assertTrue(Pages.blocksOf(doc, org.offprint.model.Paragraph.class).stream()
        .noneMatch(p -> p.text().contains("Boats in the mud")), doc.blocks().toString());
  }

  @Test
  void aCaptionInsideWrappersOfAnImageInAParagraphMakesAFigure() throws Exception {
    Document doc = read("<p><span class=\"image-container\"><span><span class=\"image\"><img src=\"/logo.jpg\""
        + " alt=\"FILE PHOTO: The logo outside a co-working space\"><span class=\"caption-source\"><span"
        + " class=\"caption\">The logo outside a co-working space in New York.</span></span></span></span></span></p>"
        + "<p><span><img src=\"/icon.png\" alt=\"\"></span> The council met on Monday to discuss the harbour.</p>");
    List<Figure> figures = Pages.blocksOf(doc, Figure.class);
    assertEquals(1, figures.size(), doc.blocks().toString());
    assertEquals("The logo outside a co-working space in New York.", Inline.plainText(figures.get(0).caption()));
    // an image beside words of prose stays in its paragraph
    assertTrue(Pages.blocksOf(doc, org.offprint.model.Paragraph.class).stream()
        .anyMatch(p -> p.text().contains("The council met on Monday")), doc.blocks().toString());
  }

  @Test
  void mapsWordPressCaptionsAndLoneImages() throws Exception {
    Document doc = read("<div class=\"wp-caption\"><img src=\"/a.jpg\" alt=\"\"><p class=\"wp-caption-text\">"
        + "The quay</p></div><p><a href=\"/big.jpg\"><img src=\"/b.jpg\" alt=\"Nets\"></a></p>");
    List<Figure> figures = Pages.blocksOf(doc, Figure.class);
    assertEquals(2, figures.size(), doc.blocks().toString());
    assertEquals("The quay", Inline.plainText(figures.get(0).caption()));
    assertEquals("Nets", figures.get(1).alt());
    assertTrue(figures.get(1).caption().isEmpty());
  }

  @Test
  void givesALoneImageTheCaptionLineAfterIt() throws Exception {
    Document doc = read("<p><img src=\"/quay.jpg\" alt=\"Quay\"></p><p class=\"photo-caption\">The quay at dawn."
        + "</p>");
    Figure f = Pages.blocksOf(doc, Figure.class).get(0);
    assertEquals("The quay at dawn.", Inline.plainText(f.caption()));
    assertFalse(Pages.blocksOf(doc, Paragraph.class).stream().anyMatch(p -> p.text().contains("quay at dawn")));
  }

  @Test
  void takesALineBesideAPictureThatRepeatsItsDescriptionAsTheCaption() throws Exception {
    Document doc = read("<picture><img src=\"/quay.jpg\" alt=\"The quay at dawn, before the boats went out\">"
        + "</picture><div class=\"description\"><a class=\"btn\" href=\"/quay-big.jpg\"><strong>Enlarge</strong>"
        + "</a> <strong>The quay at dawn, before the boats went out</strong></div>");
    Figure f = Pages.blocksOf(doc, Figure.class).get(0);
    assertEquals("The quay at dawn, before the boats went out", Inline.plainText(f.caption()));
    assertFalse(Pages.blocksOf(doc, Paragraph.class).stream().anyMatch(p -> p.text().contains("Enlarge")),
        Pages.text(doc));
  }

  @Test
  void keepsTheWordsOfABlockThatAlsoHoldsACaptionedImage() throws Exception {
    Document doc = read("<div class=\"step\"><span>Step 2</span> Insert the plant.<img src=\"/p.jpg\">"
        + "<span class=\"caption\">Orchid in foam</span></div>");
    assertTrue(Pages.text(doc).contains("Step 2 Insert the plant."), Pages.text(doc));
  }

  @Test
  void picksTheBestImageSource() throws Exception {
    Document doc = read("""
        <figure><img src="data:image/gif;base64,R0lGOD" srcset="s.jpg 320w, l.jpg 1280w, m.jpg 640w"></figure>
        <figure><img src="placeholder.png" data-src="lazy.jpg"></figure>
        <figure><picture><source srcset="pic-small.webp 1x, pic-big.webp 2x"><img></picture></figure>
        <figure><img class="lazy" src="data:image/gif;base64,R0lGOD"><noscript><img src="real.jpg"></noscript>
        </figure>
        """);
    List<String> srcs = Pages.blocksOf(doc, Figure.class).stream().map(Figure::src).toList();
    assertEquals(List.of("file:/home/user/saved/l.jpg", "file:/home/user/saved/lazy.jpg",
        "file:/home/user/saved/pic-big.webp", "file:/home/user/saved/real.jpg"), srcs);
  }

  @Test
  void mapsNestedListsWithTheirStartNumber() throws Exception {
    Document doc = read("<ol start=\"3\"><li>Mend the nets</li><li>Light the ovens<ul><li>Rye</li>"
        + "<li>Wheat</li></ul></li></ol>");
    ListBlock list = Pages.blocksOf(doc, ListBlock.class).get(0);
    assertTrue(list.ordered());
    assertEquals(3, list.start());
    assertEquals(2, list.items().size());
    List<Block> second = list.items().get(1).content();
    assertEquals("Light the ovens", ((Paragraph) second.get(0)).text());
    ListBlock nested = assertInstanceOf(ListBlock.class, second.get(1));
    assertFalse(nested.ordered());
    assertEquals(2, nested.items().size());
  }

  @Test
  void keepsDataTablesAndUnwrapsLayoutTables() throws Exception {
    Document doc = read("""
        <table><caption>Catch by month</caption><thead><tr><th>Month</th><th>Tonnes</th></tr></thead>
        <tbody><tr><td>May</td><td>12</td></tr><tr><td>June</td><td colspan="1">30</td></tr></tbody></table>
        <table role="presentation"><tr><td><p>A layout cell that holds a paragraph of the story itself.</p></td>
        </tr></table>
        """);
    List<Table> tables = Pages.blocksOf(doc, Table.class);
    assertEquals(1, tables.size());
    Table t = tables.get(0);
    assertEquals("Catch by month", Inline.plainText(t.caption()));
    assertEquals(1, t.head().size());
    assertEquals(2, t.body().size());
    assertEquals("June", Inline.plainText(t.body().get(1).cells().get(0).content()));
    paragraphContaining(doc, "A layout cell that holds a paragraph");
  }

  @Test
  void aBoldFirstRowIsTheTablesHead() throws Exception {
    Document doc = read("""
        <p>The states of a task, and when each is looked at again, as the team wrote them down.</p>
        <table><tr><td><p><b>Status</b></p></td><td><p><b>Next check</b></p></td></tr>
        <tr><td><p>enqueued</p></td><td><p>after the enqueue timeout</p></td></tr>
        <tr><td><p><b>claimed</b></p></td><td><p>after the claim timeout</p></td></tr></table>
        """);
    Table t = Pages.blocksOf(doc, Table.class).get(0);
    assertEquals(1, t.head().size());
    assertEquals(List.of(new Text("Status")), t.head().get(0).cells().get(0).content());
    assertEquals(2, t.body().size());
    assertEquals("claimed", Inline.plainText(t.body().get(1).cells().get(0).content()));
  }

  @Test
  void keepsAFormulaInsideItsSentenceAsLinearText() throws Exception {
    // MathJax's markup: a custom element whose class names a context menu, the drawn glyphs hidden from
    // assistive technology, the MathML beside them
    Document doc = read("""
        <p>When <mjx-container class="MathJax CtxtMenu_Attached_0"><mjx-math aria-hidden="true"><mjx-c></mjx-c>
        </mjx-math><mjx-assistive-mml><math><mi>a</mi><mo>≠</mo><mn>0</mn></math></mjx-assistive-mml>
        </mjx-container>, the equation has two solutions, <math><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi>
        <mo>±</mo><msqrt><msup><mi>b</mi><mn>2</mn></msup><mo>−</mo><mn>4</mn><mi>a</mi><mi>c</mi></msqrt></mrow>
        <mrow><mn>2</mn><mi>a</mi></mrow></mfrac></math>, as the harbour school teaches it.</p>
        """);
    Paragraph p = paragraphContaining(doc, "the equation has two solutions");
    assertTrue(p.text().startsWith("When a ≠ 0"), p.text());
    assertTrue(p.text().contains("x = (−b ± √(b2 − 4ac))/(2a), as the harbour school"), p.text());
    assertTrue(p.content().stream().anyMatch(i -> i instanceof Superscript s && Inline.plainText(s.content())
        .equals("2")), p.content().toString());
  }

  @Test
  void keepsTheHeadingsOfPicturesThatEndTheArticleButNotALabelLeftDangling() throws Exception {
    Document doc = read("""
        <h2>The quay at dawn</h2><figure><img src="/quay.jpg" alt="The quay"></figure>
        <h2>The nets drying</h2><figure><img src="/nets.jpg" alt="Nets"></figure>
        """);
    List<String> headings = Pages.blocksOf(doc, org.offprint.model.Heading.class).stream()
        .map(h -> h.text()).toList();
    assertTrue(headings.containsAll(List.of("The quay at dawn", "The nets drying")), headings.toString());
    Document dangling = read("<h2>Weitere Artikel</h2>");
    assertFalse(Pages.blocksOf(dangling, org.offprint.model.Heading.class).stream()
        .anyMatch(h -> h.text().equals("Weitere Artikel")));
  }

  @Test
  void aLabelledLineUnderAPictureIsItsCaption() throws Exception {
    Document doc = read("""
        <p><img src="/crystal.jpg" alt=""><br><em>(Abbildung 3: Grosser Schneekristall. Jedes Feld ist 2 mm.)</em></p>
        <figure><img src="/chart.png" alt="A bar chart"></figure>
        <p><em><strong>Figure 4: Catch by month, 1911 to 1913.</strong></em></p>
        <figure><img src="/quay.png" alt="The quay"></figure>
        <p>Figure 5 shows how the quay was widened twice, first in 1912 and again after the storm.</p>
        """);
    List<Figure> figures = Pages.blocksOf(doc, Figure.class);
    assertEquals(3, figures.size());
    assertEquals("(Abbildung 3: Grosser Schneekristall. Jedes Feld ist 2 mm.)",
        Inline.plainText(figures.get(0).caption()).strip());
    assertEquals("Figure 4: Catch by month, 1911 to 1913.", Inline.plainText(figures.get(1).caption()));
    assertTrue(figures.get(2).caption().isEmpty()); // prose that names a figure is no caption
    paragraphContaining(doc, "Figure 5 shows how the quay");
    assertFalse(Pages.blocksOf(doc, Paragraph.class).stream().anyMatch(p -> p.text().contains("Figure 4")));
  }

  @Test
  void aWikisHiddenMathmlBeatsThePictureOfTheSameFormula() throws Exception {
    Document doc = read("""
        <p>The rule <span class="math-element"><span style="display: none;"><math alttext="{\\displaystyle a^{2}+b^{2}=c^{2}}">
        <msup><mi>a</mi><mn>2</mn></msup><mo>+</mo><msup><mi>b</mi><mn>2</mn></msup><mo>=</mo><msup><mi>c</mi><mn>2</mn>
        </msup></math></span><img src="/render/abc.svg" alt="{\\displaystyle a^{2}+b^{2}=c^{2}}"></span> holds for the
        right triangles the harbour's surveyors drew.</p>
        """);
    Paragraph p = paragraphContaining(doc, "holds for the right triangles");
    assertTrue(p.text().startsWith("The rule a2 + b2 = c2 holds"), p.text());
    assertFalse(p.content().stream().anyMatch(i -> i instanceof org.offprint.model.Image), p.content().toString());
  }

  @Test
  void theBlocksInsideACustomElementOrASpanStayApart() throws Exception {
    Document doc = read("""
        <app-story-body><div><p>The first boats left before dawn, CUSTOMONE, and the pier was empty by six.</p>
        <p>The second paragraph of the story, CUSTOMTWO, tells of the nets they brought back at noon.</p></div>
        <span class="wrap"><div>A third paragraph held in a span, SPANTHREE, as some editors leave it.</div>
        <div><i class="material-icons">\ue5c9</i></div></span></app-story-body>
        """);
    paragraphContaining(doc, "CUSTOMONE");
    assertFalse(paragraphContaining(doc, "CUSTOMONE").text().contains("CUSTOMTWO"));
    assertFalse(paragraphContaining(doc, "CUSTOMTWO").text().contains("SPANTHREE"));
    assertFalse(Pages.blocksOf(doc, Paragraph.class).stream().anyMatch(p -> p.text().contains("\ue5c9")),
        "a paragraph of an icon glyph alone");
  }

  @Test
  void aLinkedPictureAloneInItsParagraphIsAFigureWhateverSpacesTheLinkHolds() throws Exception {
    Document doc = read("""
        <div class="gallery"><div class="thumb"><a href="/photos/quay-large.jpg" title="The quay at dawn">
        <img src="/photos/thumbs/quay.jpg" alt="The quay at dawn"> </a></div></div>
        """);
    List<Figure> figures = Pages.blocksOf(doc, Figure.class);
    assertEquals(1, figures.size(), doc.blocks().toString());
    assertTrue(figures.get(0).src().endsWith("/photos/thumbs/quay.jpg"), figures.get(0).src());
  }

  @Test
  void turnsCmsFootnotesIntoModelFootnotes() throws Exception {
    Document doc = read("""
        <p>The herring came in 1911<sup><a href="#fn1" id="r1">1</a></sup> and again later.</p>
        <ol class="footnotes"><li id="fn1">Harbour records, volume two. <a href="#r1">↩</a></li></ol>
        """);
    Paragraph p = paragraphContaining(doc, "The herring came in 1911");
    assertTrue(p.content().contains(new NoteRef("fn1")), p.content().toString());
    assertEquals(1, doc.footnotes().size());
    Footnote f = doc.footnotes().get(0);
    assertEquals("fn1", f.id());
    assertEquals("Harbour records, volume two.", ((Paragraph) f.content().get(0)).text());
    assertFalse(Pages.text(doc).contains("Harbour records"), "the note is not repeated in the body");
  }

  @Test
  void mapsCodeBlocksWithTheirLanguage() throws Exception {
    Document doc = read("<pre><code class=\"language-java\">int x = 1;\n  return x;</code></pre>"
        + "<pre class=\"lang-py\">print('hi')</pre>");
    List<CodeBlock> code = Pages.blocksOf(doc, CodeBlock.class);
    assertEquals("java", code.get(0).language());
    assertEquals("int x = 1;\n  return x;", code.get(0).code());
    assertEquals("py", code.get(1).language());
  }

  @Test
  void mapsQuotesWithAttribution() throws Exception {
    Document doc = read("<blockquote><p>The sea gives, and the sea takes, as it always has.</p>"
        + "<footer>— Old Jonas</footer></blockquote>");
    Quote q = Pages.blocksOf(doc, Quote.class).get(0);
    assertEquals("The sea gives, and the sea takes, as it always has.", ((Paragraph) q.content().get(0)).text());
    assertEquals("Old Jonas", Inline.plainText(q.attribution()));
  }

  @Test
  void dropsPullQuotesThatRepeatTheBody() throws Exception {
    Document doc = read("<blockquote class=\"pullquote\"><p>the smell of bread, fish and smoke hung over"
        + " everything</p></blockquote>");
    assertTrue(Pages.blocksOf(doc, Quote.class).isEmpty(), doc.blocks().toString());
  }

  @Test
  void mapsInlineFormatting() throws Exception {
    Document doc = read("<p>A <em>calm</em> and <strong>bright</strong> day with <code>x+1</code>, H<sub>2</sub>O,"
        + " 10<sup>3</sup>, <del>rain</del> and<br>a new line.</p>");
    List<Inline> c = paragraphContaining(doc, "calm").content();
    assertTrue(c.contains(new Emphasis(List.of(new Text("calm")))), c.toString());
    assertTrue(c.contains(new Strong(List.of(new Text("bright")))), c.toString());
    assertTrue(c.contains(new Code("x+1")), c.toString());
    assertTrue(c.contains(new Subscript(List.of(new Text("2")))), c.toString());
    assertTrue(c.contains(new Superscript(List.of(new Text("3")))), c.toString());
    assertTrue(c.contains(new Strikethrough(List.of(new Text("rain")))), c.toString());
    assertTrue(c.contains(new LineBreak()), c.toString());
  }

  @Test
  void normalisesWhitespaceAndDropsZeroWidthSpaces() throws Exception {
    Document doc = read("<p>Fish\u00A0\u00A0and   chips, a common\u200B dish\uFEFF of the\n\t harbour.</p>");
    assertEquals("Fish and chips, a common dish of the harbour.",
        paragraphContaining(doc, "chips").text());
  }

  @Test
  void keepsSoftHyphensAndJoinersWhichChangeHowTheTextIsSetAndRead() throws Exception {
    // the author's hyphenation points, a Persian word whose letters must not join, and an emoji family
    Document doc = read("<p>Die Werk&shy;zeug&shy;ty&shy;pen, \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 and "
        + "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 of the harbour, in one paragraph of text.</p>");
    String text = paragraphContaining(doc, "one paragraph of text").text();
    assertTrue(text.contains("Werk\u00ADzeug\u00ADty\u00ADpen"), text);
    assertTrue(text.contains("\u0645\u06CC\u200C\u062E"), text);
    assertTrue(text.contains("\uD83D\uDC68\u200D\uD83D\uDC69"), text);
  }

  @Test
  void neverGluesWordsAcrossBlockBoundaries() throws Exception {
    Document doc = read("<div>First block ends<div>Second block starts</div>tail words here</div>"
        + "<div>Lead words <a href=\"/x\"><h4>Card title</h4><p>Card summary</p></a> after the card, with"
        + " enough words around the link to be prose rather than a teaser.</div>");
    String text = Pages.text(doc);
    assertTrue(text.contains("First block ends\nSecond block starts\ntail words here"), text);
    assertTrue(text.contains("Lead words Card title Card summary after the card,"), text);
  }

  @Test
  void resolvesLinksAgainstTheBaseElement() throws Exception {
    String html = Pages.page(Pages.PROSE + "<p>See <a href=\"tides.html\">the tide table</a> for more.</p>")
        .replace("<head>", "<head><base href=\"https://coast.example/news/\">");
    Link link = linkIn(Pages.read(html), "the tide table");
    assertEquals("https://coast.example/news/tides.html", link.href());
  }

  @Test
  void resolvesLinksAgainstTheCanonicalUrlOfASavedPage() throws Exception {
    String html = Pages.page(Pages.PROSE + "<p>See <a href=\"/tides\">the tide table</a> for more.</p>")
        .replace("<head>", "<head><link rel=\"canonical\" href=\"https://coast.example/news/harbour\">");
    Document doc = Pages.read(html);
    assertEquals("https://coast.example/tides", linkIn(doc, "the tide table").href());
  }

  private static Link linkIn(Document doc, String text) {
    for (Inline i : paragraphContaining(doc, text).content()) {
      if (i instanceof Link l && Inline.plainText(l.content()).equals(text)) return l;
    }
    throw new AssertionError("no link " + text);
  }
}
