package org.offprint.read.warc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.offprint.model.Diagnostics;
import org.offprint.read.Archive;
import org.offprint.read.Source;

/** HTTP responses as servers send them (chunked, gzip, brotli), and WARC detection. */
class WarcInputFormatTest {
  private static final WarcInputFormat FORMAT = new WarcInputFormat();
  private static final String PAGE = "<!DOCTYPE html><html><head><title>Chunked</title></head><body><article>"
      + "<h1>Chunked and gzipped</h1><p>" + "A server sent this page in chunks of gzip. ".repeat(10)
      + "</p><figure><img src=\"/i.png\" alt=\"i\"><figcaption>A picture</figcaption></figure></article></body></html>";

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  /** {@return a raw HTTP response: headers, then the body in chunks of 100 bytes} */
  private static byte[] chunked(String headers, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("HTTP/1.1 200 OK\r\n" + headers + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < body.length; i += 100) {
      int n = Math.min(100, body.length - i);
      out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, i, n);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static byte[] warc(boolean gzip, byte[]... responses) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String[] urls = {"https://example.org/a", "https://example.org/i.png", "https://example.org/b"};
    try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (int i = 0; i < responses.length; i++) {
        w.write(new WarcResponse.Builder(URI.create(urls[i])).date(Instant.parse("2026-12-01T10:00:00Z"))
            .body(MediaType.HTTP_RESPONSE, responses[i]).build());
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void chunkedGzippedBodiesAreDecodedAndABrotliOneIsSkippedWithANote() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};
    byte[] archive = warc(false,
        chunked("Content-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n", gzip(PAGE.getBytes(StandardCharsets.UTF_8))),
        chunked("Content-Type: image/png\r\n", png),
        chunked("Content-Type: text/html\r\nContent-Encoding: br\r\n", new byte[] {1, 2, 3}));
    Archive a = FORMAT.open(Source.of("crawl.warc", archive));
    assertEquals(List.of("https://example.org/a"), a.pages().stream().map(Archive.Page::url).toList());
    assertEquals("Chunked and gzipped", a.read(a.pages().get(0), Diagnostics.IGNORE).metadata().title());
    assertArrayEquals(png, a.file("https://example.org/i.png").orElseThrow());
    assertEquals(List.of("record for https://example.org/b skipped: its body cannot be decoded (Content-Encoding: br)"),
        a.skipped());
  }

  /** warcit and browsers' own captures archive files as resource records, without HTTP. */
  @Test
  void resourceRecordsOfHtmlArePagesAndOthersAreFiles() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 4, 5, 6};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes), WarcCompression.NONE)) {
      w.write(new WarcResource.Builder(URI.create("file:///site/a.html")).date(Instant.parse("2026-12-01T10:00:00Z"))
          .body(MediaType.parse("text/html; charset=utf-8"), PAGE.getBytes(StandardCharsets.UTF_8)).build());
      w.write(new WarcResource.Builder(URI.create("file:///site/i.png")).date(Instant.parse("2026-12-01T10:00:00Z"))
          .body(MediaType.parse("image/png"), png).build());
    }
    Archive a = FORMAT.open(Source.of("files.warc", bytes.toByteArray()));
    assertEquals(List.of("file:///site/a.html"), a.pages().stream().map(Archive.Page::url).toList());
    assertEquals("Chunked and gzipped", a.read(a.pages().get(0), Diagnostics.IGNORE).metadata().title());
    assertArrayEquals(png, a.file("file:///site/i.png").orElseThrow());
  }

  @Test
  void sniffsAWarcPlainOrGzippedByItsFirstRecord() throws IOException {
    byte[] plain = warc(false, chunked("Content-Type: text/html\r\n", PAGE.getBytes(StandardCharsets.UTF_8)));
    byte[] gz = warc(true, chunked("Content-Type: text/html\r\n", PAGE.getBytes(StandardCharsets.UTF_8)));
    assertEquals(100, FORMAT.sniff(java.util.Arrays.copyOf(plain, 4096)));
    assertEquals(100, FORMAT.sniff(java.util.Arrays.copyOf(gz, Math.min(gz.length, 4096))));
    assertEquals(0, FORMAT.sniff(gzip("<html>WARC/1.1</html>".getBytes(StandardCharsets.US_ASCII))));
    assertEquals(0, FORMAT.sniff(PAGE.getBytes(StandardCharsets.UTF_8)));
  }
}
