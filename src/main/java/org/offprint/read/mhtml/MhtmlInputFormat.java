package org.offprint.read.mhtml;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.offprint.read.Archive;
import org.offprint.read.ArchiveFormat;
import org.offprint.read.InputException;
import org.offprint.read.Source;

/**
 * MHTML ({@code .mhtml}, {@code .mht}), as Chrome and Edge write "Save as single file": a MIME
 * {@code multipart/related} message whose first {@code text/html} part is the page and whose other parts are its
 * images, named by {@code Content-Location} (and {@code Content-ID}, for {@code cid:} references).
 */
public final class MhtmlInputFormat implements ArchiveFormat {
  @Override
  public String name() {
    return "mhtml";
  }

  @Override
  public List<String> extensions() {
    return List.of("mhtml", "mht");
  }

  /** Certain when the first header block declares a {@code multipart/related} message. */
  @Override
  public int sniff(byte[] head) {
    String h = new String(head, StandardCharsets.ISO_8859_1);
    int blank = h.indexOf("\n\n");
    int crlf = h.indexOf("\r\n\r\n");
    if (crlf >= 0 && (blank < 0 || crlf < blank)) blank = crlf;
    String block = (blank < 0 ? h : h.substring(0, blank)).toLowerCase(Locale.ROOT);
    // the header block alone: a page that merely mentions multipart/related in its text is not MHTML
    if (!block.matches("(?s)^[!-9;-~]+:.*")) return 0;
    return block.matches("(?s).*(^|\n)content-type:\\s*multipart/related.*") ? 100 : 0;
  }

  @Override
  public Archive open(Source source) throws IOException {
    List<Mime.Part> parts;
    try {
      parts = Mime.parts(source.bytes());
    } catch (Mime.MimeException e) {
      throw new InputException(source.name(), "is not a readable MHTML file: it " + e.getMessage());
    }
    Map<String, String> top = Mime.topHeaders(source.bytes());
    List<Archive.Page> pages = new ArrayList<>();
    Mime.Part page = null;
    for (Mime.Part p : parts) {
      if (p.type().equals("text/html") || p.type().equals("application/xhtml+xml")) {
        page = p;
        break;
      }
    }
    String url = "";
    if (page != null) {
      String location = page.header("content-location");
      url = location.isEmpty() ? top.getOrDefault("snapshot-content-location", "") : location;
      pages.add(Archive.pageOf(source, url, page.body(), charset(page)));
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Mime.Part p : parts) {
      if (p == page) continue;
      String location = p.header("content-location");
      // RFC 2557: a relative location is relative to the page's
      if (!location.isEmpty()) files.putIfAbsent(resolve(url, location), p.body());
      String id = p.header("content-id").replaceAll("^\\s*<|>\\s*$", "");
      if (!id.isEmpty()) files.putIfAbsent("cid:" + id, p.body());
    }
    return Archive.of(source.name(), pages, files);
  }

  private static String resolve(String base, String location) {
    try {
      java.net.URI uri = new java.net.URI(location.trim());
      if (uri.isAbsolute() || base.isEmpty()) return location;
      java.net.URI b = new java.net.URI(base.trim());
      return b.isAbsolute() && !b.isOpaque() ? b.resolve(uri).toString() : location;
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return location;
    }
  }

  private static Optional<Charset> charset(Mime.Part p) {
    try {
      return p.typeParameter("charset").map(Charset::forName);
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // an unknown name: the page's own declaration decides
    }
  }
}
