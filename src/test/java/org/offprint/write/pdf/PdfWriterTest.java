package org.offprint.write.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Diagnostic;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Fixtures;
import org.offprint.model.Footnote;
import org.offprint.model.Image;
import org.offprint.model.Inline;
import org.offprint.model.ListBlock;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Table;
import org.offprint.write.Formats;

class PdfWriterTest {
  private static final Set<String> THEME_FONTS = Set.of("LiberationSerif", "LiberationSerif-Bold",
      "LiberationSerif-Italic", "LiberationSerif-BoldItalic", "LiberationMono", "LiberationMono-Bold",
      "LiberationMono-Italic", "LiberationMono-BoldItalic");

  @Test
  void everyFontIsEmbeddedAndComesFromTheTheme() throws IOException {
    byte[] pdf = PdfTesting.render(Fixtures.everything());
    Set<String> names = new TreeSet<>();
    try (PDDocument d = Loader.loadPDF(pdf)) {
      for (PDPage page : d.getPages()) {
        for (PDFont f : fonts(page.getResources())) {
          assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
          assertTrue(f instanceof PDType0Font, f.getName() + " is not an Identity-H Type 0 font");
          names.add(f.getName().replaceFirst("^[A-Z]{6}\\+", ""));
        }
      }
    }
    assertTrue(THEME_FONTS.containsAll(names), "fonts outside the theme: " + names);
    assertTrue(names.contains("LiberationSerif") && names.contains("LiberationMono"), names.toString());
  }

  private static List<PDFont> fonts(PDResources res) throws IOException {
    List<PDFont> out = new ArrayList<>();
    if (res == null) return out;
    for (COSName n : res.getFontNames()) out.add(res.getFont(n));
    for (COSName n : res.getXObjectNames()) {
      if (res.getXObject(n) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
        out.addAll(fonts(form.getResources()));
      }
    }
    return out;
  }

  @Test
  void everyParagraphOfTheFixtureComesBackIncludingRussianAndGreek() throws IOException {
    Document doc = Fixtures.everything();
    String text = squeeze(PdfTesting.text(PdfTesting.render(doc)));
    List<String> expected = new ArrayList<>();
    collect(doc.blocks(), expected);
    for (Footnote n : doc.footnotes()) collect(n.content(), expected);
    assertTrue(expected.size() >= 12, "fixture paragraphs found: " + expected.size());
    for (String p : expected) assertTrue(text.contains(squeeze(p)), "missing from the PDF: " + p);
    assertTrue(text.contains(squeeze("Голоса с побережья")));
    assertTrue(text.contains(squeeze("η θάλασσα δεν έχει πόρτες")));
  }

  /** Whitespace is where PDF text extraction differs from the model; compare without it. */
  private static String squeeze(String s) {
    return PdfTesting.normalize(s).replaceAll("\\s+", "");
  }

  /** The text a reader sees: like {@link Inline#plainText} but a placed inline image shows no alt text. */
  private static String visible(List<Inline> inlines) {
    List<Inline> kept = inlines.stream().filter(i -> !(i instanceof Image im && im.src().equals(Fixtures.FIGURE_URI)))
        .toList();
    return Inline.plainText(kept);
  }

  private static void collect(List<Block> blocks, List<String> out) {
    for (Block b : blocks) {
      if (b instanceof Paragraph p) out.add(visible(p.content()));
      else if (b instanceof Quote q) {
        collect(q.content(), out);
        out.add(Inline.plainText(q.attribution()));
      } else if (b instanceof ListBlock l) {
        for (ListBlock.Item item : l.items()) collect(item.content(), out);
      } else if (b instanceof Table t) {
        out.add(Inline.plainText(t.caption()));
        for (List<Table.Row> rows : List.of(t.head(), t.body())) {
          for (Table.Row r : rows) for (Table.Cell c : r.cells()) out.add(Inline.plainText(c.content()));
        }
      } else if (b instanceof org.offprint.model.Figure f) out.add(Inline.plainText(f.caption()));
      else if (b instanceof org.offprint.model.CodeBlock c) out.add(c.code());
      else if (b instanceof org.offprint.model.Heading h) out.add(h.text());
    }
  }

