package org.offprint.read.mhtml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Figure;
import org.offprint.read.Archive;
import org.offprint.read.InputException;
import org.offprint.read.Source;

/** The MIME that MHTML files use, and the archive an MHTML file opens into. */
class MhtmlInputFormatTest {
  private static final MhtmlInputFormat FORMAT = new MhtmlInputFormat();
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

  @Test
  void quotedPrintableJoinsSoftBreaksAndDecodesBytes() {
    assertArrayEquals("caf\u00e9 = bar\nbaz".getBytes(StandardCharsets.UTF_8),
        Mime.quotedPrintable("caf=C3=A9 =3D b=\r\nar\nb=  \naz"));
    assertArrayEquals("a=zz b".getBytes(StandardCharsets.US_ASCII), Mime.quotedPrintable("a=zz b="),
        "a stray = is kept; one that ends the body is a soft break");
  }

  @Test
  void headersUnfoldAndParametersUnquote() {
    int[] end = new int[1];
    String text = "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n boundary=\"--a;b\\\"c\"\r\n"
        + "X: 1\r\n\r\nbody";
    var h = Mime.headers(text, 0, end);
    assertEquals("multipart/related; type=\"text/html\"; boundary=\"--a;b\\\"c\"", h.get("content-type"));
    assertEquals(Optional.of("--a;b\"c"), Mime.parameter(h.get("content-type"), "boundary"));
    assertEquals(Optional.of("text/html"), Mime.parameter(h.get("content-type"), "type"));
    assertEquals("1", h.get("x"));
    assertEquals("body", text.substring(end[0]));
  }

  /**
   * LF line ends, a nested multipart/alternative, a page in UTF-8 quoted-printable with its charset in the part's
   * header, and images found by Content-Location (relative, resolved against the page's, as RFC 2557 says) and by
   * {@code cid:}; the page need not be the first part.
   */
  @Test
  void opensThePageAndItsPartsByLocationAndContentId() throws Exception {
    String png = Base64.getMimeEncoder().encodeToString(PNG);
    String words = "Words enough to make this paragraph an article body worth keeping. ".repeat(6);
    String mhtml = """
        From: <Saved by Blink>
        Snapshot-Content-Location: https://example.org/a/page.html
        MIME-Version: 1.0
        Content-Type: multipart/related; type="text/html"; boundary="B1"

        preamble
        --B1
        Content-Type: multipart/alternative; boundary="B2"

        --B2
        Content-Type: text/plain

        not the page
        --B2
        Content-Type: text/html; charset=utf-8
        Content-Transfer-Encoding: quoted-printable

        <html><head><title>Caf=C3=A9</title></head><body><article><h1>Caf=C3=A9</h1><p>%s</p>
        <figure><img src=3D"img/one.png" alt=3D"one"><figcaption>One</figcaption></figure>
        <p>%s</p><figure><img src=3D"cid:two@x" alt=3D"two"><figcaption>Two</figcaption></figure>
        </article></body></html>
        --B2--
        --B1
        Content-Type: image/png
        Content-Transfer-Encoding: base64
        Content-Location: img/one.png

        %s
        --B1
        Content-Type: image/png
        Content-ID: <two@x>
        Content-Transfer-Encoding: base64

        %s
        --B1--
        epilogue
        """.formatted(words, words, png, png);
    Archive archive = FORMAT.open(Source.of("page.mhtml", mhtml.getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals(1, archive.pages().size());
    assertEquals("https://example.org/a/page.html", archive.pages().get(0).url());
    Document doc = archive.read(archive.pages().get(0), Diagnostics.IGNORE);
    assertEquals("Café", doc.metadata().title());
    List<String> srcs = doc.blocks().stream().filter(Figure.class::isInstance).map(b -> ((Figure) b).src()).toList();
    assertEquals(List.of("https://example.org/a/img/one.png", "cid:two@x"), srcs);
    for (String src : srcs) assertArrayEquals(PNG, archive.file(src).orElseThrow(), src);
    assertTrue(archive.file("https://example.org/a/img/one.png#frag").isPresent(), "a fragment names the same file");
  }

  @Test
  void sniffsTheHeaderBlockOnly() {
    assertEquals(100, FORMAT.sniff("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n"
        .getBytes(StandardCharsets.US_ASCII)));
    assertEquals(0, FORMAT.sniff("<!DOCTYPE html><p>Content-Type: multipart/related</p>".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(0, FORMAT.sniff("Subject: hi\nContent-Type: multipart/mixed; boundary=x\n\n".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void aMessageWithoutHtmlOrBoundaryIsRefusedNamingTheInput() {
    InputException none = assertThrows(InputException.class, () -> FORMAT.open(Source.of("x.mht",
        "Content-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/plain\n\nhi\n--b--\n"
            .getBytes(StandardCharsets.US_ASCII))));
    assertEquals("x.mht: holds no HTML page", none.getMessage());
    InputException parts = assertThrows(InputException.class, () -> FORMAT.open(Source.of("y.mht",
        "Content-Type: multipart/related; boundary=b\n\nno delimiter at all\n".getBytes(StandardCharsets.US_ASCII))));
    assertEquals("y.mht: is not a readable MHTML file: it has no part between its MIME boundaries", parts.getMessage());
  }
}
