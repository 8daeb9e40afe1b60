package org.offprint.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDArtifactMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offprint.model.Fixtures;

/**
 * The PDF's structure tree, read back with PDFBox: each kind of block is tagged with its PDF/UA role and holds
 * the text drawn for it, links are tagged with their annotations, and only page decoration is an artifact.
 */
class PdfStructureTest {
  /** A structure element with the text of the marked content it holds directly. */
  record Tagged(String role, PDStructureElement element, String text) {}

  static final List<Tagged> ELEMENTS = new ArrayList<>();
  static final List<String> ARTIFACTS = new ArrayList<>();
  static PDDocument doc;

  @BeforeAll
  static void read() throws IOException {
    doc = Loader.loadPDF(PdfTesting.render(PdfTesting.longDocument()));
    {
      Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
      for (PDPage page : doc.getPages()) {
        PDFMarkedContentExtractor x = new PDFMarkedContentExtractor();
        x.processPage(page);
        Map<Integer, String> byId = new HashMap<>();
        for (PDMarkedContent mc : x.getMarkedContents()) {
          if (mc instanceof PDArtifactMarkedContent) ARTIFACTS.add(text(mc));
          else byId.put(mc.getMCID(), text(mc));
        }
        texts.put(page, byId);
      }
      walk(doc.getDocumentCatalog().getStructureTreeRoot(), texts);
    }
  }

  @AfterAll
  static void close() throws IOException {
    doc.close();
  }

  private static String text(PDMarkedContent mc) {
    StringBuilder sb = new StringBuilder();
    float y = Float.NaN;
    for (Object o : mc.getContents()) {
      if (o instanceof TextPosition t) {
        if (!Float.isNaN(y) && Math.abs(t.getYDirAdj() - y) > 1) sb.append(' '); // a new line
        y = t.getYDirAdj();
        sb.append(t.getUnicode());
      } else if (o instanceof PDMarkedContent inner) {
        sb.append(text(inner));
      }
    }
    return sb.toString();
  }