  @Test
  void justifiedEnglishIsHyphenatedAtLineEnds() throws IOException {
    // long words in long paragraphs: some line end falls inside one whatever the measure
    String prose = "The municipality's environmental administration commissioned comprehensive investigations "
        + "into the extraordinary deterioration of the northernmost breakwaters, and the documentation "
        + "demonstrates unprecedented structural vulnerabilities alongside considerable organisational "
        + "responsibilities for maintenance. ";
    List<org.offprint.model.Block> blocks = new ArrayList<>();
    for (int i = 0; i < 6; i++) blocks.add(org.offprint.model.Block.paragraph(prose.repeat(3).strip()));
    byte[] pdf = PdfTesting.render(Document.of(Fixtures.metadata(), blocks));
    String raw = String.join("\n", PdfTesting.pages(pdf));
    assertTrue(raw.matches("(?s).*\\p{Ll}-\\r?\\n\\p{Ll}.*"), "no word was hyphenated");
  }

  @Test
  void outlineMirrorsTheTitleAndHeadingsAndEveryEntryLeadsToAPage() throws IOException {
    byte[] pdf = PdfTesting.render(Fixtures.everything());
    try (PDDocument d = Loader.loadPDF(pdf)) {
      PDOutlineNode root = d.getDocumentCatalog().getDocumentOutline();
      assertNotNull(root, "no outline");
      List<String> tree = new ArrayList<>();
      walk(d, root, "", tree);
      assertEquals(List.of(
          "The Harbour at Dawn: Notes on a Changing Coast",
          " A town and its sea",
          "  What the town did",
          " Голоса с побережья",
          " Notes"), tree);
    }
  }

  private static void walk(PDDocument d, PDOutlineNode node, String indent, List<String> out) throws IOException {
    for (PDOutlineItem item : node.children()) {
      out.add(indent + item.getTitle());
      PDActionGoTo go = (PDActionGoTo) item.getAction();
      PDNamedDestination dest = (PDNamedDestination) go.getDestination();
      assertNotNull(d.getDocumentCatalog().findNamedDestinationPage(dest), "no destination for " + item.getTitle());
      walk(d, item, indent + " ", out);
    }
  }

  @Test
  void footerCarriesThePageNumberFromPageTwoAndPageOneHasNone() throws IOException {
    byte[] pdf = PdfTesting.render(PdfTesting.longDocument());
    try (PDDocument d = Loader.loadPDF(pdf)) {
      assertTrue(d.getNumberOfPages() >= 3, "pages: " + d.getNumberOfPages());
      for (int i = 0; i < d.getNumberOfPages(); i++) {
        PDPage page = d.getPage(i);
        float h = page.getMediaBox().getHeight();
        // the page number is in the lower half of the bottom margin; a page that runs a line long (PagePlanner)
        // reaches into the upper part
        float footer = (float) PdfTesting.THEME.page().bottom() * 0.7f;
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        s.addRegion("footer", new Rectangle2D.Float(0, h - footer, page.getMediaBox().getWidth(), footer));
        s.addRegion("header", new Rectangle2D.Float(0, 0, page.getMediaBox().getWidth(),
            PdfTesting.THEME.page().top() - 4));
        s.extractRegions(page);
        String foot = s.getTextForRegion("footer").trim();
        String head = s.getTextForRegion("header").trim();
        if (i == 0) {
          assertEquals("", foot, "page 1 footer");
          assertEquals("", head, "page 1 header");
        } else {
          assertEquals(String.valueOf(i + 1), foot, "footer of page " + (i + 1));
          assertEquals("The Harbour at Dawn: Notes on a Changing Coast", head, "header of page " + (i + 1));
        }
      }
    }
  }

