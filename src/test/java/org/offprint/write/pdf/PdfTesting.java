package org.offprint.write.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.offprint.model.Block;
import org.offprint.model.Book;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Fixtures;
import org.offprint.model.ResourceResolver;
import org.offprint.theme.Theme;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.WriteOptions;

/** Helpers shared by the PDF tests: render with the default theme, read back with PDFBox. */
final class PdfTesting {
  static final Theme THEME = ThemeLoader.builtIn("default");

  private PdfTesting() {}

  static WriteOptions options(Diagnostics d, ResourceResolver r) {
    return WriteOptions.of(THEME).withDiagnostics(d).withResources(r)
        .withTimestamp(Optional.of(Instant.parse("2024-01-15T10:00:00Z")));
  }

  static byte[] render(Document doc) throws IOException {
    return render(PdfWriter.builder(options(Diagnostics.IGNORE, Fixtures.images())).build(), doc);
  }

  static byte[] render(PdfWriter w, Document doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(doc, out);
    return out.toByteArray();
  }

  static byte[] renderBook(PdfWriter w, Book book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.writeBook(book, out);
    return out.toByteArray();
  }

  /** {@return the page a go-to action leads to, its destination given by name (as offprint writes it) or not} */
  static org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination target(PDDocument d,
      org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo g) throws IOException {
    var dest = g.getDestination();
    if (dest instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination n) {
      return d.getDocumentCatalog().findNamedDestinationPage(n);
    }
    return (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination) dest;
  }

  /** {@return the text of the whole PDF, with line-end hyphens joined and whitespace collapsed} */
  static String text(byte[] pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return normalize(new PDFTextStripper().getText(d));
    }
  }

  /** {@return the text of each page} */
  static List<String> pages(byte[] pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      List<String> out = new ArrayList<>();
      PDFTextStripper s = new PDFTextStripper();
      for (int i = 1; i <= d.getNumberOfPages(); i++) {
        s.setStartPage(i);
        s.setEndPage(i);
        out.add(s.getText(d));
      }
      return out;
    }
  }

  /** OpenPDF hyphenates with a real hyphen; a line-end hyphen followed by a letter is joined back. */
  static String normalize(String s) {
    return s.replace('\u00a0', ' ').replaceAll("(\\p{L})-\\r?\\n(\\p{L})", "$1$2").replaceAll("\\s+", " ").trim();
  }

  /**
   * {@return the words each Link element of the structure tree holds in its own marked content, in tree order,
   * with whitespace collapsed and line-end hyphens joined}
   */
  static List<String> linkTexts(byte[] pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      java.util.Map<org.apache.pdfbox.cos.COSBase, java.util.Map<Integer, String>> byPage = new java.util.HashMap<>();
      for (org.apache.pdfbox.pdmodel.PDPage page : d.getPages()) {
        org.apache.pdfbox.text.PDFMarkedContentExtractor x = new org.apache.pdfbox.text.PDFMarkedContentExtractor();
        x.processPage(page);
        java.util.Map<Integer, String> texts = new java.util.HashMap<>();
        for (var mc : x.getMarkedContents()) {
          StringBuilder sb = new StringBuilder();
          float y = Float.NaN;
          for (Object o : mc.getContents()) {
            if (o instanceof org.apache.pdfbox.text.TextPosition t) {
              if (!Float.isNaN(y) && Math.abs(t.getYDirAdj() - y) > 1) sb.append('\n');
              y = t.getYDirAdj();
              sb.append(t.getUnicode());
            }
          }
          texts.put(mc.getMCID(), sb.toString());
        }
        byPage.put(page.getCOSObject(), texts);
      }
      List<String> out = new ArrayList<>();
      links(d.getDocumentCatalog().getStructureTreeRoot(), byPage, out);
      return out;
    }
  }

  private static void links(org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode node,
      java.util.Map<org.apache.pdfbox.cos.COSBase, java.util.Map<Integer, String>> byPage, List<String> out) {
    for (Object kid : node.getKids()) {
      if (!(kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e)) {
        continue;
      }
      if (e.getStructureType().equals("Link")) {
        StringBuilder sb = new StringBuilder();
        for (Object k : e.getKids()) {
          if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference r) {
            sb.append(byPage.get(r.getPage().getCOSObject()).getOrDefault(r.getMCID(), "")).append('\n');
          }
        }
        out.add(normalize(sb.toString()));
      }
      links(e, byPage, out);
    }
  }

  /** A document long enough for several pages: the fixture's paragraphs many times over. */
  static Document longDocument() {
    Document base = Fixtures.everything();
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < 6; i++) blocks.addAll(base.blocks());
    return new Document(base.metadata(), blocks, base.footnotes());
  }
}
