package org.offprint.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.offprint.model.Block;
import org.offprint.model.Book;
import org.offprint.model.Diagnostic;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Inline;
import org.offprint.model.Metadata;
import org.offprint.model.Paragraph;
import org.offprint.model.Text;
import org.offprint.testing.EpubCheckRunner;
import org.offprint.testing.Rfc3986;
import org.offprint.theme.ThemeLoader;
import org.offprint.transform.Transforms;
import org.offprint.write.epub.EpubWriter;
import org.offprint.write.html.HtmlWriter;
import org.offprint.write.markdown.MarkdownWriter;
import org.offprint.write.pdf.PdfWriter;
import org.offprint.write.text.TextWriter;

/**
 * Issue 17, "valid at scale": every URL any writer puts into its output is valid by RFC 3986. Links the web
 * forgives ({@code [Lightbox]} in a query, spaces, non-ASCII) are percent-encoded by the transform stage; one
 * that cannot be repaired is dropped with one warning, whatever the number of formats written. The metadata's
 * source URL, which is no link, the writers repair themselves. Checked with EPUBCheck (RSC-020), jsoup, flexmark
 * and PDFBox.
 */
class LinkUrlsInEveryFormatTest {
  static final String LIGHTBOX = "https://www.example.de/SharedDocs/Bilder/foto.jpg?__blob=poster&view=render[Lightbox]&nn=123";
  static final String BROKEN = "http://exa mple.org:port/x";

  /** {@return the page as the writers receive it: through the transform stage} */
  static Document page() {
    return Transforms.apply(raw(), "links.html", Diagnostics.IGNORE);
  }

  static Document raw() {
    List<Inline> line = new ArrayList<>();
    line.add(new Text("See "));
    line.add(new org.offprint.model.Link(LIGHTBOX, "", List.of(new Text("the photo"))));
    line.add(new Text(", "));
    line.add(new org.offprint.model.Link("https://example.org/über uns", "", List.of(new Text("about us"))));
    line.add(new Text(" and "));
    line.add(new org.offprint.model.Link(BROKEN, "", List.of(new Text("a broken link"))));
    line.add(new Text("."));
    List<Block> blocks = List.of(new Paragraph(line));
    return Document.of(Metadata.builder().title("Links").language("en")
        .source("https://example.org/news/a story?id=[7]").build(), blocks);
  }

  static final class Warnings implements Diagnostics {
    final List<String> messages = new ArrayList<>();

    @Override
    public void report(Diagnostic d) {
      messages.add(d.toString());
    }
  }

  private static WriteOptions options(Warnings w) {
    return WriteOptions.of(ThemeLoader.builtIn("default")).withDiagnostics(w);
  }

  @Test
  void anEpubWhoseLinksCarryBracketsSpacesAndNonAsciiPassesEpubCheck() throws IOException {
    Warnings w = new Warnings();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EpubWriter.builder(options(w)).build().write(page(), out);
    EpubCheckRunner.Result r = EpubCheckRunner.check(out.toByteArray());
    assertTrue(r.clean(), () -> String.join("\n", r.errors()) + "\n" + String.join("\n", r.warnings()));

    ByteArrayOutputStream bookOut = new ByteArrayOutputStream();
    Document other = Document.of(Metadata.builder().title("Other").source("https://example.org/b?x=[1]").build(),
        page().blocks());
    EpubWriter.builder(options(new Warnings())).build()
        .writeBook(new Book(Metadata.builder().title("Book").build(), List.of(page(), other)), bookOut);
    EpubCheckRunner.Result rb = EpubCheckRunner.check(bookOut.toByteArray());
    assertTrue(rb.clean(), () -> String.join("\n", rb.errors()));
  }

  @Test
  void everyHrefOfTheHtmlIsValidAndTheBrokenLinkKeepsItsText() throws IOException {
    Warnings w = new Warnings();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HtmlWriter.builder(options(w)).build().write(page(), out);
    org.jsoup.nodes.Document html = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
    List<String> hrefs = html.select("[href]").eachAttr("href");
    assertTrue(hrefs.contains("https://www.example.de/SharedDocs/Bilder/foto.jpg?__blob=poster&view=render%5BLightbox%5D&nn=123"),
        hrefs.toString());
    for (String h : hrefs) assertTrue(Rfc3986.matches(h), h);
    assertTrue(html.text().contains("a broken link"));
    assertFalse(hrefs.stream().anyMatch(h -> h.contains("mple.org:port")), hrefs.toString());
  }

  @Test
  void theBrokenLinkIsReportedOnceWhateverTheFormatsWritten() throws IOException {
    Warnings w = new Warnings();
    Document read = Transforms.apply(raw(), "links.html", w);
    for (DocumentWriter writer : List.of(EpubWriter.builder(options(w)).build(), HtmlWriter.builder(options(w)).build(),
        MarkdownWriter.builder(options(w)).build(), PdfWriter.builder(options(w)).build(),
        TextWriter.builder(options(w)).build())) {
      writer.write(read, OutputStream.nullOutputStream());
    }
    assertEquals(1, w.messages.size(), w.messages.toString());
    assertTrue(w.messages.get(0).contains("links.html") && w.messages.get(0).contains("exa mple.org"),
        w.messages.toString());
  }

  @Test
  void everyLinkDestinationOfTheMarkdownIsValid() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MarkdownWriter.builder(options(new Warnings())).build().write(page(), out);
    Node doc = Parser.builder().build().parse(out.toString(StandardCharsets.UTF_8));
    List<String> urls = new ArrayList<>();
    for (Node n : doc.getDescendants()) if (n instanceof Link l) urls.add(l.getUrl().toString());
    assertEquals(2, urls.size(), urls.toString());
    for (String u : urls) assertTrue(Rfc3986.matches(u), u);
  }

  @Test
  void everyLinkOfThePdfAndTheTextLinkListIsValid() throws IOException, URISyntaxException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfWriter.builder(options(new Warnings())).linkList(true).build().write(page(), out);
    List<String> uris = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      for (PDPage p : pdf.getPages()) {
        for (PDAnnotation a : p.getAnnotations()) {
          if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI u) uris.add(u.getURI());
        }
      }
    }
    assertTrue(uris.size() >= 2, uris.toString());
    for (String u : uris) assertTrue(Rfc3986.matches(u), u);

    String text = new String(render(TextWriter.builder(options(new Warnings())).linkList(true).build()),
        StandardCharsets.UTF_8);
    assertTrue(text.contains("render%5BLightbox%5D"), text);
    assertFalse(text.contains("exa mple"), text);
    new URI(LIGHTBOX.replace("[", "%5B").replace("]", "%5D"));
  }

  private static byte[] render(DocumentWriter w) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(page(), out);
    return out.toByteArray();
  }

}
