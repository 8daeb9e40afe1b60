package org.offprint.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Inline;
import org.offprint.model.Link;
import org.offprint.model.Paragraph;
import org.offprint.read.InputException;
import org.offprint.read.Source;

/** Bad and hostile inputs, and the user's base URL. */
class HtmlReaderInputTest {
  private final HtmlReader reader = HtmlReader.create();

  @Test
  void rejectsEmptyInput() {
    InputException e = assertThrows(InputException.class,
        () -> reader.read(Source.of("empty.html", new byte[0]), Diagnostics.IGNORE));
    assertEquals("empty.html", e.input());
  }

  @Test
  void rejectsWhitespaceOnlyInput() {
    assertThrows(InputException.class,
        () -> reader.read(Source.of("blank.html", " \n\t \r\n".getBytes(StandardCharsets.US_ASCII)),
            Diagnostics.IGNORE));
  }

  @Test
  void rejectsBinaryInput() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
    InputException e = assertThrows(InputException.class,
        () -> reader.read(Source.of("image.html", png), Diagnostics.IGNORE));
    assertTrue(e.getMessage().startsWith("image.html: "), e.getMessage());
  }

  @Test
  void readsUtf16WithAByteOrderMark() throws Exception {
    byte[] bytes = ("\uFEFF" + Pages.page(Pages.PROSE)).getBytes(StandardCharsets.UTF_16LE);
    Document doc = reader.read(Source.of("utf16.html", bytes), Diagnostics.IGNORE);
    assertTrue(Pages.text(doc).contains("harbour town woke"), Pages.text(doc));
  }

  @Test
  void survivesOneHundredThousandNestedElements() throws Exception {
    String html = "<html><body>" + "<div>".repeat(100_000) + "Deep in the harbour, a single line of text."
        + "</div>".repeat(100_000) + "</body></html>";
    Document doc = Pages.read(html);
    assertTrue(Pages.text(doc).contains("Deep in the harbour, a single line of text."), Pages.text(doc));
  }

  @Test
  void survivesDeepInlineNesting() throws Exception {
    String html = "<html><body><p>" + "<span><em>".repeat(50_000) + "Deep words." + "</em></span>".repeat(50_000)
        + "</p></body></html>";
    assertTrue(Pages.text(Pages.read(html)).contains("Deep words."));
  }

  @Test
  void theUsersBaseUrlBeatsTheBaseElement() throws Exception {
    String html = Pages.page(Pages.PROSE + "<p>See <a href=\"tides.html\">the tide table</a> for more.</p>")
        .replace("<head>", "<head><base href=\"https://coast.example/news/\">");
    Source s = Source.of("p.html", html.getBytes(StandardCharsets.UTF_8))
        .withBaseUrl(URI.create("https://mirror.example/a/b.html"));
    Document doc = reader.read(s, Diagnostics.IGNORE);
    Link link = null;
    for (Paragraph p : Pages.blocksOf(doc, Paragraph.class)) {
      for (Inline i : p.content()) if (i instanceof Link l) link = l;
    }
    assertEquals("https://mirror.example/a/tides.html", link.href());
  }
}
