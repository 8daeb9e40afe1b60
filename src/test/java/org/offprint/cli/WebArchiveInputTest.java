package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.siegmann.epublib.domain.Book;
import nl.siegmann.epublib.domain.TOCReference;
import nl.siegmann.epublib.epub.EpubReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.offprint.testing.EpubCheckRunner;
import org.offprint.testing.WebArchives;

/**
 * Web archives through the real CLI: choosing a WARC page with {@code --url}, binding a WARC into a book, bad
 * archives, detection by content, and what archived pages may not reach.
 */
class WebArchiveInputTest {
  private static final Map<String, String> ENV = Map.of("SOURCE_DATE_EPOCH", "1700000000");
  private static final List<String> SERIES = List.of(
      "ledger-2026-01-port-aldery-freight.html", "ledger-2026-02-rent-pressure.html", "ledger-2026-03-tidal-power.html");
  private static final List<String> TITLES = List.of(
      "Port Aldery’s freight rebound is real, but narrower than it looks",
      "Why rents in Calloway Sound keep outrunning wages",
      "Tidal power and the Sound: what the new lease round actually promises");

  private static final String INDEX = "https://northwater-forum.org/analysis/";

  @TempDir static Path shared;
  @TempDir Path dir;
  static List<WebArchives.Capture> captures = new ArrayList<>();
  /**
   * The three Ledger pages and their images, with what a crawl also writes: skipped records of every kind, and an
   * index page without an article.
   */
  static Path site;