  private static void walk(PDStructureNode node, Map<PDPage, Map<Integer, String>> texts) {
    for (Object kid : node.getKids()) {
      if (!(kid instanceof PDStructureElement e)) continue;
      StringBuilder sb = new StringBuilder();
      for (Object k : e.getKids()) {
        if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference r) {
          sb.append(texts.get(r.getPage()).getOrDefault(r.getMCID(), ""));
        }
      }
      ELEMENTS.add(new Tagged(e.getStructureType(), e, sb.toString()));
      walk(e, texts);
    }
  }

  private static List<Tagged> all(String role) {
    return ELEMENTS.stream().filter(t -> t.role().equals(role)).toList();
  }

  private static List<String> texts(String role) {
    return all(role).stream().map(t -> PdfTesting.normalize(t.text())).toList();
  }

  @Test
  void headingsAreTaggedByLevelWithTheirText() {
    assertEquals(List.of(Fixtures.everything().metadata().title()), texts("H1"));
    assertTrue(texts("H2").contains("A town and its sea"), texts("H2").toString());
    assertTrue(texts("H3").contains("What the town did"), texts("H3").toString());
    assertTrue(texts("H2").contains("Голоса с побережья"), texts("H2").toString());
  }

  @Test
  void paragraphsQuotesAndCodeHoldTheirText() {
    assertTrue(texts("P").stream().anyMatch(t -> t.startsWith("At five in the morning the harbour is already")),
        texts("P").toString());
    Tagged quote = all("BlockQuote").get(0);
    assertEquals("P", ((PDStructureElement) quote.element().getKids().get(0)).getStructureType());
    assertTrue(texts("Code").stream().anyMatch(t -> t.contains("def tide(hour):")), texts("Code").toString());
  }

  @Test
  void listsHaveItemsWithLabelsAndBodies() {
    Tagged list = all("L").get(0);
    List<String> kids = new ArrayList<>();
    for (Object k : list.element().getKids()) kids.add(((PDStructureElement) k).getStructureType());
    assertEquals(List.of("LI", "LI", "LI"), kids);
    PDStructureElement item = (PDStructureElement) list.element().getKids().get(0);
    assertEquals("Lbl", ((PDStructureElement) item.getKids().get(0)).getStructureType());
    assertEquals("LBody", ((PDStructureElement) item.getKids().get(1)).getStructureType());
    assertTrue(texts("Lbl").containsAll(List.of("•", "3.", "4.")), texts("Lbl").toString());
  }

  @Test
  void tablesHaveRowsAndHeaderCellsWithScope() {
    assertTrue(texts("TH").containsAll(List.of("Year", "Storms", "Damage (€ m)")), texts("TH").toString());
    assertTrue(texts("TD").containsAll(List.of("2020", "3 | severe", "11.0")), texts("TD").toString());
    for (Tagged th : all("TH")) {
      COSDictionary a = th.element().getCOSObject().getCOSDictionary(COSName.A);
      assertEquals("Column", a.getNameAsString(COSName.getPDFName("Scope")));
    }
    Tagged table = all("Table").get(0);
    assertEquals("Caption", ((PDStructureElement) table.element().getKids().get(0)).getStructureType());
  }

  @Test
  void figuresCarryTheirAltText() {
    assertTrue(all("Figure").stream().allMatch(f -> "Boats leaving the harbour before sunrise"
        .equals(f.element().getAlternateDescription())), all("Figure").toString());
    assertFalse(all("Figure").isEmpty());
  }

  @Test
  void linksAreTaggedWithTheirAnnotations() {
    boolean found = false;
    for (Tagged link : all("Link")) {
      for (Object k : link.element().getKids()) {
        if (k instanceof PDObjectReference ref && ref.getReferencedObject() instanceof PDAnnotationLink a
            && a.getAction() instanceof PDActionURI uri
            && uri.getURI().equals("https://coastal-review.example/report.pdf")) {
          assertEquals("PDF, 2 MB", a.getContents());
          found = true;
        }
      }
    }
    assertTrue(found, "no Link element holds the link to the report");
  }

  @Test
  void everyLinkElementHoldsItsWordsAndItsAnnotation() {
    // PDF/UA-1 (ISO 14289-1 7.18.5): a Link element holds the link's marked content and an OBJR to its annotation
    assertTrue(all("Link").size() > 5, all("Link").toString());
    for (Tagged link : all("Link")) {
      List<Object> kids = link.element().getKids();
      assertTrue(kids.stream().anyMatch(k -> k instanceof PDObjectReference r
          && r.getReferencedObject() instanceof PDAnnotationLink), "no annotation in " + link);
      assertTrue(kids.stream().anyMatch(k -> k instanceof PDMarkedContentReference), "no text in " + link);
      assertFalse(link.text().isBlank(), link.toString());
    }
  }

  @Test
  void aLinkTakesItsWordsOutOfItsParagraphInReadingOrder() {
    Tagged report = all("Link").stream().filter(l -> l.element().getKids().stream().anyMatch(k ->
        k instanceof PDObjectReference r && r.getReferencedObject() instanceof PDAnnotationLink a
            && a.getAction() instanceof PDActionURI u && u.getURI().endsWith("/report.pdf"))).findFirst().orElseThrow();
    assertEquals("PDF, 2 MB", PdfTesting.normalize(report.text()));
    PDStructureElement p = (PDStructureElement) report.element().getParent();
    assertEquals("P", p.getStructureType());
    Tagged paragraph = ELEMENTS.stream().filter(t -> t.element().getCOSObject() == p.getCOSObject()).findFirst().orElseThrow();
    assertFalse(paragraph.text().contains("PDF, 2 MB"), paragraph.text());
    // the paragraph's words before the link, the link, the words after it
    List<Object> kids = p.getKids();
    int at = -1;
    for (int i = 0; i < kids.size(); i++) {
      if (kids.get(i) instanceof PDStructureElement e && e.getCOSObject() == report.element().getCOSObject()) at = i;
    }
    assertTrue(at > 0 && kids.get(at - 1) instanceof PDMarkedContentReference, kids.toString());
    assertTrue(at < kids.size() - 1 && kids.get(at + 1) instanceof PDMarkedContentReference, kids.toString());
  }

  @Test
  void notesHaveUniqueIds() {
    Set<String> ids = new HashSet<>();
    for (Tagged n : all("Note")) {
      assertTrue(ids.add(n.element().getElementIdentifier()), "duplicate note id");
    }
    assertFalse(ids.isEmpty());
  }

  @Test
  void onlyRunningHeadsAndPageNumbersAreArtifacts() {
    for (String a : ARTIFACTS) {
      String t = a.strip();
      assertTrue(t.isEmpty() || t.matches("\\d+") || t.startsWith(Fixtures.everything().metadata().title()
          .substring(0, 10)) || t.equals("Year") || t.equals("Storms") || t.startsWith("Damage"), a);
    }
  }
}
