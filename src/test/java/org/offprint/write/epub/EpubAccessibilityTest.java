package org.offprint.write.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Book;
import org.offprint.model.CodeBlock;
import org.offprint.model.Document;
import org.offprint.model.Figure;
import org.offprint.model.Fixtures;
import org.offprint.model.Footnote;
import org.offprint.model.Link;
import org.offprint.model.Metadata;
import org.offprint.model.NoteRef;
import org.offprint.model.Paragraph;
import org.offprint.model.ResourceResolver;
import org.offprint.model.Text;
import org.offprint.theme.Theme;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.WriteOptions;

/**
 * EPUB Accessibility 1.1: labels in the book's language, the conformance claim only when its checks pass,
 * language of parts, parts apart from articles in the contents, and what the stylesheet does for readers.
 * Every book made here also passes EPUBCheck.
 */
class EpubAccessibilityTest {
  private static final String CLAIM =
      "<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>";

  static Document german(String title) {
    Metadata md = Metadata.builder().title(title).authors(List.of("Anna Berg")).language("de")
        .published("2024-03-01").site("Küstenbote").build();
    return new Document(md, List.of(
        Block.paragraph(new Text("Um fünf Uhr erwacht der Hafen."), new NoteRef("a")),
        Block.heading(2, "Stadt und Meer", "stadt"),
        Block.paragraph("Vierzig Schiffe laufen vor Sonnenaufgang aus.")),
        List.of(new Footnote("a", List.of(Block.paragraph("Hafenamt, Jahresbericht.")))));
  }

  private static Book book(String language, List<Document> docs, List<Book.Part> parts) {
    Metadata md = Metadata.builder().title("Reihe").authors(List.of("Redaktion")).language(language)
        .published("2024-03-02").build();
    return new Book(md, docs, parts);
  }

  @Test
  void aRussianBookHasItsContentsLandmarksAndTitlePageInRussian() throws IOException {
    byte[] epub = EpubValidityTest.book(book("ru", List.of(Samples.russian(), Samples.russian()), List.of()),
        ResourceResolver.NONE);
    String nav = Zip.text(epub, "EPUB/nav.xhtml");
    assertTrue(nav.contains("<h1>Содержание</h1>"), nav);
    assertTrue(nav.contains("<h2>Ориентиры</h2>"), nav);
    assertTrue(nav.contains(">Обложка</a>") && nav.contains(">Титульная страница</a>"), nav);
    assertFalse(nav.contains("Contents") || nav.contains("Landmarks") || nav.contains("Cover"), nav);
    assertTrue(Zip.text(epub, "EPUB/titlepage.xhtml").contains("Статей: 2"));
    EpubValidityTest.assertClean(epub);
  }

  @Test
  void aGermanBookHasGermanLabelsNotesAndBackLinks() throws IOException {
    byte[] epub = EpubValidityTest.book(book("de", List.of(german("Eins"), german("Zwei")), List.of()),
        ResourceResolver.NONE);
    String nav = Zip.text(epub, "EPUB/nav.xhtml");
    assertTrue(nav.contains("<h1>Inhalt</h1>") && nav.contains("<h2>Orientierungspunkte</h2>"), nav);
    assertTrue(nav.contains(">Textbeginn</a>"), nav);
    assertTrue(Zip.text(epub, "EPUB/titlepage.xhtml").contains("2 Artikel"));
    String chapter = Zip.text(epub, "EPUB/chapter-1.xhtml");
    assertTrue(chapter.contains("aria-label=\"Anmerkungen\""), chapter);
    assertTrue(chapter.contains("title=\"Zurück zum Text\""), chapter);
    EpubValidityTest.assertClean(epub);
  }

  @Test
  void aBookInAnotherLanguageGetsEnglishLabels() throws IOException {
    Metadata md = Metadata.builder().title("港の朝").language("ja").build();
    byte[] epub = EpubValidityTest.epub(new Document(md, List.of(Block.paragraph("朝五時、港が目を覚ます。")), List.of()),
        ResourceResolver.NONE);
    assertTrue(Zip.text(epub, "EPUB/nav.xhtml").contains("<h1>Contents</h1>"));
  }

