package org.offprint.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads each page of a PDF with PDFBox as lines of text by their baseline: those in the top margin (a running
 * head), those low in the bottom margin (the page number), and the body's lines in between.
 */
public final class PdfPages {
  private PdfPages() {}

  /**
   * One page.
   *
   * @param runningHead whether a line of text stands in the top margin
   * @param body the body's lines, top to bottom, each its text in drawing order
   */
  public record Page(boolean runningHead, List<String> body) {}

  /**
   * {@return every page of {@code pdf}}, for a page layout with margins {@code top} and {@code bottom} (points): a
   * line whose baseline is higher than {@code top} is a running head, one lower than 0.6 of {@code bottom} a footer
   */
  public static List<Page> read(byte[] pdf, float top, float bottom) throws IOException {
    List<Page> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        float height = doc.getPage(p - 1).getMediaBox().getHeight();
        Map<Float, StringBuilder> lines = new TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            if (text.isBlank()) return;
            float y = Math.round(positions.get(0).getYDirAdj() * 2) / 2f;
            lines.computeIfAbsent(y, k -> new StringBuilder()).append(text.strip()).append(' ');
          }
        };
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        stripper.getText(doc);
        boolean head = false;
        List<String> body = new ArrayList<>();
        for (Map.Entry<Float, StringBuilder> e : lines.entrySet()) {
          if (e.getKey() < top) {
            head = true;
          } else if (e.getKey() <= height - bottom * 0.6f) {
            body.add(e.getValue().toString().strip());
          }
        }
        out.add(new Page(head, body));
      }
    }
    return out;
  }

  /**
   * An article as the pages show it: from a page without a running head up to the next such page.
   *
   * @param first its first page, from 1
   * @param pages how many pages it takes
   * @param lastLines the body lines on its last page
   */
  public record Article(int first, int pages, int lastLines) {}

  /** {@return the articles of a document whose articles each start on a page without a running head} */
  public static List<Article> articles(List<Page> pages) {
    List<Article> out = new ArrayList<>();
    int start = 0;
    for (int p = 1; p <= pages.size(); p++) {
      if (p == pages.size() || !pages.get(p).runningHead()) {
        out.add(new Article(start + 1, p - start, pages.get(p - 1).body().size()));
        start = p;
      }
    }
    return out;
  }
}