  @BeforeAll
  static void crawl() throws IOException {
    for (String s : SERIES) captures.add(WebArchives.capture(Path.of("input", s), "text/html; charset=utf-8"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Instant date = Instant.parse("2026-12-01T10:00:00Z");
    try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP)) {
      w.write(new Warcinfo.Builder().date(date).fields(Map.of("software", List.of("Wget/1.21"))).build());
      // a redirect before the first page, and its request: neither is a page
      w.write(new WarcRequest.Builder(URI.create("https://northwater-forum.org/ledger")).date(date)
          .body(new HttpRequest.Builder("GET", "/ledger").build()).build());
      w.write(new WarcResponse.Builder(URI.create("https://northwater-forum.org/ledger")).date(date)
          .body(new HttpResponse.Builder(301, "Moved Permanently").addHeader("Location", captures.get(0).url())
              .body(MediaType.HTML, "<html><body><p>Moved</p></body></html>".getBytes(StandardCharsets.UTF_8)).build())
          .build());
      for (int i = 0; i < captures.size(); i++) {
        WebArchives.Capture c = captures.get(i);
        w.write(WebArchives.response(c.url(), c.contentType(), c.html(), date));
        for (Map.Entry<String, byte[]> image : c.images().entrySet()) {
          w.write(WebArchives.response(image.getKey(), "image/jpeg", image.getValue(), date));
        }
        if (i == 1) {
          // the first page fetched again (a duplicate), then a revisit record of it: both skipped
          WebArchives.Capture first = captures.get(0);
          w.write(WebArchives.response(first.url(), first.contentType(), first.html(), date.plusSeconds(60)));
          w.write(new WarcRevisit.Builder(URI.create(first.url()), URI.create(WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_0.toString()))
              .date(date.plusSeconds(120))
              .body(new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html").build()).build());
        }
      }
      // the crawl's index: links, no article
      w.write(WebArchives.response(INDEX, "text/html", ("<!DOCTYPE html><html><head><title>The Ledger</title></head>"
          + "<body><ul><li><a href=\"/a\">January</a></li><li><a href=\"/b\">February</a></li></ul></body></html>")
          .getBytes(StandardCharsets.UTF_8), date));
    }
    site = shared.resolve("site.warc.gz");
    Files.write(site, bytes.toByteArray());
  }

  @Test
  void aWarcPageIsChosenWithUrlAndTheFirstIsTheDefaultWithAWarning() throws IOException {
    CliRun second = CliRun.in(Path.of(""), ENV, new byte[0], "inspect", site.toString(), "--url",
        captures.get(1).url() + "#top");
    assertEquals(0, second.exit, second.err);
    assertTrue(second.out.contains(TITLES.get(1)), second.out);
    assertEquals("", second.err);

    CliRun first = CliRun.in(Path.of(""), ENV, new byte[0], "inspect", site.toString());
    assertEquals(0, first.exit, first.err);
    assertTrue(first.out.contains(TITLES.get(0)), first.out);
    assertEquals("offprint: warning: " + site + ": holds 4 HTML pages; read the first, " + captures.get(0).url()
        + " (choose one with --url, or bind them all with 'offprint bundle')\n", first.err);

    Path out = dir.resolve("none.epub");
    CliRun missing = CliRun.in(Path.of(""), ENV, new byte[0], "convert", site.toString(), "--url",
        "https://northwater-forum.org/nope", "-o", out.toString());
    assertEquals(3, missing.exit);
    assertEquals("offprint: " + site + ": holds no HTML page at https://northwater-forum.org/nope (it holds 4 pages: "
        + String.join(", ", captures.stream().map(WebArchives.Capture::url).toList()) + ", ...)\n", missing.err);
    assertFalse(Files.exists(out));

    Path one = dir.resolve("one.md");
    CliRun bound = CliRun.in(Path.of(""), ENV, new byte[0], "bundle", site.toString(), "--url", captures.get(2).url(),
        "-o", one.toString(), "-q");
    assertEquals(0, bound.exit, bound.err);
    String md = Files.readString(one);
    assertTrue(md.contains(TITLES.get(2)) && !md.contains(TITLES.get(0)), "bundle --url binds that page alone");

    CliRun notAnArchive = CliRun.in(Path.of(""), ENV, new byte[0], "inspect", "input/" + SERIES.get(0), "--url",
        captures.get(0).url());
    assertEquals(2, notAnArchive.exit);
    assertTrue(notAnArchive.err.contains("--url chooses a page in a web archive"), notAnArchive.err);
  }

  @Test
  void aBundleOfAWarcHasOneChapterPerArticleInItsHtmlResponsesWithItsArchivedImages() throws IOException {
    Path book = dir.resolve("site.epub");
    CliRun r = CliRun.in(Path.of(""), ENV, new byte[0], "bundle", site.toString(), "-o", book.toString(),
        "--title", "The Ledger, archived");
    assertEquals(0, r.exit, r.err);
    // the duplicate and the revisit are not articles; the index is left out, with a warning
    assertEquals("offprint: warning: " + site + " " + INDEX + ": no article text; left out of the book\n"
        + "offprint: wrote " + book + " (3 articles)\n", r.err.replaceAll("(?m)^offprint: (reading|writing) .*\n", ""));
    byte[] bytes = Files.readAllBytes(book);
    EpubCheckRunner.Result check = EpubCheckRunner.check(bytes);
    assertTrue(check.clean(), check.toString());
    Book read = new EpubReader().readEpub(new ByteArrayInputStream(bytes));
    List<String> toc = new ArrayList<>();
    for (TOCReference t : read.getTableOfContents().getTocReferences()) toc.add(t.getTitle().strip());
    List<String> chapters = toc.stream().filter(TITLES::contains).toList();
    assertEquals(TITLES, chapters, "the archive's order: " + toc);
    List<byte[]> images = read.getResources().getAll().stream()
        .filter(res -> res.getMediaType() != null && res.getMediaType().getName().startsWith("image/"))
        .map(res -> {
          try {
            return res.getData();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }).toList();
    for (String picture : List.of("harbour.jpg", "turbines-1200.jpg")) {
      byte[] expected = Files.readAllBytes(Path.of("input/images", picture));
      assertTrue(images.stream().anyMatch(i -> Arrays.equals(i, expected)), picture + " from the archive in the book");
    }
  }

  @Test
  void archivesAreKnownByTheirContentWhateverTheirName() throws IOException {
    Path warc = dir.resolve("crawl.dat");
    Files.copy(site, warc);
    CliRun w = CliRun.in(Path.of(""), ENV, new byte[0], "inspect", warc.toString(), "--url", captures.get(2).url());
    assertEquals(0, w.exit, w.err);
    assertTrue(w.out.contains(TITLES.get(2)), w.out);

    byte[] mhtml = WebArchives.mhtml(captures.get(0));
    CliRun stdin = CliRun.in(Path.of(""), ENV, mhtml, "inspect", "-");
    assertEquals(0, stdin.exit, stdin.err);
    assertTrue(stdin.out.contains(TITLES.get(0)), stdin.out);

    CliRun formats = CliRun.run("formats");
    assertTrue(formats.out.contains("  mhtml     .mhtml, .mht\n"), formats.out);
    assertTrue(formats.out.contains("  warc      .warc\n"), formats.out);
  }

  @Test
  void badArchivesFailWithOneLineAndExitThreeAndNoOutput() throws IOException {
    byte[] page = Files.readAllBytes(Path.of("input", SERIES.get(0)));
    byte[] good = WebArchives.mhtml(captures.get(0));
    String text = new String(good, StandardCharsets.ISO_8859_1);
    byte[] warc = WebArchives.warc(List.of(captures.get(0)), false);
    Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
    bad.put("noboundary.mhtml", text.replaceFirst(";\\s*boundary=\"[^\"]*\"", "").getBytes(StandardCharsets.ISO_8859_1));
    bad.put("nohtml.mhtml", text.replace("Content-Type: text/html", "Content-Type: text/plain")
        .getBytes(StandardCharsets.ISO_8859_1));
    bad.put("notmime.mht", page);
    bad.put("garbage.warc", "WARC/1.1\r\nthis is not a record\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    bad.put("truncated.warc", Arrays.copyOf(warc, warc.length / 2));
    bad.put("images-only.warc.gz", WebArchives.gzip(new String(warc, StandardCharsets.ISO_8859_1)
        .replace("text/html", "text/plain").getBytes(StandardCharsets.ISO_8859_1)));
    bad.put("damaged.warc.gz", Arrays.copyOf(WebArchives.gzip(warc), 200));
    for (Map.Entry<String, byte[]> e : bad.entrySet()) {
      Path in = dir.resolve(e.getKey());
      Files.write(in, e.getValue());
      Path out = dir.resolve(e.getKey() + ".epub");
      CliRun r = CliRun.in(Path.of(""), ENV, new byte[0], "convert", in.toString(), "-o", out.toString());
      assertEquals(3, r.exit, e.getKey() + ": " + r.err);
      assertTrue(r.err.startsWith("offprint: " + in + ": ") && r.err.indexOf('\n') == r.err.length() - 1,
          "one line naming the input: " + r.err);
      assertFalse(Files.exists(out), e.getKey());
      if (e.getKey().equals("garbage.warc")) {
        assertEquals("offprint: " + in + ": is not a readable WARC file (invalid WARC record at position 14)\n", r.err);
        Path book = dir.resolve("book.epub");
        CliRun bundle = CliRun.in(Path.of(""), ENV, new byte[0], "bundle", site.toString(), in.toString(), "-o",
            book.toString(), "-q");
        assertEquals(3, bundle.exit, bundle.err);
        assertEquals("offprint: " + in + ": is not a readable WARC file (invalid WARC record at position 14)\n",
            bundle.err);
        assertFalse(Files.exists(book), "a bad archive fails the whole book");
      }
    }
  }

  @Test
  void anArchivedPageReadsNoLocalFileAndKeepsNoScript() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.png"), "not for the page");
    Path pictureBeside = Files.write(dir.resolve("beside.png"),
        Files.readAllBytes(Path.of("input/images/batch-chart.png")));
    String html = "<!DOCTYPE html><html><head><title>A hostile page</title></head><body><article><h1>A hostile page</h1>"
        + "<p>" + "Words enough to make this an article worth reading for the extractor. ".repeat(8) + "</p>"
        + "<figure><img src=\"" + secret.toUri() + "\" alt=\"secret\"><figcaption>Absolute file</figcaption></figure>"
        + "<figure><img src=\"beside.png\" alt=\"beside\"><figcaption>Relative file</figcaption></figure>"
        + "<script>alert('x')</script><p onclick=\"alert(1)\">" + "More words for the article body here. ".repeat(8)
        + "</p></article></body></html>";
    // the page claims to live beside the files: an archive's word is not a folder the user chose
    WebArchives.Capture c = new WebArchives.Capture(dir.resolve("page.html").toUri().toString(),
        html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", Map.of());
    Path in = dir.resolve("hostile.mhtml");
    Files.write(in, WebArchives.mhtml(c));
    Path out = dir.resolve("hostile.html");
    CliRun r = CliRun.in(Path.of(""), ENV, new byte[0], "convert", in.toString(), "-o", out.toString());
    assertEquals(0, r.exit, r.err);
    String written = Files.readString(out);
    assertFalse(written.contains(Base64.getEncoder().encodeToString("not for the page".getBytes(StandardCharsets.UTF_8))));
    assertFalse(written.contains(Base64.getEncoder().encodeToString(Files.readAllBytes(pictureBeside)).substring(0, 40)));
    assertFalse(written.contains("<script") || written.contains("alert("), written);
    assertTrue(r.err.contains("secret.png") && r.err.contains("beside.png"), "each refusal said: " + r.err);
  }
}
