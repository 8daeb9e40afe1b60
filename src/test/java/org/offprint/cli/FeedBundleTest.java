package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offprint.io.LoopbackServer;
import org.offprint.testing.EpubCheckRunner;

/** {@code offprint bundle FEED} and {@code --update}, with feeds served on loopback, through the real CLI. */
class FeedBundleTest {
  @TempDir Path dir;

  private static final Map<String, String> ENV = Map.of("SOURCE_DATE_EPOCH", "1700000000");

  /** An RSS feed of items 1..n, newest first as feeds are; item 3 has no content and links to a page. */
  static String rss(LoopbackServer s, int n) {
    StringBuilder sb = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Harbour Weekly</title><link>%s</link><description>Notes from the harbour</description>
        <language>en</language>
        """.formatted(s.url("/")));
    for (int i = n; i >= 1; i--) {
      sb.append("<item><title>Week ").append(i).append(": ").append(WORDS[i % WORDS.length]).append(" at the quay</title>")
          .append("<link>").append(s.url("/post/" + i)).append("</link><guid>urn:harbour:").append(i).append("</guid>")
          .append("<pubDate>").append(String.format("Mon, %02d Jan 2024 09:00:00 GMT", i)).append("</pubDate>")
          .append("<dc:creator>Writer ").append(i).append("</dc:creator>");
      if (i != 3) {
        sb.append("<content:encoded><![CDATA[").append(body(i)).append("]]></content:encoded>");
      } else {
        sb.append("<description>Only a summary here.</description>");
      }
      sb.append("</item>\n");
    }
    return sb.append("</channel></rss>\n").toString();
  }

  private static final String[] WORDS = {"Tides", "Freight", "Herring", "Cranes", "Ferries", "Storms", "Nets", "Gulls"};

  static String body(int i) {
    StringBuilder sb = new StringBuilder();
    for (int p = 1; p <= 4; p++) {
      sb.append("<p>Item ").append(i).append(", paragraph ").append(p).append(": the harbour master counted ")
          .append(i * 7 + p).append(" boats this week, and the ").append(WORDS[(i + p) % WORDS.length].toLowerCase())
          .append(" kept everyone busy from the early tide until well after dark, as they do every year.</p>");
    }
    return sb.append("<script>alert('x')</script>").toString();
  }

  static LoopbackServer server(AtomicReference<String> feed) throws IOException {
    byte[] page = Files.readAllBytes(Path.of("input/ledger-2026-03-tidal-power.html"));
    LoopbackServer s = new LoopbackServer();
    s.on("/feed.xml", ex -> LoopbackServer.send(ex, 200, "application/rss+xml",
        feed.get().getBytes(StandardCharsets.UTF_8)));
    s.serve("/post/3", "text/html; charset=utf-8", page);
    return s;
  }

  static Map<String, byte[]> entries(Path epub) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(epub))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) out.put(e.getName(), zip.readAllBytes());
    }
    return out;
  }

  static List<String> chapters(Map<String, byte[]> epub) {
    return epub.keySet().stream().filter(n -> n.matches("EPUB/chapter-\\d+\\.xhtml")).toList();
  }

  static String sha(Path p) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private CliRun bundle(String... args) {
    List<String> all = new ArrayList<>(List.of("bundle"));
    all.addAll(List.of(args));
    return CliRun.in(dir, ENV, new byte[0], all.toArray(String[]::new));
  }

  @Test
  void aFeedBecomesABookAndUpdateAddsOnlyTheNewItems() throws IOException {
    AtomicReference<String> feed = new AtomicReference<>();
    try (LoopbackServer s = server(feed)) {
      feed.set(rss(s, 5));
      CliRun first = bundle(s.url("/feed.xml"), "--update", "harbour.epub", "-q");
      assertEquals(0, first.exit, first.err);
      Path book = dir.resolve("harbour.epub");
      Map<String, byte[]> one = entries(book);
      assertEquals(6, chapters(one).size(), "5 articles and the list of sources: " + one.keySet());
      EpubCheckRunner.Result check = EpubCheckRunner.check(Files.readAllBytes(book));
      assertTrue(check.clean(), check.toString());
      assertTrue(one.containsKey("META-INF/offprint.json"));
      String opf = new String(one.get("EPUB/content.opf"), StandardCharsets.UTF_8);
      assertTrue(opf.contains(">Harbour Weekly</dc:title>"), "the feed's title is the book's: " + opf);
      String ch1 = new String(one.get("EPUB/chapter-1.xhtml"), StandardCharsets.UTF_8);
      assertTrue(ch1.contains("Week 1: Freight at the quay") && ch1.contains("paragraph 4"), ch1);
      assertFalse(ch1.contains("alert"), "no script survives");
      String ch3 = new String(one.get("EPUB/chapter-3.xhtml"), StandardCharsets.UTF_8);
      assertTrue(ch3.contains("Week 3") && ch3.contains("Tidal"), "an item without content is its fetched page");
      assertEquals(2, s.requests.get(), "the feed and the one page without content in the feed");

      feed.set(rss(s, 7));
      CliRun second = bundle(s.url("/feed.xml"), "--update", "harbour.epub", "-q");
      assertEquals(0, second.exit, second.err);
      Map<String, byte[]> two = entries(book);
      assertEquals(8, chapters(two).size(), "7 articles and the list of sources");
      for (int i = 1; i <= 5; i++) {
        String n = "EPUB/chapter-" + i + ".xhtml";
        assertArrayEquals(one.get(n), two.get(n), n + " keeps its bytes");
      }
      assertTrue(new String(two.get("EPUB/chapter-7.xhtml"), StandardCharsets.UTF_8).contains("Week 7"));
      assertEquals(3, s.requests.get(), "the update fetched the feed only: old items are not read again");
      check = EpubCheckRunner.check(Files.readAllBytes(book));
      assertTrue(check.clean(), check.toString());

      String hash = sha(book);
      CliRun third = bundle("--update", "harbour.epub", "-q");
      assertEquals(0, third.exit, third.err);
      assertEquals(hash, sha(book), "nothing new: not a byte changes");
    }
  }

  @Test
  void anUpdateCopiesTheChaptersItHadAndGivesTheBytesOfTheBookMadeAnew() throws IOException {
    AtomicReference<String> feed = new AtomicReference<>();
    try (LoopbackServer s = server(feed)) {
      feed.set(rss(s, 5));
      assertEquals(0, bundle(s.url("/feed.xml"), "--update", "u.epub", "-q").exit);
      feed.set(rss(s, 7));
      CliRun update = bundle(s.url("/feed.xml"), "--update", "u.epub", "-q");
      assertEquals(0, update.exit, update.err);
      CliRun anew = bundle(s.url("/feed.xml"), "--update", "anew.epub", "-q");
      assertEquals(0, anew.exit, anew.err);
      assertEquals(sha(dir.resolve("anew.epub")), sha(dir.resolve("u.epub")),
          "the update gives the bytes of the book made from the 7 items at once");
      EpubCheckRunner.Result check = EpubCheckRunner.check(Files.readAllBytes(dir.resolve("u.epub")));
      assertTrue(check.clean(), check.toString());

      // Chapter 2 stored rather than deflated in the zip: the same text in other bytes. An update that copies
      // the chapter keeps those bytes; one that rendered it again would deflate it.
      feed.set(rss(s, 5));
      Files.delete(dir.resolve("u.epub"));
      assertEquals(0, bundle(s.url("/feed.xml"), "--update", "u.epub", "-q").exit);
      storeUncompressed(dir.resolve("u.epub"), "EPUB/chapter-2.xhtml");
      feed.set(rss(s, 7));
      assertEquals(0, bundle(s.url("/feed.xml"), "--update", "u.epub", "-q").exit);
      try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(dir.resolve("u.epub").toFile())) {
        assertEquals(ZipEntry.STORED, z.getEntry("EPUB/chapter-2.xhtml").getMethod(), "copied, not rendered");
        assertEquals(ZipEntry.DEFLATED, z.getEntry("EPUB/chapter-1.xhtml").getMethod());
        assertEquals(ZipEntry.DEFLATED, z.getEntry("EPUB/chapter-7.xhtml").getMethod(), "a new chapter");
      }
      Map<String, byte[]> anewEntries = entries(dir.resolve("anew.epub"));
      Map<String, byte[]> updated = entries(dir.resolve("u.epub"));
      assertEquals(anewEntries.keySet(), updated.keySet());
      for (String n : anewEntries.keySet()) assertArrayEquals(anewEntries.get(n), updated.get(n), n);
    }
  }

  /** Rewrites a zip with the entry {@code name} stored uncompressed and every other deflated. */
  static void storeUncompressed(Path zip, String name) throws IOException {
    Map<String, byte[]> all = entries(zip);
    try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      for (Map.Entry<String, byte[]> e : all.entrySet()) {
        ZipEntry z = new ZipEntry(e.getKey());
        if (e.getKey().equals(name)) {
          z.setMethod(ZipEntry.STORED);
          z.setSize(e.getValue().length);
          z.setCompressedSize(e.getValue().length);
          java.util.zip.CRC32 crc = new java.util.zip.CRC32();
          crc.update(e.getValue());
          z.setCrc(crc.getValue());
        }
        out.putNextEntry(z);
        out.write(e.getValue());
        out.closeEntry();
      }
    }
  }

  @Test
  void markdownAndPdfBooksKeepTheirRecordBesideThem() throws IOException {
    AtomicReference<String> feed = new AtomicReference<>();
    try (LoopbackServer s = server(feed)) {
      for (String name : List.of("harbour.md", "harbour.pdf", "harbour.html")) {
        feed.set(rss(s, 5));
        CliRun first = bundle(s.url("/feed.xml"), "--update", name, "-q");
        assertEquals(0, first.exit, first.err);
        assertTrue(Files.exists(dir.resolve(name + ".offprint.json")));
        feed.set(rss(s, 7));
        CliRun second = bundle(s.url("/feed.xml"), "--update", name, "-q");
        assertEquals(0, second.exit, second.err);
        Path book = dir.resolve(name);
        if (name.endsWith(".pdf")) {
          List<String> outline = new ArrayList<>();
          try (PDDocument pdf = Loader.loadPDF(book.toFile())) {
            for (PDOutlineItem i : pdf.getDocumentCatalog().getDocumentOutline().children()) outline.add(i.getTitle());
          }
          assertEquals(7, outline.stream().filter(t -> t.startsWith("Week ")).count(), outline.toString());
        } else if (name.endsWith(".md")) {
          com.vladsch.flexmark.util.ast.Node doc = com.vladsch.flexmark.parser.Parser.builder().build()
              .parse(Files.readString(book));
          List<String> headings = new ArrayList<>();
          for (com.vladsch.flexmark.util.ast.Node n : doc.getDescendants()) {
            if (n instanceof com.vladsch.flexmark.ast.Heading h && h.getLevel() == 1) headings.add(h.getText().toString());
          }
          assertEquals(7, headings.stream().filter(t -> t.startsWith("Week ")).count(), headings.toString());
          assertEquals("Week 1: Freight at the quay", headings.get(0), "oldest first");
        } else {
          org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(book.toFile());
          assertEquals(7, html.select("h1, h2").stream().filter(h -> h.text().startsWith("Week ")).count());
          assertTrue(html.select("script").isEmpty());
        }
        String hash = sha(book);
        String side = sha(dir.resolve(name + ".offprint.json"));
        CliRun third = bundle("--update", name, "-q");
        assertEquals(0, third.exit, third.err);
        assertEquals(hash, sha(book), name);
        assertEquals(side, sha(dir.resolve(name + ".offprint.json")), name);
      }
    }
  }

  @Test
  void aManifestNamesAFeedAsAnItemExpandedInPlace() throws IOException {
    AtomicReference<String> feed = new AtomicReference<>();
    try (LoopbackServer s = server(feed)) {
      feed.set(rss(s, 5));
      Files.copy(Path.of("input/ledger-2026-01-port-aldery-freight.html"), dir.resolve("freight.html"));
      Files.writeString(dir.resolve("book.yaml"), "title: Harbour and Freight\nitems:\n  - freight.html\n  - url: "
          + s.url("/feed.xml") + "\n");
      CliRun first = bundle("book.yaml", "--update", "both.epub", "-q");
      assertEquals(0, first.exit, first.err);
      Path book = dir.resolve("both.epub");
      Map<String, byte[]> one = entries(book);
      assertEquals(7, chapters(one).size(), "the page, 5 items and the sources");
      assertTrue(new String(one.get("EPUB/chapter-1.xhtml"), StandardCharsets.UTF_8).contains("freight"));
      assertTrue(new String(one.get("EPUB/chapter-2.xhtml"), StandardCharsets.UTF_8).contains("Week 1:"),
          "the feed's items in its place, oldest first");
      assertTrue(EpubCheckRunner.check(Files.readAllBytes(book)).clean());

      feed.set(rss(s, 7));
      CliRun second = bundle("--update", "both.epub");
      assertEquals(0, second.exit, second.err);
      assertTrue(second.err.contains("(8 articles, 2 new)"), second.err);
      Map<String, byte[]> two = entries(book);
      assertEquals(9, chapters(two).size());
      for (int i = 1; i <= 6; i++) {
        String n = "EPUB/chapter-" + i + ".xhtml";
        assertArrayEquals(one.get(n), two.get(n), n + " keeps its bytes");
      }
      EpubCheckRunner.Result check = EpubCheckRunner.check(Files.readAllBytes(book));
      assertTrue(check.clean(), check.toString());
      String hash = sha(book);
      assertEquals(0, bundle("--update", "both.epub", "-q").exit);
      assertEquals(hash, sha(book));
    }
  }

  @Test
  void changedAndDroppedSourcesAreReportedAndKept() throws IOException {
    AtomicReference<String> feed = new AtomicReference<>();
    try (LoopbackServer s = server(feed)) {
      feed.set(rss(s, 5));
      Files.copy(Path.of("input/ledger-2026-01-port-aldery-freight.html"), dir.resolve("freight.html"));
      assertEquals(0, bundle("freight.html", s.url("/feed.xml"), "--update", "h.epub", "-q").exit);
      Map<String, byte[]> one = entries(dir.resolve("h.epub"));
      // item 2 rewritten, items 1 and 2 gone from the feed, the page changed on disk
      feed.set(rss(s, 5).replace("Item 2, paragraph 1", "Item 2 rewritten").replaceAll("(?s)<item><title>Week 1:.*?</item>", ""));
      Files.writeString(dir.resolve("freight.html"), Files.readString(dir.resolve("freight.html")) + "<!-- edited -->");
      CliRun second = bundle("freight.html", s.url("/feed.xml"), "--update", "h.epub");
      assertEquals(0, second.exit, second.err);
      assertTrue(second.err.contains("offprint: warning: " + s.url("/post/2") + ": changed since the book was made"),
          second.err);
      assertTrue(second.err.contains("offprint: warning: freight.html: changed since the book was made"), second.err);
      assertTrue(second.err.contains("(6 articles, 0 new, 1 kept that the inputs no longer name)"), second.err);
      Map<String, byte[]> two = entries(dir.resolve("h.epub"));
      for (String n : chapters(one)) assertArrayEquals(one.get(n), two.get(n), n + " is not rewritten");

      assertFalse(second.err.contains("new articles come before"), second.err);
      CliRun dropped = bundle(s.url("/feed.xml"), "--update", "h.epub");
      assertEquals(0, dropped.exit, dropped.err);
      assertTrue(dropped.err.contains("offprint: warning: freight.html: no longer among the inputs; the book keeps it"),
          dropped.err);
      assertEquals(7, chapters(entries(dir.resolve("h.epub"))).size());
    }
  }

  @Test
  void sinceAndMaxCutAFeedAndAJsonFeedFileIsToldByItsContent() throws IOException {
    StringBuilder items = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      items.append(i == 1 ? "" : ",").append("{\"id\": \"d").append(i).append("\", \"title\": \"Day ").append(i)
          .append("\", \"url\": \"https://example.com/").append(i).append("\", \"date_published\": \"2024-05-0")
          .append(i).append("T08:00:00Z\", \"content_html\": \"").append(body(i).replace("\"", "\\\"")
          .replaceAll("<script>.*</script>", "")).append("\"}");
    }
    Files.writeString(dir.resolve("days"), "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Days\","
        + " \"items\": [" + items + "]}");
    CliRun r = bundle("days", "--since", "2024-05-03", "--max", "2", "-o", "days.md", "-q");
    assertEquals(0, r.exit, r.err);
    String md = Files.readString(dir.resolve("days.md"));
    assertEquals(List.of("Day 5", "Day 6"), md.lines().filter(l -> l.startsWith("# Day")).map(l -> l.substring(2)).toList());
    CliRun since = bundle("days", "--since", "2024-05-05", "-o", "since.md", "-q");
    assertEquals(0, since.exit, since.err);
    assertEquals(2, Files.readString(dir.resolve("since.md")).lines().filter(l -> l.startsWith("# Day")).count());
    CliRun bad = bundle("days", "--since", "May 5", "-o", "x.md");
    assertEquals(2, bad.exit);
    assertEquals("offprint: --since must be YYYY-MM-DD, not 'May 5'\n", bad.err);
  }

  @Test
  void aBadFeedFailsWithOneLineAndExit3AndWritesNothing() throws IOException {
    try (LoopbackServer s = new LoopbackServer()) {
      s.serve("/bad.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Broken"
          .getBytes(StandardCharsets.UTF_8));
      s.serve("/empty.xml", "application/rss+xml", ("<rss version=\"2.0\"><channel><title>E</title><link>http://e/</link>"
          + "<description>d</description></channel></rss>").getBytes(StandardCharsets.UTF_8));
      for (String path : List.of("/bad.xml", "/empty.xml")) {
        CliRun r = bundle(s.url(path), "--update", "bad.epub");
        assertEquals(3, r.exit, r.err);
        assertTrue(r.err.startsWith("offprint: " + s.url(path) + ": "), r.err);
        assertEquals(1, r.err.lines().count(), r.err);
      }
      assertFalse(Files.exists(dir.resolve("bad.epub")));
      assertEquals(0, Files.list(dir).count(), "no partial output");
    }
  }

  @Test
  void aFeedWithAnEntityIsRefusedAndReadsNoFile() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-VALUE");
    Files.writeString(dir.resolve("evil.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \""
        + secret.toUri() + "\">]>\n<rss version=\"2.0\"><channel><title>&x;</title><link>https://e.org/</link>"
        + "<description>d</description><item><title>&x;</title><description>&x;</description></item></channel></rss>");
    CliRun r = bundle("evil.xml", "-o", "evil.epub");
    assertEquals(3, r.exit, r.err);
    assertTrue(r.err.startsWith("offprint: evil.xml: not a feed offprint can read"), r.err);
    assertFalse(r.err.contains("TOP-SECRET"), r.err);
    assertFalse(Files.exists(dir.resolve("evil.epub")));
  }

  @Test
  void anItemDatedBeforeTheBooksArticlesLeavesTheirChaptersAsTheyWere() throws IOException {
    AtomicReference<String> feed = new AtomicReference<>();
    try (LoopbackServer s = server(feed)) {
      feed.set(rss(s, 5).replaceAll("(?s)<item><title>Week 2:.*?</item>", ""));
      assertEquals(0, bundle(s.url("/feed.xml"), "--update", "m.epub", "-q").exit);
      Path book = dir.resolve("m.epub");
      Map<String, byte[]> one = entries(book);
      feed.set(rss(s, 5)); // week 2 comes back, dated before weeks 3 to 5
      CliRun r = bundle(s.url("/feed.xml"), "--update", "m.epub");
      assertEquals(0, r.exit, r.err);
      assertFalse(r.err.contains("come before"), "an EPUB's chapters do not move: " + r.err);
      Map<String, byte[]> two = entries(book);
      assertEquals(6, chapters(two).size(), "5 articles and the sources");
      // weeks 1, 3, 4 and 5 were chapters 1 to 4: each keeps its file name and bytes
      for (int i = 1; i <= 4; i++) {
        String n = "EPUB/chapter-" + i + ".xhtml";
        assertArrayEquals(one.get(n), two.get(n), n + " keeps its name and bytes");
      }
      assertTrue(text(two, "EPUB/chapter-5.xhtml").contains("Week 2"), "the new article takes the next number");
      String opf = text(two, "EPUB/content.opf");
      List<String> spine = new ArrayList<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("<itemref idref=\"(chapter-\\d+)\"").matcher(opf);
      while (m.find()) spine.add(m.group(1));
      assertEquals(List.of("chapter-1", "chapter-5", "chapter-2", "chapter-3", "chapter-4", "chapter-6"), spine,
          "week 2 is read second, by date");
      String nav = text(two, "EPUB/nav.xhtml");
      assertTrue(nav.indexOf("chapter-5.xhtml") < nav.indexOf("chapter-2.xhtml"), nav);
      EpubCheckRunner.Result check = EpubCheckRunner.check(Files.readAllBytes(book));
      assertTrue(check.clean(), check.toString());
      String hash = sha(book);
      assertEquals(0, bundle("--update", "m.epub", "-q").exit);
      assertEquals(hash, sha(book), "nothing new: not a byte changes");

      // A Markdown book has no chapter files: its articles move down, and the update says so.
      feed.set(rss(s, 5).replaceAll("(?s)<item><title>Week 2:.*?</item>", ""));
      assertEquals(0, bundle(s.url("/feed.xml"), "--update", "m.md", "-q").exit);
      feed.set(rss(s, 5));
      CliRun md = bundle(s.url("/feed.xml"), "--update", "m.md");
      assertEquals(0, md.exit, md.err);
      assertTrue(md.err.contains("offprint: warning: m.md: new articles come before 3 the book had"), md.err);

      // An HTML book's articles move down the page but keep their ids: links into the book still land.
      feed.set(rss(s, 5).replaceAll("(?s)<item><title>Week 2:.*?</item>", ""));
      assertEquals(0, bundle(s.url("/feed.xml"), "--update", "m.html", "-q").exit);
      org.jsoup.nodes.Document before = org.jsoup.Jsoup.parse(dir.resolve("m.html").toFile());
      feed.set(rss(s, 5));
      assertEquals(0, bundle(s.url("/feed.xml"), "--update", "m.html", "-q").exit);
      org.jsoup.nodes.Document after = org.jsoup.Jsoup.parse(dir.resolve("m.html").toFile());
      for (int i = 1; i <= 4; i++) {
        String id = "a" + i + "-article";
        assertEquals(before.getElementById(id).selectFirst("h1").text(), after.getElementById(id).selectFirst("h1")
            .text(), id + " is the same article");
      }
      assertTrue(after.getElementById("a5-article").selectFirst("h1").text().startsWith("Week 2"));
      assertEquals("#a5-article", after.select("nav.toc a").get(1).attr("href"), "week 2 is listed second");
    }
  }

  static String text(Map<String, byte[]> epub, String name) {
    return new String(epub.get(name), StandardCharsets.UTF_8);
  }

  @Test
  void aWebArchiveBookIsUpdatedWithItsNewPages() throws IOException {
    List<org.offprint.testing.WebArchives.Capture> pages = new ArrayList<>();
    for (String n : List.of("ledger-2026-01-port-aldery-freight.html", "ledger-2026-02-rent-pressure.html",
        "ledger-2026-03-tidal-power.html")) {
      pages.add(org.offprint.testing.WebArchives.capture(Path.of("input", n), "text/html; charset=utf-8"));
    }
    Path warc = dir.resolve("site.warc");
    Files.write(warc, org.offprint.testing.WebArchives.warc(pages.subList(0, 2), false));
    CliRun first = bundle("site.warc", "--update", "site.epub", "-q");
    assertEquals(0, first.exit, first.err);
    Map<String, byte[]> one = entries(dir.resolve("site.epub"));
    assertEquals(3, chapters(one).size(), "2 pages and the sources");
    Files.write(warc, org.offprint.testing.WebArchives.warc(pages, false)); // the crawl found one more page
    CliRun second = bundle("--update", "site.epub");
    assertEquals(0, second.exit, second.err);
    assertTrue(second.err.contains("(3 articles, 1 new)"), second.err);
    Map<String, byte[]> two = entries(dir.resolve("site.epub"));
    assertEquals(4, chapters(two).size());
    for (int i = 1; i <= 2; i++) {
      String n = "EPUB/chapter-" + i + ".xhtml";
      assertArrayEquals(one.get(n), two.get(n), n + " keeps its bytes");
    }
    assertTrue(EpubCheckRunner.check(Files.readAllBytes(dir.resolve("site.epub"))).clean());
    String hash = sha(dir.resolve("site.epub"));
    assertEquals(0, bundle("--update", "site.epub", "-q").exit);
    assertEquals(hash, sha(dir.resolve("site.epub")));
  }

  @Test
  void aFeedItemCannotReadLocalImages() throws IOException {
    byte[] png = Files.readAllBytes(Files.list(Path.of("input/images")).filter(p -> p.toString().endsWith(".png"))
        .findFirst().orElseThrow());
    Files.write(dir.resolve("pic.png"), png);
    String content = body(1) + "<p><img src=\"pic.png\" alt=\"relative\"> <img src=\"" + dir.resolve("pic.png").toUri()
        + "\" alt=\"absolute\"></p>";
    Files.writeString(dir.resolve("local.xml"), "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/"
        + "content/\"><channel><title>Local</title><link>https://e.org/</link><description>d</description><item>"
        + "<title>Pictures</title><link>https://e.org/1</link><content:encoded><![CDATA[" + content
        + "]]></content:encoded></item></channel></rss>");
    CliRun r = bundle("local.xml", "-o", "local.epub");
    assertEquals(0, r.exit, r.err);
    Map<String, byte[]> epub = entries(dir.resolve("local.epub"));
    for (Map.Entry<String, byte[]> e : epub.entrySet()) {
      assertFalse(java.util.Arrays.equals(png, e.getValue()), e.getKey() + " is the local picture");
    }
    assertTrue(epub.keySet().stream().noneMatch(n -> n.startsWith("EPUB/images/") && !n.contains("cover")),
        epub.keySet().toString());
  }

  @Test
  void aBookWithoutARecordIsNotUpdated() throws IOException {
    Files.copy(Path.of("input/ledger-2026-01-port-aldery-freight.html"), dir.resolve("freight.html"));
    assertEquals(0, bundle("freight.html", "-o", "plain.epub", "-q").exit);
    byte[] before = Files.readAllBytes(dir.resolve("plain.epub"));
    CliRun r = bundle("freight.html", "--update", "plain.epub");
    assertEquals(3, r.exit);
    assertEquals("offprint: plain.epub: holds no offprint record (META-INF/offprint.json); only a book made with"
        + " offprint bundle --update can be updated\n", r.err);
    assertArrayEquals(before, Files.readAllBytes(dir.resolve("plain.epub")));
    CliRun none = bundle("--update", "missing.epub");
    assertEquals(2, none.exit);
    CliRun both = bundle("freight.html", "--update", "plain.epub", "-o", "other.epub");
    assertEquals(2, both.exit);
  }
}
