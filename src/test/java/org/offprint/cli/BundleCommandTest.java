package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.siegmann.epublib.domain.Book;
import nl.siegmann.epublib.domain.TOCReference;
import nl.siegmann.epublib.epub.EpubReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offprint.testing.EpubCheckRunner;

/** {@code offprint bundle} through the real CLI, checked with EPUBCheck, epublib and PDFBox. */
class BundleCommandTest {
  @TempDir Path dir;

  private static final List<String> SERIES = List.of(
      "Port Aldery’s freight rebound is real, but narrower than it looks",
      "Why rents in Calloway Sound keep outrunning wages",
      "Tidal power and the Sound: what the new lease round actually promises",
      "Seasonal work is changing shape, not disappearing");

  private static List<String> titles(List<TOCReference> refs) {
    List<String> out = new ArrayList<>();
    for (TOCReference r : refs) {
      out.add(r.getTitle().strip());
      out.addAll(titles(r.getChildren()));
    }
    return out;
  }

  /**
   * A run whose folder is not the process's (as in the background server) finds its folder, glob, manifest,
   * front matter and output there, and names them in messages as typed.
   */
  @Test
  void pathsAreTheRunsOwnNotTheProcesss() throws IOException {
    Path work = Files.createDirectories(dir.resolve("work"));
    Path col = Files.createDirectories(work.resolve("col"));
    for (String n : List.of("ledger-2026-01-port-aldery-freight.html", "ledger-2026-03-tidal-power.html")) {
      Files.copy(Path.of("input", n), col.resolve(n));
    }
    Files.writeString(work.resolve("preface.md"), "# Preface\n\nA word first.\n");
    Files.writeString(work.resolve("book.yaml"), "title: Two Columns\nfront: preface.md\nitems:\n  - glob: col/*.html\n");
    java.util.Map<String, String> env = java.util.Map.of("SOURCE_DATE_EPOCH", "1700000000");
    CliRun folder = CliRun.in(work, env, new byte[0], "bundle", "col", "-o", "out/folder.md", "-q");
    assertEquals(0, folder.exit, folder.err);
    assertTrue(Files.readString(work.resolve("out/folder.md")).contains("Tidal power"));
    CliRun glob = CliRun.in(work, env, new byte[0], "bundle", "col/*.html", "-o", "glob.md", "-q", "--json");
    assertEquals(0, glob.exit, glob.err);
    assertTrue(glob.out.contains("\"glob.md\""), glob.out);
    CliRun manifest = CliRun.in(work, env, new byte[0], "bundle", "book.yaml", "-o", "book.md", "-q");
    assertEquals(0, manifest.exit, manifest.err);
    assertTrue(Files.readString(work.resolve("book.md")).contains("A word first."));
    CliRun missing = CliRun.in(work, env, new byte[0], "bundle", "col/nope.html", "-o", "x.md");
    assertEquals(3, missing.exit);
    assertEquals("offprint: col/nope.html: no such file\n", missing.err);
    assertFalse(Files.exists(Path.of("out/folder.md")) || Files.exists(Path.of("glob.md")), "nothing in the process's folder");
  }

  @Test
  void theSampleManifestMakesAValidEpubWithSectionsInOrder() throws IOException {
    Path book = dir.resolve("ledger.epub");
    CliRun r = CliRun.run("bundle", "input/book.yaml", "-o", book.toString(), "-q");
    assertEquals(0, r.exit, r.err);
    byte[] bytes = Files.readAllBytes(book);
    EpubCheckRunner.Result check = EpubCheckRunner.check(bytes);
    assertTrue(check.clean(), check.toString());
    Book read = new EpubReader().readEpub(new ByteArrayInputStream(bytes));
    assertEquals("The Monthly Ledger", read.getTitle());
    List<String> toc = titles(read.getTableOfContents().getTocReferences());
    int last = -1;
    for (String title : SERIES) {
      int at = toc.indexOf(title);
      assertTrue(at > last, title + " in order in " + toc);
      assertEquals(1, toc.stream().filter(title::equals).count(), "one entry for " + title);
      last = at;
    }
    assertTrue(toc.indexOf("Winter") < toc.indexOf(SERIES.get(0)) && toc.indexOf("Spring") < toc.indexOf(SERIES.get(2))
        && toc.indexOf("Spring") > toc.indexOf(SERIES.get(1)), "sections around their articles: " + toc);
    assertTrue(toc.contains("About this collection") && toc.contains("Sources"), toc.toString());
  }