  @Test
  void conformanceIsClaimedWhenLanguageImagesAndColoursPass() throws IOException {
    byte[] epub = EpubValidityTest.epub(Fixtures.everything(), Fixtures.images());
    String opf = Zip.text(epub, "EPUB/content.opf");
    assertTrue(opf.contains(CLAIM), opf);
    assertTrue(opf.contains("It claims WCAG 2.2 Level AA on the checks its writer makes"), opf);
    assertTrue(opf.contains("<meta property=\"schema:accessibilitySummary\" xml:lang=\"en\">"), opf);
    EpubValidityTest.assertClean(epub);
  }

  @Test
  void noClaimWithoutALanguage() throws IOException {
    String opf = Zip.text(EpubValidityTest.epub(Samples.hostile(), ResourceResolver.NONE), "EPUB/content.opf");
    assertFalse(opf.contains("dcterms:conformsTo"), opf);
    assertTrue(opf.contains("It does not claim WCAG 2.2 conformance: its language is unknown."), opf);
  }

  @Test
  void noClaimWhenAnImageLacksAlternativeText() throws IOException {
    Document doc = new Document(Fixtures.metadata(), List.of(Block.paragraph("Before."),
        new Figure(Fixtures.FIGURE_URI, "", List.of())), List.of());
    byte[] epub = EpubValidityTest.epub(doc, Fixtures.images());
    String opf = Zip.text(epub, "EPUB/content.opf");
    assertFalse(opf.contains("dcterms:conformsTo"), opf);
    assertTrue(opf.contains("some images lack alternative text"), opf);
    EpubValidityTest.assertClean(epub);
  }

