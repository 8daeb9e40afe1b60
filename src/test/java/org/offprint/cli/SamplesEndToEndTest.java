package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.siegmann.epublib.domain.Book;
import nl.siegmann.epublib.epub.EpubReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offprint.Offprint;
import org.offprint.model.Block;
import org.offprint.model.Document;
import org.offprint.model.Inline;
import org.offprint.model.ListBlock;
import org.offprint.model.Quote;
import org.offprint.testing.EpubCheckRunner;
import org.offprint.testing.PdfText;
import org.offprint.testing.Texts;
import org.offprint.testing.Truth;

/**
 * The README's main job: every sample in input/ converted to every format in one run, then each output checked
 * with a real reader against the page's truth file: EPUBCheck and epublib, PDFBox, flexmark, jsoup.
 */
class SamplesEndToEndTest {
  static Path out;
  static CliRun run;

  @BeforeAll
  static void convertAllSamples() throws IOException {
    out = Files.createTempDirectory("offprint-samples");
    List<String> args = new ArrayList<>(List.of("convert"));
    try (Stream<Path> s = Files.list(Path.of("input"))) {
      s.filter(p -> p.toString().endsWith(".html")).sorted().forEach(p -> args.add(p.toString()));
    }
    args.addAll(List.of("--to", "epub,pdf,md,html,txt", "-d", out.toString(), "-q"));
    run = CliRun.run(args.toArray(String[]::new));
    assertEquals(0, run.exit, run.err);
  }

  static List<Truth> samples() throws IOException {
    return Truth.inputs();
  }

  private static byte[] output(Truth t, String ext) throws IOException {
    return Files.readAllBytes(out.resolve(t.slug() + "." + ext));
  }

  /** Hyphens and spaces vary with line breaking; the words and their order must not. */
  private static String squash(String s) {
    return Texts.collapse(s).replaceAll("[\\s\\-\\u2010\\u2011]", "");
  }

