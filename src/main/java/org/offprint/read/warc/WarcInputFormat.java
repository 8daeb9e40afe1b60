package org.offprint.read.warc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.offprint.read.Archive;
import org.offprint.read.ArchiveFormat;
import org.offprint.read.InputException;
import org.offprint.read.Source;

/**
 * WARC web archives ({@code .warc}, {@code .warc.gz}; wget {@code --warc-file}, Browsertrix, Heritrix), read with
 * jwarc. Every successful ({@code 2xx}) HTTP response whose type is HTML is a page, in record order, and so is
 * a {@code resource} record of HTML; other responses and resources are the files pages refer to. A URL archived twice keeps its first
 * capture; revisit, request and metadata records are skipped.
 */
public final class WarcInputFormat implements ArchiveFormat {
  @Override
  public String name() {
    return "warc";
  }

  @Override
  public List<String> extensions() {
    return List.of("warc");
  }

  /** Certain when the bytes, or what a gzip stream of them starts with, are a WARC record's version line. */
  @Override
  public int sniff(byte[] head) {
    if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
        head = in.readNBytes(8);
      } catch (IOException e) {
        return 0; // the first member is longer than the head: its start may still have been read
      }
    }
    return isWarc(head) ? 100 : 0;
  }

  /** {@return whether {@code bytes} start as a WARC record does} */
  public static boolean isWarc(byte[] bytes) {
    String start = new String(bytes, 0, Math.min(bytes.length, 8), StandardCharsets.ISO_8859_1);
    return start.startsWith("WARC/1.") || start.startsWith("WARC/0.");
  }

  @Override
  public Archive open(Source source) throws IOException {
    if (!isWarc(source.bytes())) throw new InputException(source.name(), "is not a WARC file (it does not start with a WARC/1.x record)");
    List<Archive.Page> pages = new ArrayList<>();
    Map<String, byte[]> files = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    List<String> skipped = new ArrayList<>();
    try (WarcReader reader = new WarcReader(new ByteArrayInputStream(source.bytes()))) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse response) {
          response(source, response, seen, pages, files, skipped);
        } else if (record instanceof WarcResource resource && seen.add(Archive.key(resource.target()))) {
          // a file archived without HTTP (warcit, a browser's own capture): its WARC Content-Type is its type
          byte[] body = resource.body().stream().readAllBytes();
          MediaType media = resource.contentType();
          if (isHtml(media.base().toString())) {
            pages.add(Archive.pageOf(source, resource.target(), body, charset(media)));
          } else {
            files.put(resource.target(), body);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new InputException(source.name(), "is not a readable WARC file (" + why(e) + ")");
    }
    if (pages.isEmpty()) {
      throw new InputException(source.name(), "holds no HTML response (no page to read)"
          + (skipped.isEmpty() ? "" : "; " + skipped.get(0)));
    }
    return Archive.of(source.name(), pages, files, skipped);
  }

  private static void response(Source source, WarcResponse record, Set<String> seen, List<Archive.Page> pages,
      Map<String, byte[]> files, List<String> skipped) throws IOException {
    if (!record.contentType().base().equals(MediaType.HTTP)) return; // dns: and other non-HTTP captures
    String url = record.target();
    String key = Archive.key(url);
    if (seen.contains(key)) return;
    HttpResponse http = record.http();
    if (http.status() < 200 || http.status() > 299) return; // a redirect or error page names no article
    String type = http.headers().first("Content-Type").orElse("");
    byte[] body;
    try {
      body = http.bodyDecoded().stream().readAllBytes(); // chunked, gzip and deflate as the server sent them, undone
    } catch (IOException | LinkageError e) {
      // brotli needs a decoder offprint does not bundle; an unknown or damaged encoding is this record's problem
      String encoding = http.headers().first("Content-Encoding").orElse("");
      skipped.add("record for " + url + " skipped: its body cannot be decoded"
          + (encoding.isEmpty() ? " (" + e.getMessage() + ")" : " (Content-Encoding: " + encoding + ")"));
      return;
    }
    seen.add(key);
    MediaType media = MediaType.parseLeniently(type);
    // parseLeniently never throws; its isValid() is false for any type it did not parse strictly
    String base = type.isBlank() ? "" : media.base().toString().toLowerCase(Locale.ROOT);
    if (isHtml(base)) {
      pages.add(Archive.pageOf(source, url, body, charset(media)));
    } else {
      files.put(url, body);
    }
  }

  /** {@return the problem in a few words: jwarc's parser quotes the bad bytes after the position, which we drop} */
  static String why(Exception e) {
    Throwable t = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
    java.util.regex.Matcher at = java.util.regex.Pattern.compile("invalid WARC record at position \\d+").matcher(m);
    return at.find() ? at.group() : m;
  }

  private static boolean isHtml(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    return t.equals("text/html") || t.equals("application/xhtml+xml");
  }

  private static Optional<Charset> charset(MediaType media) {
    String name = media.parameters().get("charset");
    if (name == null) return Optional.empty();
    try {
      return Optional.of(Charset.forName(name.trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // an unknown name: the page's own declaration decides
    }
  }
}