  @Test
  void noClaimWithColoursThatFailContrast() throws IOException {
    Theme t = ThemeLoader.builtIn("default");
    Theme pale = org.offprint.write.html.ContrastTest.withColours(t, new Theme.Colors(t.light().text(),
        t.light().background(), t.light().accent(), "#6fa8dc", t.light().muted(), t.light().rule(),
        t.light().quoteBar(), t.light().codeBackground()), "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EpubWriter.builder(WriteOptions.of(pale)).build().write(Fixtures.everything(), out);
    String opf = Zip.text(out.toByteArray(), "EPUB/content.opf");
    assertFalse(opf.contains("dcterms:conformsTo"), opf);
    assertTrue(opf.contains("the theme's colours were not shown to pass (light link colour #6fa8dc"), opf);
  }

  @Test
  void chaptersInAnotherLanguageAreMarkedInTheContents() throws IOException {
    byte[] epub = EpubValidityTest.book(book("en", List.of(Fixtures.everything(), Samples.russian()), List.of()),
        ResourceResolver.NONE);
    String nav = Zip.text(epub, "EPUB/nav.xhtml");
    assertTrue(nav.contains("<a href=\"chapter-2.xhtml\" lang=\"ru-RU\" xml:lang=\"ru-RU\">Гавань на рассвете</a>"), nav);
    assertTrue(nav.contains("<a href=\"chapter-1.xhtml\">The Harbour"), "the book's own language is not repeated");
    EpubValidityTest.assertClean(epub);
  }

  @Test
  void partsAreHeadingsOverTheirArticlesAndTheStylesheetMatchesThem() throws IOException {
    Book b = book("en", List.of(german("Eins"), german("Zwei"), german("Drei")),
        List.of(new Book.Part("Winter", 0), new Book.Part("Spring", 2)));
    byte[] epub = EpubValidityTest.book(b, ResourceResolver.NONE);
    String nav = Zip.text(epub, "EPUB/nav.xhtml");
    assertTrue(nav.contains("<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\" class=\"toc\">"), nav);
    assertTrue(nav.contains("<li class=\"part\"><span class=\"part-title\">Winter</span>\n<ol>"), nav);
    assertFalse(nav.contains(">Winter</a>"), "a part is not a link that looks like an article");
    String css = Zip.text(epub, "EPUB/style.css");
    assertTrue(css.contains("nav.toc .part-title { display: block;"), css);
    assertTrue(Zip.text(epub, "EPUB/toc.ncx").contains("<text>Winter</text>"), "the NCX keeps the part");
    EpubValidityTest.assertClean(epub);
  }

  @Test
  void theTitlePageTitleIsCentredLikeTheRest() throws IOException {
    byte[] epub = EpubValidityTest.book(book("en", List.of(german("Eins")), List.of()), ResourceResolver.NONE);
    String css = Zip.text(epub, "EPUB/style.css");
    // Headings are left-aligned; the title page's heading must be centred after that rule.
    assertTrue(css.indexOf(".titlepage p, .titlepage h1 { text-indent: 0; text-align: center; }")
        > css.indexOf("h1, h2, h3, h4, h5, h6 {"), css);
  }

  @Test
  void codeLinesWrapWithAHangingIndentAndBareUrlsMayBreak() throws IOException {
    Document doc = new Document(Fixtures.metadata(), List.of(
        new CodeBlock("python", "for row in rows:\n    cursor.execute(\"INSERT INTO t VALUES (?, ?)\", row)\n"),
        new Paragraph(List.of(new Text("See "), new Link("https://example.org/a/very/long/path?with=query", "",
            List.of(new Text("https://example.org/a/very/long/path?with=query"))), new Text(" and "),
            new Link("https://example.org/", "", List.of(new Text("the site")))))), List.of());
    byte[] epub = EpubValidityTest.epub(doc, ResourceResolver.NONE);
    String chapter = Zip.text(epub, "EPUB/chapter-1.xhtml");
    assertTrue(chapter.contains("<code class=\"language-python\"><span class=\"line\">for row in rows:\n</span>"
        + "<span class=\"line\" style=\"padding-left: 8ch; text-indent: -8ch\">    cursor.execute("), chapter);
    assertTrue(chapter.contains("row)</span></code></pre>"), "the last newline makes no empty line");
    assertTrue(chapter.contains("class=\"url\">https://example.org/a/very/long/path?with=query</a>"), chapter);
    assertTrue(chapter.contains("<a href=\"https://example.org/\">the site</a>"), chapter);
    String css = Zip.text(epub, "EPUB/style.css");
    assertTrue(css.contains("pre .line { display: block; padding-left: 4ch; text-indent: -4ch; }"), css);
    assertTrue(css.contains("a.url { word-break: break-all;"), css);
    EpubValidityTest.assertClean(epub);
  }

  @Test
  void headingLevelsNeverSkipAndEmptyLinksAreNotLinks() throws IOException {
    // Seen on real pages: an article whose first heading is an h4, an h2 followed by an h4, and a logo link
    // whose image has no alternative text (Ace: heading-order, link-name).
    Document doc = new Document(Fixtures.metadata(), List.of(
        Block.heading(4, "First", "first"),
        Block.paragraph("Text."),
        Block.heading(2, "Second", "second"),
        Block.heading(4, "Third", "third"),
        new Paragraph(List.of(new Link("https://example.org/", "", List.of(new org.offprint.model.Image(
            Fixtures.FIGURE_URI, "", ""))), new Link("https://example.org/", "", List.of(new Text(" "))),
            new Text("After."), new Link("https://example.org/logo", "", List.of(new org.offprint.model.Image(
            Fixtures.FIGURE_URI, "Example logo", "")))))), List.of());
    // the levels are the transform stage's (HeadingLevels), which the pipeline runs before any writer
    byte[] epub = EpubValidityTest.epub(org.offprint.transform.Transforms.apply(doc, "t",
        org.offprint.model.Diagnostics.IGNORE), Fixtures.images());
    String chapter = Zip.text(epub, "EPUB/chapter-1.xhtml");
    assertTrue(chapter.contains("<h2 id=\"first\">First</h2>"), chapter);
    assertTrue(chapter.contains("<h2 id=\"second\">Second</h2>"), chapter);
    assertTrue(chapter.contains("<h3 id=\"third\">Third</h3>"), chapter);
    assertFalse(chapter.matches("(?s).*<a href=\"https://example.org/\">.*"), chapter);
    assertTrue(chapter.contains("<a href=\"https://example.org/logo\"><img"), "a named image keeps its link");
    String nav = Zip.text(epub, "EPUB/nav.xhtml");
    assertTrue(nav.contains("chapter-1.xhtml#first"), "the contents follow the levels as shown: " + nav);
    EpubValidityTest.assertClean(epub);
  }
}