  @Test
  void aPdfBundleHasOneOutlineEntryPerArticle() throws IOException {
    Path book = dir.resolve("ledger.pdf");
    CliRun r = CliRun.run("bundle", "input/book.yaml", "-o", book.toString(), "-q");
    assertEquals(0, r.exit, r.err);
    List<String> outline = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(book.toFile())) {
      collect(pdf.getDocumentCatalog().getDocumentOutline().children(), outline);
    }
    for (String title : SERIES) assertEquals(1, outline.stream().filter(title::equals).count(), title + " in " + outline);
  }

  private static void collect(Iterable<PDOutlineItem> items, List<String> out) {
    for (PDOutlineItem i : items) {
      out.add(i.getTitle().strip());
      collect(i.children(), out);
    }
  }

  @Test
  void titlePageSummaryAndStderrCountArticlesOnly() throws IOException {
    Path book = dir.resolve("counted.epub");
    CliRun r = CliRun.run("bundle", "input/book.yaml", "-o", book.toString());
    assertEquals(0, r.exit, r.err);
    assertTrue(r.err.contains("(4 articles)"), r.err); // front and back matter and Sources are not articles
    java.util.Map<String, byte[]> entries = OutputBytes.all(dir).entrySet().stream()
        .filter(e -> e.getKey().startsWith(book + "!"))
        .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    String title = entries.entrySet().stream().filter(e -> e.getKey().endsWith("titlepage.xhtml"))
        .map(e -> new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8)).findFirst().orElseThrow();
    assertTrue(title.contains(">4 articles<"), title);
    String opf = entries.entrySet().stream().filter(e -> e.getKey().endsWith(".opf"))
        .map(e -> new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8)).findFirst().orElseThrow();
    assertTrue(opf.contains("4 articles in reading order"), opf);

    Path a = Path.of("input/ledger-2026-02-rent-pressure.html");
    Path copy = Files.copy(a, dir.resolve("same-rents.html"));
    Path one = dir.resolve("one.epub");
    CliRun once = CliRun.run("bundle", a.toString(), copy.toString(), "-o", one.toString());
    assertEquals(0, once.exit, once.err);
    assertTrue(once.err.contains("(1 article, 1 duplicate left out)"), once.err);
  }

  @Test
  void theSameArticleTwiceIsIncludedOnceWithAWarning() throws IOException {
    Path a = Path.of("input/ledger-2026-02-rent-pressure.html");
    Path copy = Files.copy(a, dir.resolve("copy-of-rents.html"));
    Path book = dir.resolve("twice.epub");
    CliRun r = CliRun.run("bundle", a.toString(), copy.toString(), "input/ledger-2026-03-tidal-power.html", "-o", book.toString());
    assertEquals(0, r.exit, r.err);
    assertTrue(r.err.contains("offprint: warning: " + copy + ": duplicate of " + a), r.err);
    Book read = new EpubReader().readEpub(Files.newInputStream(book));
    assertEquals(1, titles(read.getTableOfContents().getTocReferences()).stream().filter(SERIES.get(1)::equals).count());
  }

  @Test
  void aManifestErrorNamesFileLineAndKeyAndWritesNothing() throws IOException {
    Path manifest = Files.writeString(dir.resolve("book.yaml"), "title: T\nitems:\n  - path: a.html\n    titel: X\n");
    Path book = dir.resolve("bad.epub");
    CliRun r = CliRun.run("bundle", manifest.toString(), "-o", book.toString());
    assertEquals(ExitCodes.INPUT, r.exit);
    assertTrue(r.err.contains(manifest + ": line 4: unknown key 'titel'"), r.err);
    assertFalse(Files.exists(book));
  }

  @Test
  void anUnreadableArticleFailsTheBundleUnlessSkipped() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.html"), "");
    Path book = dir.resolve("b.epub");
    CliRun failed = CliRun.run("bundle", "input/ledger-2026-02-rent-pressure.html", empty.toString(), "-o", book.toString());
    assertEquals(ExitCodes.INPUT, failed.exit);
    assertTrue(failed.err.contains(empty + ": is empty"), failed.err);
    assertFalse(Files.exists(book));

    CliRun skipped = CliRun.run("bundle", "input/ledger-2026-02-rent-pressure.html", empty.toString(), "-o", book.toString(), "--skip-bad");
    assertEquals(ExitCodes.SKIPPED, skipped.exit, skipped.err);
    assertTrue(skipped.err.contains("skipped: " + empty + ": is empty"), skipped.err);
    assertFalse(skipped.err.contains(empty + ": skipped: " + empty), skipped.err);
    assertTrue(Files.exists(book));
  }

  @Test
  void skipBadSkipsMissingFilesAndEmptyGlobsToo() throws IOException {
    Path book = dir.resolve("skipping.epub");
    Path missing = dir.resolve("no-such-page.html");
    CliRun r = CliRun.run("bundle", "input/ledger-2026-02-rent-pressure.html", missing.toString(),
        dir.resolve("nothing-*.html").toString(), "-o", book.toString(), "--skip-bad");
    assertEquals(ExitCodes.SKIPPED, r.exit, r.err);
    assertTrue(r.err.contains("offprint: skipped: " + missing + ": no such file"), r.err);
    // the warning names the input once
    assertTrue(r.err.contains(missing + ": skipped: no such file"), r.err);
    assertFalse(r.err.contains(missing + ": skipped: " + missing), r.err);
    assertTrue(r.err.contains("the pattern matches no file"), r.err);
    assertTrue(r.err.contains("(1 article, 2 skipped)"), r.err);
    assertTrue(Files.exists(book));

    CliRun strict = CliRun.run("bundle", "input/ledger-2026-02-rent-pressure.html", missing.toString(),
        "-o", dir.resolve("strict.epub").toString());
    assertEquals(ExitCodes.INPUT, strict.exit, strict.err);
    assertFalse(Files.exists(dir.resolve("strict.epub")));
  }

  @Test
  void aManifestKeepsItsOrderWithGlobsExpandedInPlaceByName() throws IOException {
    Path m = Files.createDirectories(dir.resolve("ordered"));
    Files.copy(Path.of("input/ledger-2026-04-seasonal-work.html"), m.resolve("first.html"));
    Files.createDirectories(m.resolve("g"));
    Files.copy(Path.of("input/ledger-2026-02-rent-pressure.html"), m.resolve("g/a.html"));
    Files.copy(Path.of("input/ledger-2026-01-port-aldery-freight.html"), m.resolve("g/b.html"));
    Files.copy(Path.of("input/ledger-2026-03-tidal-power.html"), m.resolve("last.html"));
    Path manifest = Files.writeString(m.resolve("book.yaml"),
        "title: In my order\nitems:\n  - first.html\n  - g/*.html\n  - last.html\n");
    Path book = dir.resolve("ordered.epub");
    CliRun r = CliRun.run("bundle", manifest.toString(), "-o", book.toString(), "-q");
    assertEquals(0, r.exit, r.err);
    List<String> toc = titles(new EpubReader().readEpub(Files.newInputStream(book)).getTableOfContents()
        .getTocReferences()).stream().filter(SERIES::contains).toList();
    assertEquals(List.of(SERIES.get(3), SERIES.get(1), SERIES.get(0), SERIES.get(2)), toc);
  }

  @Test
  void aFolderIsReadRecursivelyInDateOrder() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("col/2026"));
    Files.copy(Path.of("input/ledger-2026-03-tidal-power.html"), folder.resolve("b.html"));
    Files.copy(Path.of("input/ledger-2026-01-port-aldery-freight.html"), folder.resolve("a-later-name.html"));
    Files.copy(Path.of("input/ledger-2026-02-rent-pressure.html"), dir.resolve("col/c.html"));
    Path book = dir.resolve("col.epub");
    CliRun r = CliRun.run("bundle", dir.resolve("col").toString(), "-o", book.toString(), "-q", "--group-by", "month");
    assertEquals(0, r.exit, r.err);
    List<String> toc = titles(new EpubReader().readEpub(Files.newInputStream(book)).getTableOfContents().getTocReferences());
    assertTrue(toc.indexOf(SERIES.get(0)) < toc.indexOf(SERIES.get(1)) && toc.indexOf(SERIES.get(1)) < toc.indexOf(SERIES.get(2)), toc.toString());
    assertTrue(toc.contains("January 2026") && toc.contains("March 2026"), toc.toString());
  }

  @Test
  void markdownHtmlAndTextBooksHoldEveryArticleOnce() throws IOException {
    for (String ext : List.of("md", "html", "txt")) {
      Path book = dir.resolve("ledger." + ext);
      CliRun r = CliRun.run("bundle", "input/book.yaml", "-o", book.toString(), "-q");
      assertEquals(0, r.exit, ext + ": " + r.err);
      String text = Files.readString(book);
      for (String title : SERIES) assertTrue(text.contains(title), ext + " holds " + title);
    }
    // Markdown: one heading per article under its part, and note labels that never repeat across articles.
    com.vladsch.flexmark.util.data.MutableDataSet o = new com.vladsch.flexmark.util.data.MutableDataSet();
    o.set(com.vladsch.flexmark.parser.Parser.EXTENSIONS, List.of(
        com.vladsch.flexmark.ext.footnotes.FootnoteExtension.create(),
        com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension.create()));
    var doc = com.vladsch.flexmark.parser.Parser.builder(o).build().parse(Files.readString(dir.resolve("ledger.md")));
    List<String> headings = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (var node : doc.getDescendants()) {
      if (node instanceof com.vladsch.flexmark.ast.Heading h && h.getLevel() <= 2) headings.add(h.getText().toString());
      if (node instanceof com.vladsch.flexmark.ext.footnotes.FootnoteBlock f) labels.add(f.getText().toString());
    }
    assertEquals(List.of("About this collection", "Winter", SERIES.get(0), SERIES.get(1), "Spring", SERIES.get(2),
        SERIES.get(3), "Colophon", "Sources"), headings);
    assertEquals(labels.size(), new java.util.HashSet<>(labels).size(), "unique note labels " + labels);
    assertTrue(labels.size() >= 5, labels.toString());
    // HTML: every id once, every contents link resolves.
    org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(Files.readString(dir.resolve("ledger.html")));
    List<String> ids = html.select("[id]").eachAttr("id");
    assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "unique ids");
    for (String href : html.select("nav.toc a").eachAttr("href")) {
      assertTrue(ids.contains(href.substring(1)), href + " resolves");
    }
  }

  @Test
  void urlsAreBundledPolitely() throws IOException {
    byte[] a = Files.readAllBytes(Path.of("input/ledger-2026-01-port-aldery-freight.html"));
    byte[] b = Files.readAllBytes(Path.of("input/ledger-2026-02-rent-pressure.html"));
    try (org.offprint.io.LoopbackServer s = new org.offprint.io.LoopbackServer()
        .serve("/a", "text/html; charset=utf-8", a).serve("/b", "text/html; charset=utf-8", b)) {
      Path book = dir.resolve("web.epub");
      CliRun r = CliRun.run("bundle", s.url("/a"), s.url("/b"), "-o", book.toString(), "-q", "--delay", "0.3");
      assertEquals(0, r.exit, r.err);
      assertEquals(2, s.requests.get());
      long gap = Math.abs(s.arrivals.get(1) - s.arrivals.get(0)) / 1_000_000;
      assertTrue(gap >= 280, "the second request to the host waited for --delay: " + gap + " ms apart");
      List<String> toc = titles(new EpubReader().readEpub(Files.newInputStream(book)).getTableOfContents().getTocReferences());
      assertTrue(toc.contains(SERIES.get(0)) && toc.contains(SERIES.get(1)), toc.toString());
    }
  }
}