  @Test
  void metadataLanguageAndCreatorAreSet() throws IOException {
    byte[] pdf = PdfTesting.render(Fixtures.everything());
    try (PDDocument d = Loader.loadPDF(pdf)) {
      var info = d.getDocumentInformation();
      assertEquals("The Harbour at Dawn: Notes on a Changing Coast", info.getTitle());
      assertEquals("Mara Ellison, Tomás Quintero", info.getAuthor());
      assertEquals("coast, climate, towns", info.getKeywords());
      assertTrue(info.getCreator().startsWith("offprint"), info.getCreator());
      assertEquals("en", d.getDocumentCatalog().getLanguage());
      assertEquals(2024, info.getCreationDate().get(java.util.Calendar.YEAR));
      assertNotNull(d.getDocumentCatalog().getMetadata(), "no XMP");
    }
  }

  @Test
  void withoutTimestampTheArticleDateIsUsed() throws IOException {
    byte[] pdf = PdfTesting.render(PdfWriter.builder(org.offprint.write.WriteOptions.of(PdfTesting.THEME)).build(),
        Fixtures.everything());
    try (PDDocument d = Loader.loadPDF(pdf)) {
      java.util.Calendar c = d.getDocumentInformation().getCreationDate();
      assertEquals(2023, c.get(java.util.Calendar.YEAR));
      assertEquals(java.util.Calendar.MARCH, c.get(java.util.Calendar.MONTH));
    }
  }

  @Test
  void twoRunsGiveTheSameBytes() throws IOException {
    PdfWriter w = PdfWriter.builder(PdfTesting.options(Diagnostics.IGNORE, Fixtures.images())).build();
    assertArrayEquals(PdfTesting.render(w, Fixtures.everything()), PdfTesting.render(w, Fixtures.everything()));
    PdfWriter other = PdfWriter.builder(PdfTesting.options(Diagnostics.IGNORE, Fixtures.images())).build();
    assertArrayEquals(PdfTesting.render(w, Fixtures.everything()), PdfTesting.render(other, Fixtures.everything()));
  }

  @Test
  void oneWriterServesSeveralThreadsWithTheSameBytes() throws Exception {
    PdfWriter w = PdfWriter.builder(PdfTesting.options(Diagnostics.IGNORE, Fixtures.images())).build();
    byte[] expected = PdfTesting.render(w, Fixtures.everything());
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<byte[]>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) runs.add(pool.submit(() -> PdfTesting.render(w, Fixtures.everything())));
      for (java.util.concurrent.Future<byte[]> f : runs) assertArrayEquals(expected, f.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void linksAreClickableAndNotesLinkBothWays() throws IOException {
    byte[] pdf = PdfTesting.render(Fixtures.everything());
    List<String> uris = new ArrayList<>();
    List<String> gotos = new ArrayList<>();
    try (PDDocument d = Loader.loadPDF(pdf)) {
      for (PDPage page : d.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (!(a instanceof PDAnnotationLink link)) continue;
          if (link.getAction() instanceof PDActionURI u) uris.add(u.getURI());
          if (link.getAction() instanceof PDActionGoTo g) {
            PDPageDestination dest = PdfTesting.target(d, g);
            assertNotNull(dest.getPage(), "a link without a target page");
            gotos.add(d.getPages().indexOf(dest.getPage()) + 1 + ":" + (int) link.getRectangle().getLowerLeftY());
          }
        }
      }
    }
    assertTrue(uris.contains("https://coastal-review.example/report.pdf"), uris.toString());
    // two references to notes and two notes linking back
    assertEquals(4, gotos.size(), gotos.toString());
  }

