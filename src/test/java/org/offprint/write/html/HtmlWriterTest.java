package org.offprint.write.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.offprint.model.Document;
import org.offprint.model.Fixtures;
import org.offprint.model.Link;
import org.offprint.model.Metadata;
import org.offprint.model.Paragraph;
import org.offprint.model.ResourceResolver;
import org.offprint.model.Text;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.Formats;
import org.offprint.write.WriteOptions;

/** The standalone HTML5 writer. */
class HtmlWriterTest {
  private final Map<String, byte[]> sideFiles = new TreeMap<>();

  private static WriteOptions options(ResourceResolver resolver) {
    return WriteOptions.of(ThemeLoader.builtIn("default")).withResources(resolver);
  }

  private static String write(HtmlWriter writer, Document doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(doc, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private String withSideFiles(boolean selfContained, String name) throws IOException {
    WriteOptions o = options(Fixtures.images()).withOutputName(name).withSideFiles(sideFiles::put);
    return write(HtmlWriter.builder(o).selfContained(selfContained).build(), Fixtures.everything());
  }

  @Test
  void hasNoScriptOfAnyKind() throws IOException {
    Document doc = Document.of(Metadata.builder().title("T").build(), List.of(new Paragraph(List.of(
        new Link("javascript:alert(1)", "", List.of(new Text("click"))),
        new Text("<script>alert(2)</script>")))));
    String html = write(HtmlWriter.builder(options(Fixtures.images())).build(), doc)
        + write(HtmlWriter.builder(options(Fixtures.images())).build(), Fixtures.everything());
    assertFalse(html.contains("<script"), html);
    assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("javascript:"));
    assertFalse(html.matches("(?s).*\\son[a-z]+=.*"), "no event handler attributes");
  }

  @Test
  void inlinesTheThemeCssWithFontsAndADarkScheme() throws IOException {
    String html = write(HtmlWriter.builder(options(Fixtures.images())).build(), Fixtures.everything());
    assertTrue(html.contains("<style>"));
    assertTrue(html.contains("@font-face"));
    assertTrue(html.contains("font-family: \"Liberation Serif\""));
    assertTrue(html.contains("@media (prefers-color-scheme: dark)"));
    assertTrue(html.contains("background: " + ThemeLoader.builtIn("default").dark().background()));
    assertTrue(html.contains("hyphens: auto"));
  }

  @Test
  void withoutSideFilesImagesAndFontsAreDataUris() throws IOException {
    String html = write(HtmlWriter.builder(options(Fixtures.images())).build(), Fixtures.everything());
    assertTrue(html.contains("<img src=\"data:image/png;base64,"));
    assertTrue(html.contains("url(\"data:font/ttf;base64,"));
    assertFalse(html.contains(".assets/"));
  }

  @Test
  void withSideFilesImagesAndFontsGoBesideTheFile() throws IOException {
    String html = withSideFiles(false, "harbour");
    assertTrue(html.contains("<img src=\"harbour.assets/image-1.png\""), html);
    assertTrue(html.contains("url(\"harbour.assets/fonts/LiberationSerif-Regular.ttf\")"));
    assertFalse(html.contains("data:"));
    assertArrayEquals(Fixtures.images().resolve(Fixtures.FIGURE_URI).orElseThrow().bytes(),
        sideFiles.get("harbour.assets/image-1.png"));
    assertTrue(sideFiles.containsKey("harbour.assets/fonts/LiberationSerif-Regular.ttf"));
    assertEquals(1, sideFiles.keySet().stream().filter(k -> k.contains("image")).count(), "one file per image");
  }

  @Test
  void sideFileLinksArePercentEncoded() throws IOException {
    String html = withSideFiles(false, "my article");
    assertTrue(html.contains("src=\"my%20article.assets/image-1.png\""));
    assertTrue(sideFiles.containsKey("my article.assets/image-1.png"));
  }

  @Test
  void selfContainedInlinesEvenWithSideFiles() throws IOException {
    String html = withSideFiles(true, "harbour");
    assertTrue(sideFiles.isEmpty());
    assertTrue(html.contains("data:image/png;base64,"));
  }

  @Test
  void outputIsWellFormedWithHeaderBodyAndNotes() throws Exception {
    String html = write(HtmlWriter.builder(options(ResourceResolver.NONE)).build(), Fixtures.everything());
    DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertTrue(html.contains("<h1 class=\"title\">The Harbour at Dawn: Notes on a Changing Coast</h1>"));
    assertTrue(html.contains("<p class=\"byline\">Mara Ellison, Tomás Quintero</p>"));
    assertTrue(html.contains("<time datetime=\"2023-03-04\">"));
    assertTrue(html.contains("<a href=\"https://coastal-review.example/2023/03/harbour-at-dawn\">"));
    assertTrue(html.contains("<a id=\"fnref-1\" href=\"#fn-1\" class=\"noteref\" role=\"doc-noteref\">1</a>"));
    assertTrue(html.contains("<aside id=\"fn-1\" class=\"footnote\" role=\"doc-footnote\">"));
    assertTrue(html.contains("<a href=\"#fnref-1\" class=\"backlink\" role=\"doc-backlink\" title=\"Back to text\">1.</a>"));
    assertFalse(html.contains("epub:type"), "EPUB attributes stay out of HTML5");
  }

  @Test
  void missingImageWarnsAndKeepsItsAltText() throws IOException {
    var diagnostics = org.offprint.model.Diagnostics.collector();
    String html = write(HtmlWriter.builder(options(ResourceResolver.NONE).withDiagnostics(diagnostics)).build(),
        Fixtures.everything());
    assertFalse(html.contains("<img"));
    assertTrue(html.contains("<p class=\"image-missing\">Boats leaving the harbour before sunrise</p>"));
    assertFalse(diagnostics.all().isEmpty());
  }

  @Test
  void formatsAreRegistered() {
    assertTrue(Formats.find("html").orElseThrow() instanceof HtmlFormat);
    assertEquals("epub", Formats.find("epub").orElseThrow().extension());
  }

  @Test
  void everythingIsInALandmarkWithTheArticlesInMain() throws IOException {
    String one = write(HtmlWriter.builder(options(Fixtures.images())).build(), Fixtures.everything());
    assertTrue(one.matches("(?s).*<body>\\s*<main>\\s*<article .*</article>\\s*</main>\\s*</body>.*"), one);
    Metadata md = Metadata.builder().title("Reihe").language("de").build();
    Document russian = Document.of(Metadata.builder().title("Гавань").language("ru").build(),
        List.of(new Paragraph(List.of(new Text("В пять утра.")))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HtmlWriter.builder(options(Fixtures.images())).build().writeBook(
        new org.offprint.model.Book(md, List.of(Fixtures.everything(), russian),
            List.of(new org.offprint.model.Book.Part("Winter", 0))), out);
    String book = out.toString(StandardCharsets.UTF_8);
    assertTrue(book.matches("(?s).*<body>\\s*<header class=\"book-header\">.*</header>\\s*<nav class=\"toc\""
        + " aria-label=\"Inhalt\">.*</nav>\\s*<main>\\s*<article .*</article>\\s*</main>\\s*</body>.*"), book);
    assertTrue(book.contains("<li class=\"part\"><span class=\"part-title\">Winter</span>"), book);
    // Language of parts: each article says its own, in a German book.
    assertTrue(book.contains("id=\"a1-article\" lang=\"en\">"), book);
    assertTrue(book.contains("id=\"a2-article\" lang=\"ru\">"), book);
    // Each article's notes are a landmark with a name of its own (axe landmark-unique).
    assertTrue(book.contains("<section class=\"footnotes\" aria-label=\"Notes: The Harbour at Dawn: Notes on a"
        + " Changing Coast\">"), book);
  }
}
