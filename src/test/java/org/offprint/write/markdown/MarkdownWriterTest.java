package org.offprint.write.markdown;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Figure;
import org.offprint.model.Fixtures;
import org.offprint.model.Link;
import org.offprint.model.Metadata;
import org.offprint.model.Paragraph;
import org.offprint.model.Text;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.Formats;
import org.offprint.write.WriteOptions;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class MarkdownWriterTest {
  private static final WriteOptions OPTIONS = WriteOptions.of(ThemeLoader.builtIn("default"));

  static WriteOptions options() {
    return OPTIONS;
  }

  private static String md(Document d) throws Exception {
    return MarkdownWriter.builder(OPTIONS).build().render(d);
  }

  @Test
  void fixtureRendersWithFlexmark() throws Exception {
    String html = Flexmark.html(md(Fixtures.everything()));
    assertTrue(html.contains("<h1>The Harbour at Dawn: Notes on a Changing Coast</h1>"), html);
    assertTrue(html.contains("<em>already</em>") && html.contains("<strong>forty boats</strong>"), html);
    assertTrue(html.contains("<a href=\"https://coastal-review.example/report.pdf\">PDF, 2 MB</a>"), html);
    assertTrue(html.contains("<code>n = 3</code>") && html.contains("H<sub>2</sub>O") && html.contains("<del>final</del>"));
    assertTrue(html.contains("5 * 3 &lt; 16 &amp; [brackets] #hash _under_ `tick`."), html);
    // Nested list: the ordered list starting at 3 sits inside the second bullet item.
    assertTrue(html.matches("(?s).*<li>\\s*<p>Moved the fish market:</p>\\s*<ol start=\"3\">\\s*<li>first the cold store</li>.*"), html);
    assertTrue(html.contains("<th align=\"right\">Damage (€ m)</th>") && html.contains("<td>3 | severe</td>"), html);
    assertTrue(html.contains("<caption>Storms and damage, 2020–2023</caption>"), html);
    assertTrue(html.contains("<pre><code class=\"language-python\">def tide(hour):\n    return 2.1 * sin(hour / 12.4)  # metres\n\nprint(tide(5))\n</code></pre>"), html);
    assertTrue(html.contains("<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>"), html);
    assertTrue(html.contains("<li id=\"fn-2\">\n<p>Interview, Murmansk, 2022.</p>"), html);
    assertTrue(html.contains("<blockquote>\n<p>We do not fight the sea. We learn its timetable.</p>\n<p>— Ines Varga"), html);
    assertTrue(html.contains("<h2>Голоса с побережья</h2>"), html);
  }

  @Test
  void frontMatterIsYamlWithTheMetadata() throws Exception {
    String md = md(Fixtures.everything());
    assertTrue(md.startsWith("---\n"));
    String yaml = md.substring(4, md.indexOf("\n---\n", 4));
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    assertEquals("The Harbour at Dawn: Notes on a Changing Coast", map.get("title"));
    assertEquals(List.of("Mara Ellison", "Tomás Quintero"), map.get("authors"));
    assertEquals("2023-03-04", map.get("date"));
    assertEquals(List.of("coast", "climate", "towns"), map.get("tags"));
    assertEquals("By Mara Ellison and Tomás Quintero, Coast Desk", map.get("byline"));
    assertEquals(List.of("title", "subtitle", "authors", "byline", "date", "site", "source", "language",
        "description", "tags"), List.copyOf(map.keySet()));
  }

  @Test
  void emptyMetadataGivesNoFrontMatter() throws Exception {
    String md = md(Document.of(Metadata.EMPTY, List.of(Block.paragraph("Hello"))));
    assertEquals("Hello\n", md);
  }

  @Test
  void yamlLookalikesAreQuoted() throws Exception {
    Metadata m = Metadata.builder().title("a: b # c").site("no").tags(List.of("1.0")).build();
    String md = md(Document.of(m, List.of()));
    Map<?, ?> map = (Map<?, ?>) new Load(LoadSettings.builder().build())
        .loadFromString(md.substring(4, md.indexOf("\n---\n", 4)));
    assertEquals("a: b # c", map.get("title"));
    assertEquals("no", map.get("site"));
    assertEquals(List.of("1.0"), map.get("tags"));
  }

  @Test
  void codeFenceIsLongerThanBacktickRunsInTheCode() throws Exception {
    String md = md(Document.of(Metadata.EMPTY, List.of(new org.offprint.model.CodeBlock("md", "````\nx\n````"))));
    assertTrue(md.startsWith("`````md\n"), md);
    assertTrue(Flexmark.html(md).contains("<code class=\"language-md\">````\nx\n````\n</code>"));
  }

  @Test
  void codeSpanFenceIsLongerThanItsContentsRuns() throws Exception {
    String md = md(Document.of(Metadata.EMPTY, List.of(Block.paragraph(new org.offprint.model.Code("a``b`")))));
    assertEquals("``` a``b` ```\n", md);
    assertTrue(Flexmark.html(md).contains("<code>a``b`</code>"));
  }

  @Test
  void referenceLinksGoToTheEnd() throws Exception {
    Document d = Document.of(Metadata.EMPTY, List.of(new Paragraph(List.of(
        new Link("https://a.example/x", "", List.of(new Text("one"))), new Text(" and "),
        new Link("https://a.example/x", "", List.of(new Text("again")))))));
    String md = MarkdownWriter.builder(OPTIONS).referenceLinks(true).build().render(d);
    assertEquals("[one][1] and [again][1]\n\n[1]: https://a.example/x\n", md);
    assertTrue(Flexmark.html(md).contains("<a href=\"https://a.example/x\">again</a>"));
  }

  @Test
  void wrapKeepsLinesShortAndTheTextIntact() throws Exception {
    String text = "The council's report counts three storms, and the harbour master says - with a shrug - "
        + "that 1871. was worse; 12) boats were lost.";
    String md = MarkdownWriter.builder(OPTIONS).wrap(30).build()
        .render(Document.of(Metadata.EMPTY, List.of(Block.paragraph(text))));
    for (String line : md.split("\n")) assertTrue(line.length() <= 30, line);
    assertTrue(md.contains("\n\\- with") || md.contains(" - with"), md);
    assertEquals("<p>" + text.replace("'", "'") + "</p>", Flexmark.html(md).strip().replace("\n", " "));
  }

  @Test
  void imagesGoToSideFilesAndAreLinkedRelatively() throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    WriteOptions o = OPTIONS.withResources(Fixtures.images()).withOutputName("harbour")
        .withSideFiles(files::put);
    String md = MarkdownWriter.builder(o).build().render(Document.of(Metadata.EMPTY,
        List.of(new Figure(Fixtures.FIGURE_URI, "Boats", List.of(new Text("Dawn"))))));
    assertEquals(List.of("harbour.assets/harbour.png"), List.copyOf(files.keySet()));
    assertEquals("![Boats](harbour.assets/harbour.png)\\\nDawn\n", md);
  }

  @Test
  void inlineImagesBecomeDataUris() throws Exception {
    WriteOptions o = OPTIONS.withResources(Fixtures.images());
    String md = MarkdownWriter.builder(o).inlineImages(true).build().render(Document.of(Metadata.EMPTY,
        List.of(new Figure(Fixtures.FIGURE_URI, "Boats", List.of()))));
    assertTrue(md.startsWith("![Boats](data:image/png;base64,iVBOR"), md);
  }

  @Test
  void remoteImagesKeepTheirUrlAndMissingOnesKeepOnlyTheirAltText() throws Exception {
    Diagnostics.Collector diags = Diagnostics.collector();
    Map<String, byte[]> files = new TreeMap<>();
    WriteOptions o = OPTIONS.withResources(Fixtures.images()).withDiagnostics(diags).withOutputName("a")
        .withSideFiles(files::put);
    List<Block> blocks = List.of(new Figure("https://img.example/a.jpg", "", List.of()),
        new Figure("file:///missing.png", "A missing map", List.of()));
    String md = MarkdownWriter.builder(o).remoteImages(true).build().render(Document.of(Metadata.EMPTY, blocks));
    // No link to an image that was not fetched, so no viewer fetches it later; the resolver said why.
    assertEquals("![](https://img.example/a.jpg)\n\nA missing map\n", md);
    assertTrue(files.isEmpty());
    String withoutRemote = MarkdownWriter.builder(o).build().render(Document.of(Metadata.EMPTY, blocks));
    assertEquals("A missing map\n", withoutRemote);
  }

  @Test
  void isRegisteredAsMdAndMarkdown() throws Exception {
    assertEquals("md", Formats.get("markdown").name());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Formats.get("md").writer(OPTIONS).write(Document.of(Metadata.EMPTY, List.of(Block.paragraph("x"))), out);
    assertEquals("x\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void wrapBelowTwentyIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> MarkdownWriter.builder(OPTIONS).wrap(5).build());
  }
}
