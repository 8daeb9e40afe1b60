package org.offprint.write.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offprint.testing.Goldens;
import org.offprint.testing.WriterGoldenDocuments;
import org.offprint.testing.WriterGoldenDocuments.Sample;

/**
 * The PDF of each writer-golden document, read back with PDFBox, against
 * {@code src/test/resources/golden/pdf/NAME.txt}: per page, the fonts its resources use and its extracted text;
 * then the outline (bookmarks: each entry's title, indented by level, and the number of the page it goes to);
 * then the tagged structure tree's element types in order, indented by depth. Not the bytes: a change of layout
 * shows as moved text, of the outline as a changed entry or page, of tagging as a changed tree. Regenerate with
 * {@code mvn test -Dtest=PdfGoldenTest -Dgolden.update=true} and review the diff.
 */
class PdfGoldenTest {
  static List<Sample> samples() throws IOException {
    return WriterGoldenDocuments.samples();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void textOutlineFontsAndStructureMatchTheirGolden(Sample s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfWriter.builder(WriterGoldenDocuments.options(s)).build().write(s.document(), out);
    Goldens.check(Path.of("src/test/resources/golden/pdf", s.name() + ".txt"), summary(out.toByteArray()));
  }

  static String summary(byte[] pdf) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (PDDocument d = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      for (int i = 1; i <= d.getNumberOfPages(); i++) {
        PDPage page = d.getPage(i - 1);
        sb.append("==== page ").append(i).append(" fonts: ").append(String.join(", ", fonts(page.getResources())))
            .append('\n');
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        for (String line : stripper.getText(d).split("\n")) sb.append(line.stripTrailing()).append('\n');
      }
      sb.append("==== outline\n");
      PDDocumentOutline outline = d.getDocumentCatalog().getDocumentOutline();
      if (outline == null || outline.getFirstChild() == null) {
        sb.append("(none)\n");
      } else {
        outline(d, outline, 0, sb);
      }
      sb.append("==== structure tree\n");
      var root = d.getDocumentCatalog().getStructureTreeRoot();
      if (root == null) {
        sb.append("(none)\n");
      } else {
        tree(root, 0, sb);
      }
    }
    return sb.toString();
  }

  /** {@return the base font names of the page, sorted, without the subset tag (ABCDEF+), which may vary} */
  private static TreeSet<String> fonts(PDResources resources) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    if (resources == null) return names;
    for (COSName n : resources.getFontNames()) {
      PDFont f = resources.getFont(n);
      String name = f == null || f.getName() == null ? "?" : f.getName();
      names.add(name.replaceFirst("^[A-Z]{6}\\+", ""));
    }
    return names;
  }

  /** Appends each entry as {@code title -> page N}, indented by level; the page is "?" when the entry goes nowhere. */
  private static void outline(PDDocument d, PDOutlineNode node, int depth, StringBuilder sb) throws IOException {
    for (PDOutlineItem item : node.children()) {
      PDPage target = item.findDestinationPage(d);
      int page = target == null ? -1 : d.getPages().indexOf(target);
      sb.append("  ".repeat(depth)).append(item.getTitle()).append(" -> page ")
          .append(page < 0 ? "?" : String.valueOf(page + 1)).append('\n');
      outline(d, item, depth + 1, sb);
    }
  }

  private static void tree(PDStructureNode node, int depth, StringBuilder sb) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        sb.append("  ".repeat(depth)).append(e.getStructureType());
        if (e.getAlternateDescription() != null) sb.append(" alt=\"").append(e.getAlternateDescription()).append('"');
        sb.append('\n');
        tree(e, depth + 1, sb);
      }
    }
  }
}
