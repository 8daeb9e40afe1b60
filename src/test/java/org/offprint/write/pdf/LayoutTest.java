package org.offprint.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offprint.model.Block;
import org.offprint.model.CodeBlock;
import org.offprint.model.Document;
import org.offprint.model.Fixtures;
import org.offprint.model.Table;

/** Page-level layout: headings kept with what follows, table headers repeated, code wrapped and never cut. */
class LayoutTest {
  private static final String FILLER = "The tide came in over the breakwater while the boats waited in the lee of "
      + "the harbour wall, and the auction hall filled with the sound of crates being stacked for the morning sale.";

  @Test
  void noPageEndsWithAHeading() throws IOException {
    // paragraphs of growing length shift each heading to a different height on the page
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      blocks.add(Block.heading(2 + i % 2, "Heading number " + i, "h" + i));
      blocks.add(Block.paragraph(FILLER.substring(0, 40 + i * 37 % (FILLER.length() - 40)).repeat(1 + i % 3)));
    }
    byte[] pdf = PdfTesting.render(Document.of(Fixtures.metadata(), blocks));
    List<String> pages = PdfTesting.pages(pdf);
    assertTrue(pages.size() > 5, "pages: " + pages.size());
    for (int p = 0; p < pages.size(); p++) {
      List<String> lines = new ArrayList<>(pages.get(p).lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
      if (p == 0) continue;
      // the running header and the page number are drawn after the page's text
      lines.remove(lines.size() - 1);
      lines.remove(lines.size() - 1);
      String last = lines.get(lines.size() - 1);
      assertFalse(last.startsWith("Heading number"), "page " + (p + 1) + " ends with " + last);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 5, 7, 9, 13, 19, 23, 31})
  void noPageEndsWithAnOrphanOrStartsWithAWidow(int step) throws IOException {
    List<String> pages = PdfTesting.pages(PdfTesting.render(Document.of(Fixtures.metadata(), paragraphs(step))));
    assertTrue(pages.size() > 4, "pages: " + pages.size());
    for (int p = 1; p < pages.size() - 1; p++) {
      List<String> lines = bodyLines(pages.get(p));
      List<String> next = bodyLines(pages.get(p + 1));
      String last = lines.get(lines.size() - 1);
      boolean startsParagraph = last.matches("P\\d+ .*");
      boolean continues = !next.get(0).matches("P\\d+ .*");
      assertFalse(startsParagraph && continues, "page " + (p + 1) + " ends with an orphan: " + last);
      // a paragraph's last line alone at the top of the next page is a widow
      boolean widow = continues && next.size() > 1 && next.get(1).matches("P\\d+ .*");
      assertFalse(widow, "page " + (p + 2) + " starts with a widow: " + next.get(0));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 5, 7, 9, 13, 19, 23, 31})
  void avoidingAWidowNeverLeavesABlankLineInMidPage(int step) throws IOException {
    // every widow avoided used to push its paragraph a line down, leaving a gap above it
    byte[] pdf = PdfTesting.render(Document.of(Fixtures.metadata(), paragraphs(step)));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (int page = 2; page <= doc.getNumberOfPages(); page++) {
        List<Float> ys = lineTops(doc, page);
        // the first is the running head, the last the page number
        List<Float> body = ys.subList(1, ys.size() - 1);
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < body.size(); i++) gaps.add(body.get(i) - body.get(i - 1));
        List<Float> sorted = gaps.stream().sorted().toList();
        float usual = sorted.get(sorted.size() / 2);
        for (int i = 0; i < gaps.size(); i++) {
          assertTrue(gaps.get(i) < usual * 1.5f, "page " + page + ": a gap of " + gaps.get(i) + " against "
              + usual + " above line " + (i + 2));
        }
      }
    }
  }

  /** {@return 70 paragraphs whose lengths vary with the step, so they meet page ends at many different lines} */
  private static List<Block> paragraphs(int step) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      blocks.add(Block.paragraph("P" + i + " " + FILLER.substring(0, 60 + i * step % (FILLER.length() - 60))
          .repeat(1 + i % 3)));
    }
    return blocks;
  }

  /** {@return the distinct heights (from the top) at which text lines start on a page, in order} */
  private static List<Float> lineTops(PDDocument doc, int page) throws IOException {
    java.util.TreeSet<Float> ys = new java.util.TreeSet<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            if (!text.isBlank()) ys.add((float) Math.round(positions.get(0).getYDirAdj() * 2) / 2);
          }
        };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(doc);
    return new ArrayList<>(ys);
  }

  /** The page's text lines without the running header and page number, which are drawn last. */
  private static List<String> bodyLines(String page) {
    List<String> lines = new ArrayList<>(page.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    return lines.subList(0, lines.size() - 2);
  }

  @Test
  void aLongTableRepeatsItsHeaderOnEveryPage() throws IOException {
    List<Table.Row> rows = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      rows.add(new Table.Row(List.of(Table.Cell.of("Row " + i), Table.Cell.of(String.valueOf(i * 7)))));
    }
    Table t = new Table(List.of(), List.of(new Table.Row(List.of(Table.Cell.of("Harbour"), Table.Cell.of("Catch")))),
        rows);
    List<String> pages = PdfTesting.pages(PdfTesting.render(Document.of(Fixtures.metadata(), List.of(t))));
    assertTrue(pages.size() >= 3, "pages: " + pages.size());
    for (String page : pages) assertTrue(page.contains("Harbour Catch"), page);
    String all = String.join("\n", pages);
    for (int i = 0; i < 120; i++) assertTrue(all.contains("Row " + i + " " + i * 7), "row " + i);
  }

  @Test
  void aNarrowColumnIsAtLeastAsWideAsItsLongestWord() throws IOException {
    String comment = "Re-enqueue the task if it has waited too long: the queue may have lost it, or the controller"
        + " may have gone down after polling the queue and before the task was claimed by a worker.";
    List<Table.Row> rows = new ArrayList<>();
    for (String[] r : new String[][] {{"enqueued", "started"}, {"fatal_failure", "completed"}}) {
      rows.add(new Table.Row(List.of(Table.Cell.of(r[0]), Table.Cell.of(r[1]), Table.Cell.of("N/A"),
          Table.Cell.of(comment))));
    }
    Table t = new Table(List.of(), List.of(new Table.Row(List.of(Table.Cell.of("Entity"), Table.Cell.of("Assoc"),
        Table.Cell.of("Next"), Table.Cell.of("Comment")))), rows);
    String text = String.join("\n", PdfTesting.pages(PdfTesting.render(Document.of(Fixtures.metadata(),
        List.of(t)))));
    assertTrue(text.contains("fatal_failure completed N/A"), text); // no word broken across lines
  }

  @Test
  void codeIsWrappedNeverCutAndKeepsItsIndentation() throws IOException {
    String longLine = "x = " + "alpha_beta_gamma + ".repeat(20) + "omega";
    StringBuilder code = new StringBuilder("def f():\n        return 1\n");
    for (int i = 0; i < 90; i++) code.append("line_").append(i).append(" = ").append(i).append('\n');
    code.append(longLine);
    Document doc = Document.of(Fixtures.metadata(), List.of(new CodeBlock("python", code.toString())));
    List<String> pages = PdfTesting.pages(PdfTesting.render(doc));
    assertTrue(pages.size() >= 2, "a code block longer than a page splits across pages");
    String all = String.join("\n", pages).replace('\u00a0', ' ');
    assertTrue(all.contains("        return 1"), "indentation lost");
    for (int i = 0; i < 90; i++) assertTrue(all.contains("line_" + i + " = " + i), "line " + i);
    // the long line may cross a page break: the running head and page number are not part of it
    String title = Fixtures.metadata().title();
    String body = all.lines().filter(l -> !l.strip().equals(title) && !l.strip().matches("\\d+"))
        .collect(java.util.stream.Collectors.joining("\n"));
    assertEquals(longLine.replace(" ", ""), squeezeFrom(body, "x="), "the long line came back whole");
  }

  private static String squeezeFrom(String text, String start) {
    String s = text.replaceAll("\\s+", "");
    int i = s.indexOf(start);
    int end = s.indexOf("omega", i);
    return i < 0 || end < 0 ? "" : s.substring(i, end + 5);
  }

  @Test
  void codeTextKeepsLeadingSpacesAsNoBreakSpaces() {
    assertEquals("a\n\u00a0\u00a0b c\n\u00a0\u00a0\u00a0\u00a0d", BlockElements.codeText("a\n  b c\n\td"));
  }
}