  @Test
  void aCharacterNoFontHasIsReportedOnceAndTheRestIsKept() throws IOException {
    Diagnostics.Collector diags = Diagnostics.collector();
    PdfWriter w = PdfWriter.builder(PdfTesting.options(diags, Fixtures.images())).fontFolders(List.of()).build();
    Document doc = Document.of(Fixtures.metadata(), List.of(
        Block.paragraph("Smile \uD83D\uDE00 please"),
        Block.paragraph("A private \uE000 sign and another \uD83D\uDE00")));
    String text = PdfTesting.text(PdfTesting.render(w, doc));
    assertTrue(text.contains("Smile"), text);
    assertTrue(text.contains("please"), text);
    List<Diagnostic> warnings = diags.all().stream().filter(x -> x.severity() == Diagnostic.Severity.WARNING).toList();
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).message().contains("U+1F600"), warnings.get(0).message());
    assertTrue(warnings.get(0).message().contains("U+E000"), warnings.get(0).message());
  }

  @Test
  void aFailingStreamGivesTheIOException() {
    IOException boom = new IOException("disk full");
    OutputStream failing = new OutputStream() {
      int written;

      @Override
      public void write(int b) throws IOException {
        if (++written > 2000) throw boom;
      }
    };
    PdfWriter w = PdfWriter.builder(PdfTesting.options(Diagnostics.IGNORE, Fixtures.images())).build();
    IOException e = assertThrows(IOException.class, () -> w.write(Fixtures.everything(), failing));
    assertSame(boom, e);
  }

  @Test
  void anImageInAFormatPdfCannotTakeIsReportedAndItsCaptionKept() throws IOException {
    Diagnostics.Collector diags = Diagnostics.collector();
    String uri = "file:///fixtures/drawing.svg";
    org.offprint.model.ResourceResolver svg = u -> java.util.Optional.of(
        new org.offprint.model.Resource(u, "image/svg+xml", "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes()));
    PdfWriter w = PdfWriter.builder(PdfTesting.options(diags, svg)).build();
    Document doc = Document.of(Fixtures.metadata(), List.of(
        new org.offprint.model.Figure(uri, "a drawing", List.of(Inline.text("The drawing's caption")))));
    String text = PdfTesting.text(PdfTesting.render(w, doc));
    assertTrue(text.contains("The drawing's caption"), text);
    assertTrue(text.contains("a drawing"), text);
    assertEquals(1, diags.all().size(), diags.all().toString());
    assertTrue(diags.all().get(0).message().contains(uri));
  }

  @Test
  void pageSizeCanBeOverridden() throws IOException {
    PdfWriter w = PdfWriter.builder(PdfTesting.options(Diagnostics.IGNORE, Fixtures.images())).pageSize("A5").build();
    try (PDDocument d = Loader.loadPDF(PdfTesting.render(w, Fixtures.everything()))) {
      assertEquals(419.53f, d.getPage(0).getMediaBox().getWidth(), 0.1f);
    }
    assertThrows(IllegalArgumentException.class,
        () -> PdfWriter.builder(PdfTesting.options(Diagnostics.IGNORE, Fixtures.images())).pageSize("huge").build());
  }

  @Test
  void pdfaAddsTheOutputIntentAndIdentification() throws IOException {
    PdfWriter w = PdfWriter.builder(PdfTesting.options(Diagnostics.IGNORE, Fixtures.images())).pdfa(true).build();
    try (PDDocument d = Loader.loadPDF(PdfTesting.render(w, Fixtures.everything()))) {
      assertFalse(d.getDocumentCatalog().getOutputIntents().isEmpty(), "no output intent");
      String xmp = new String(d.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(xmp.contains("pdfaid:part"), xmp);
    }
  }

  @Test
  void externalLinksCanBeListedAtTheEndForPrint() throws IOException {
    PdfWriter on = PdfWriter.builder(PdfTesting.options(Diagnostics.IGNORE, Fixtures.images())).linkList(true).build();
    String text = PdfTesting.text(PdfTesting.render(on, Fixtures.everything()));
    assertTrue(text.contains("PDF, 2 MB[1]"), text);
    assertTrue(text.contains("Links"), text);
    assertTrue(text.contains("[1] https://coastal-review.example/report.pdf"), text);
    String plain = PdfTesting.text(PdfTesting.render(Fixtures.everything()));
    assertFalse(plain.contains("[1]"), plain);
  }

  @Test
  void theFormatIsRegistered() {
    var f = Formats.get("pdf");
    assertEquals("pdf", f.extension());
    assertTrue(f.writer(org.offprint.write.WriteOptions.of(PdfTesting.THEME)) instanceof PdfWriter);
  }
}
