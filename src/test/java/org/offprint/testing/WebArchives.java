package org.offprint.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Builds web archives of the saved sample pages the way browsers and crawlers do: an MHTML file as Chrome's "Save
 * as single file" writes it (quoted-printable page, base64 images named by {@code Content-Location}), and WARC
 * files written with jwarc's own writer (one response record per page and per image). A page is archived at its
 * canonical URL, and each image it refers to by a relative path, at that path resolved against the page's URL.
 */
public final class WebArchives {
  private WebArchives() {}

  /** A page as a crawler fetched it: its URL, its bytes, its Content-Type, and the images beside it by URL. */
  public record Capture(String url, byte[] html, String contentType, Map<String, byte[]> images) {}

  /** {@return the saved page {@code file} as it was fetched from the web} */
  public static Capture capture(Path file, String contentType) throws IOException {
    byte[] html = Files.readAllBytes(file);
    org.jsoup.nodes.Document page = Jsoup.parse(file.toFile(), null, "");
    String url = page.select("link[rel=canonical]").attr("href");
    if (url.isEmpty()) url = "https://example.org/pages/" + file.getFileName();
    Map<String, byte[]> images = new LinkedHashMap<>();
    for (Element img : page.select("img[src], img[srcset], source[srcset]")) {
      List<String> refs = new ArrayList<>();
      refs.add(img.attr("src"));
      for (String candidate : img.attr("srcset").split(",")) refs.add(candidate.trim().split("\\s+")[0]);
      for (String ref : refs) {
        if (ref.isEmpty() || ref.contains(":") || ref.startsWith("/")) continue; // only images saved beside it
        Path local = file.resolveSibling(ref);
        if (Files.isRegularFile(local)) images.put(URI.create(url).resolve(ref).toString(), Files.readAllBytes(local));
      }
    }
    return new Capture(url, html, contentType, images);
  }

  /** {@return the capture as an MHTML file} */
  public static byte[] mhtml(Capture c) {
    String boundary = "----MultipartBoundary--Xq3ZkT8f7cYw0Lr1ap2Vb5Nd----";
    StringBuilder s = new StringBuilder();
    s.append("From: <Saved by Blink>\r\n")
        .append("Snapshot-Content-Location: ").append(c.url()).append("\r\n")
        .append("Subject: =?utf-8?Q?A_saved_page?=\r\n")
        .append("Date: Mon, 7 Dec 2026 12:00:00 -0000\r\n")
        .append("MIME-Version: 1.0\r\n")
        .append("Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"").append(boundary)
        .append("\"\r\n\r\n\r\n");
    s.append("--").append(boundary).append("\r\n")
        .append("Content-Type: ").append(c.contentType()).append("\r\n")
        .append("Content-ID: <frame-0F8A1B2C@mhtml.blink>\r\n")
        .append("Content-Transfer-Encoding: quoted-printable\r\n")
        .append("Content-Location: ").append(c.url()).append("\r\n\r\n")
        .append(quotedPrintable(c.html())).append("\r\n");
    int n = 0;
    for (Map.Entry<String, byte[]> image : c.images().entrySet()) {
      String type = image.getKey().endsWith(".png") ? "image/png" : "image/jpeg";
      s.append("--").append(boundary).append("\r\n")
          .append("Content-Type: ").append(type).append("\r\n")
          .append("Content-Transfer-Encoding: base64\r\n")
          .append("Content-ID: <image-").append(n++).append("@mhtml.blink>\r\n")
          .append("Content-Location: ").append(image.getKey()).append("\r\n\r\n")
          .append(Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(image.getValue()))
          .append("\r\n\r\n");
    }
    s.append("--").append(boundary).append("--\r\n");
    return s.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** {@return bytes in quoted-printable, lines of at most 76 characters, as Chrome writes the page} */
  static String quotedPrintable(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int line = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == '\n') {
        out.append("\r\n");
        line = 0;
        continue;
      }
      boolean atEnd = i + 1 == bytes.length || bytes[i + 1] == '\n';
      String enc = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !atEnd)
          ? String.valueOf((char) b) : String.format("=%02X", b);
      if (line + enc.length() > 75) {
        out.append("=\r\n");
        line = 0;
      }
      out.append(enc);
      line += enc.length();
    }
    return out.toString();
  }

  /** {@return the captures as one WARC file, each page's response followed by its images', gzipped or not} */
  public static byte[] warc(List<Capture> captures, boolean gzip) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes),
        gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      Instant date = Instant.parse("2026-12-01T10:00:00Z");
      for (Capture c : captures) {
        w.write(response(c.url(), c.contentType(), c.html(), date));
        for (Map.Entry<String, byte[]> image : c.images().entrySet()) {
          String type = image.getKey().endsWith(".png") ? "image/png" : "image/jpeg";
          w.write(response(image.getKey(), type, image.getValue(), date));
        }
      }
    }
    return bytes.toByteArray();
  }

  /** {@return a response record for {@code url}, as a crawler writes it} */
  public static WarcResponse response(String url, String contentType, byte[] body, Instant date) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.parse(contentType), body)
        .build();
    return new WarcResponse.Builder(URI.create(url)).date(date).body(http).build();
  }

  /** {@return {@code bytes} gzipped} */
  public static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
