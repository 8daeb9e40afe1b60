package org.offprint.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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
import org.offprint.theme.ThemeLoader;
import org.offprint.write.epub.EpubWriter;
import org.offprint.write.html.HtmlWriter;
import org.offprint.write.markdown.MarkdownWriter;
import org.offprint.write.pdf.PdfWriter;
import org.offprint.write.text.TextWriter;

/**
 * Issue 17, "valid at scale": every URL any writer puts into its output is valid by RFC 3986. Links the web
 * forgives ({@code [Lightbox]} in a query, spaces, non-ASCII) are percent-encoded; one that cannot be repaired
 * is dropped with a warning. Checked with EPUBCheck (RSC-020), jsoup, flexmark and PDFBox.
 */
class WebLinksTest {
  /** RFC 3986 URI-reference, with the characters allowed in each part (no validation of the scheme's rules). */
  private static final Pattern RFC3986 = Pattern.compile(
      "^(?:[A-Za-z][A-Za-z0-9+.-]*:)?(?://(?:[A-Za-z0-9._~!$&'()*+,;=:%-]*@)?(?:\\[[0-9A-Fa-f:.v]+\\]|"
          + "[A-Za-z0-9._~!$&'()*+,;=%-]*)(?::[0-9]*)?)?[A-Za-z0-9._~!$&'()*+,;=:@%/-]*"
          + "(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*)?(?:#[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*)?$");
  private static final Pattern BAD_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

  static final String LIGHTBOX = "https://www.example.de/SharedDocs/Bilder/foto.jpg?__blob=poster&view=render[Lightbox]&nn=123";
  static final String BROKEN = "http://exa mple.org:port/x";

  static boolean rfc3986(String url) {
    return RFC3986.matcher(url).matches() && !BAD_PERCENT.matcher(url).find();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://example.org/a?view=render[Lightbox]&nn=1|https://example.org/a?view=render%5BLightbox%5D&nn=1",
      "https://example.org/a b/c d.html?q=x y|https://example.org/a%20b/c%20d.html?q=x%20y",
      "https://example.org/wiki/Straße?q=grüße#Überblick|https://example.org/wiki/Stra%C3%9Fe?q=gr%C3%BC%C3%9Fe#%C3%9Cberblick",
      "https://пример.рф/путь|https://xn--e1afmkfd.xn--p1ai/%D0%BF%D1%83%D1%82%D1%8C",
      "https://example.org/100%|https://example.org/100%25",
      "https://example.org/a%2fb|https://example.org/a%2Fb",
      "HTTPS://Example.org/x?a=\"b\"&c=<d>|https://example.org/x?a=%22b%22&c=%3Cd%3E",
      "https://example.org/x#a#b|https://example.org/x#a%23b",
      "https://[2001:db8::1]:8080/x|https://[2001:db8::1]:8080/x",
      "mailto:someone@example.org|mailto:someone@example.org",
      "#note-1|#note-1",
      "https://example.org/{a}|https://example.org/%7Ba%7D",
  })
  void repairsWhatRfc3986DoesNotAllow(String raw, String expected) {
    assertEquals(Optional.of(expected), WebLinks.repair(raw));
    assertTrue(rfc3986(expected), expected);
    assertTrue(WebLinks.valid(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"http://exa mple.org/x", "https://example.org:80a/x", "https://[zz]/x",
      "https:///path", "https://a\u0001b.org/"})
  void dropsWhatCannotBeRepaired(String raw) {
    assertEquals(Optional.empty(), WebLinks.repair(raw));
  }

  @Test
  void aValidUrlIsLeftAsItIs() {
    for (String u : List.of("https://example.org/a/b?c=d&e=f#g", "https://example.org/%E2%82%AC",
        "http://example.org:8080/~user/!$&'()*+,;=:@")) {
      assertEquals(Optional.of(u), WebLinks.repair(u));
    }
  }

  static Document page() {
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
    assertTrue(w.messages.stream().anyMatch(m -> m.contains("exa mple.org")), w.messages.toString());

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
    for (String h : hrefs) assertTrue(rfc3986(h), h);
    assertTrue(html.text().contains("a broken link"));
    assertFalse(hrefs.stream().anyMatch(h -> h.contains("mple.org:port")), hrefs.toString());
    assertEquals(1, w.messages.stream().filter(m -> m.contains("cannot be repaired")).count(), w.messages.toString());
  }

  @Test
  void everyLinkDestinationOfTheMarkdownIsValid() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MarkdownWriter.builder(options(new Warnings())).build().write(page(), out);
    Node doc = Parser.builder().build().parse(out.toString(StandardCharsets.UTF_8));
    List<String> urls = new ArrayList<>();
    for (Node n : doc.getDescendants()) if (n instanceof Link l) urls.add(l.getUrl().toString());
    assertEquals(2, urls.size(), urls.toString());
    for (String u : urls) assertTrue(rfc3986(u), u);
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
    for (String u : uris) assertTrue(rfc3986(u), u);

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

  /** An ASCII host name skips IDN (whose tables cost start-up time), and gives what IDN gives, or fails as it does. */
  @Test
  void asciiHostsAsIdnHasThem() {
    java.util.List<String> hosts = new java.util.ArrayList<>(java.util.List.of("example.org", "EXAMPLE.org",
        "a.b.", ".", "", "a..b", ".a", "a.", "xn--bcher-kva.example", "a_b.c-d", "x".repeat(63) + ".org",
        "x".repeat(64) + ".org", "1.2.3.4", "..", "a b"));
    java.util.Random random = new java.util.Random(16);
    String alphabet = "ab.-_xyZ9.";
    for (int n = 0; n < 2000; n++) {
      StringBuilder h = new StringBuilder();
      int length = random.nextInt(n % 10 == 0 ? 140 : 12);
      for (int i = 0; i < length; i++) h.append(alphabet.charAt(random.nextInt(alphabet.length())));
      hosts.add(h.toString());
    }
    for (String host : hosts) {
      String idn;
      try {
        idn = java.net.IDN.toASCII(host, java.net.IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException e) {
        idn = null;
      }
      String ours;
      try {
        ours = WebLinks.asciiHost(host);
      } catch (IllegalArgumentException e) {
        ours = null;
      }
      assertEquals(idn, ours, "host '" + host + "'");
    }
  }
}