  private static void assertHoldsTheArticleAndNoChrome(Truth t, String text, String format) {
    String squashed = squash(text);
    // Sentence by sentence: writers show footnote markers (a number after a sentence) that the truth leaves out.
    for (String p : t.paragraphs()) {
      for (String sentence : p.split("(?<=[.!?;:])\\s+")) {
        assertTrue(squashed.contains(squash(sentence)), format + " of " + t + " lacks: " + sentence);
      }
    }
    for (String h : t.headings()) assertTrue(squashed.contains(squash(h)), format + " of " + t + " lacks heading: " + h);
    for (String c : t.chrome()) assertTrue(!text.contains(c), format + " of " + t + " holds chrome: " + c);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void inspectGivesTheMetadata(Truth t) throws IOException {
    CliRun r = CliRun.run("inspect", t.page().toString());
    assertEquals(0, r.exit, r.err);
    assertEquals(java.util.Set.of(), org.offprint.testing.ModelSchema.violations(r.out), "docs/model.schema.json");
    JsonNode m = new ObjectMapper().readTree(r.out).get("metadata");
    assertEquals(t.title(), m.get("title").asText());
    List<String> authors = new ArrayList<>();
    m.get("authors").forEach(a -> authors.add(a.asText()));
    assertEquals(t.authors(), authors);
    assertTrue(m.get("published").asText().startsWith(t.published()), m.get("published").asText());
    assertEquals(t.language(), m.get("language").asText().replaceFirst("-.*", ""));
    assertEquals(t.site(), m.get("site").asText());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void epubPassesEpubcheckAndReadsBack(Truth t) throws IOException {
    byte[] epub = output(t, "epub");
    EpubCheckRunner.Result result = EpubCheckRunner.check(epub);
    assertTrue(result.clean(), t + ": " + result);
    Book book = new EpubReader().readEpub(new ByteArrayInputStream(epub));
    assertEquals(t.title(), book.getTitle());
    List<String> authors = book.getMetadata().getAuthors().stream()
        .map(a -> (a.getFirstname() + " " + a.getLastname()).trim()).toList();
    assertEquals(t.authors(), authors);
    assertTrue(book.getSpine().size() >= 1);
    List<String> toc = new ArrayList<>();
    book.getTableOfContents().getTocReferences().forEach(r -> {
      toc.add(Texts.collapse(r.getTitle()));
      r.getChildren().forEach(c -> toc.add(Texts.collapse(c.getTitle())));
    });
    assertTrue(toc.contains(t.title()), "TOC " + toc);
    for (Block b : Offprint.read(t.page()).blocks()) {
      if (b instanceof org.offprint.model.Heading h && h.level() == 2) {
        assertTrue(toc.contains(Texts.collapse(h.text())), "TOC " + toc + " lacks " + h.text());
      }
    }
    StringBuilder text = new StringBuilder();
    for (var res : book.getContents()) {
      text.append(org.jsoup.Jsoup.parse(new String(res.getData(), StandardCharsets.UTF_8)).text()).append(' ');
    }
    assertHoldsTheArticleAndNoChrome(t, text.toString(), "EPUB");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void pdfHasEmbeddedFontsAndTheArticleText(Truth t) throws IOException {
    byte[] pdf = output(t, "pdf");
    assertEquals(List.of(), PdfText.notEmbedded(pdf));
    // A figure that does not fit floats to the top of the next page, as in print, so its caption may sit
    // inside a paragraph that crosses the page: take captions out before matching the text.
    String text = PdfText.text(pdf, t.title());
    for (String caption : t.figures()) text = text.replace(Texts.collapse(caption), " ");
    assertHoldsTheArticleAndNoChrome(t, text, "PDF");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void htmlAndTextHoldTheArticleAndNoChrome(Truth t) throws IOException {
    String html = new String(output(t, "html"), StandardCharsets.UTF_8);
    assertHoldsTheArticleAndNoChrome(t, org.jsoup.Jsoup.parse(html).text(), "HTML");
    assertHoldsTheArticleAndNoChrome(t, new String(output(t, "txt"), StandardCharsets.UTF_8), "text");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void markdownParsesBackToTheModel(Truth t) throws IOException {
    Document model = Offprint.read(t.page());
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
        YamlFrontMatterExtension.create(), StrikethroughExtension.create()));
    Node md = Parser.builder(options).build().parse(new String(output(t, "md"), StandardCharsets.UTF_8));
    Set<String> mdTexts = new HashSet<>();
    Set<String> mdLinks = new HashSet<>();
    List<String> mdHeadings = new ArrayList<>();
    NodeVisitor[] visitor = new NodeVisitor[1];
    visitor[0] = new NodeVisitor(
        new VisitHandler<>(Paragraph.class, p -> {
          mdTexts.add(squash(new TextCollectingVisitor().collectAndGetText(p)));
          visitor[0].visitChildren(p);
        }),
        new VisitHandler<>(Heading.class, h -> mdHeadings.add(Texts.collapse(new TextCollectingVisitor().collectAndGetText(h)))),
        new VisitHandler<>(Link.class, l -> mdLinks.add(l.getUrl().toString())));
    visitor[0].visit(md);
    String allMd = String.join(" ", mdTexts);
    List<String> modelHeadings = new ArrayList<>();
    // Sentence by sentence: Markdown footnote markers ([^1]) sit between sentences; the model's text has none.
    collect(model.blocks(), modelHeadings, text -> {
      for (String sentence : text.split("(?<=[.!?;:])\\s+")) {
        assertTrue(allMd.contains(squash(sentence)), t + ": Markdown lacks the model's text: " + sentence);
      }
    }, mdLinks, t);
    for (String h : modelHeadings) assertTrue(mdHeadings.contains(Texts.collapse(h)), t + ": heading " + h + " in " + mdHeadings);
  }

  private static void collect(List<Block> blocks, List<String> headings, java.util.function.Consumer<String> text,
      Set<String> mdLinks, Truth t) {
    for (Block b : blocks) {
      if (b instanceof org.offprint.model.Heading h) headings.add(h.text());
      else if (b instanceof org.offprint.model.Paragraph p) {
        text.accept(p.text());
        links(p.content(), mdLinks, t);
      } else if (b instanceof Quote q) collect(q.content(), headings, text, mdLinks, t);
      else if (b instanceof ListBlock l) for (ListBlock.Item i : l.items()) collect(i.content(), headings, text, mdLinks, t);
    }
  }

  private static void links(List<Inline> inlines, Set<String> mdLinks, Truth t) {
    for (Inline in : inlines) {
      if (in instanceof org.offprint.model.Link l && l.href().startsWith("http")) {
        assertTrue(mdLinks.contains(l.href()), t + ": link " + l.href() + " not in Markdown");
      }
    }
  }
}
