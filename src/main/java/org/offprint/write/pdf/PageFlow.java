package org.offprint.write.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;

/**
 * The running page flow of one rendering: adds elements in reading order, breaks the page before a heading that
 * would be left alone at its foot, and says how much room is left. Not thread-safe.
 */
final class PageFlow {
  private final com.lowagie.text.Document pdf;
  private final com.lowagie.text.pdf.PdfWriter writer;
  private final Typography typo;

  PageFlow(com.lowagie.text.Document pdf, com.lowagie.text.pdf.PdfWriter writer, Typography typo) {
    this.pdf = pdf;
    this.writer = writer;
    this.typo = typo;
  }

  /** Adds an element as it is (tables, and paragraphs already placed in one). */
  void add(Element e) {
    pdf.add(e);
  }

  /** {@return the height left between the current position and the bottom margin} */
  float room() {
    return writer.getVerticalPosition(false) - pdf.bottom();
  }

  /**
   * OpenPDF has no keep-with-next: start a new page when a heading and the first lines after it would not fit
   * in what is left of this one.
   */
  void keepWithNext(float heading) {
    needRoom(heading + 3 * typo.leading);
  }

  /**
   * Avoids an orphan: a paragraph of several lines starts on the next page rather than leave its first line
   * alone at the foot of this one.
   */
  void keepFirstLines(float spacingBefore) {
    needRoom(spacingBefore + 2 * typo.leading + 1);
  }

  private void needRoom(float need) {
    float y = writer.getVerticalPosition(false);
    if (y - pdf.bottom() < need && y < pdf.top() - typo.leading) pdf.newPage();
  }

  /** An empty page still needs one line, set in the theme's font rather than OpenPDF's default (T7). */
  Paragraph blank(FontSet fonts) throws IOException {
    return new Paragraph("\u00a0", new com.lowagie.text.Font(fonts.face(FontSet.Role.BODY, false, false), typo.base));
  }

  /**
   * Adds an element to the page flow. Paragraphs go in a borderless one-cell table, like every other block:
   * OpenPDF writes tables after the page's plain text, so mixing the two would scramble the reading order
   * that text extraction, copying and screen readers follow.
   */
  void place(Element e) {
    if (!(e instanceof Paragraph p)) {
      pdf.add(e);
      return;
    }
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    t.setSplitLate(false);
    t.setSplitRows(true);
    t.setSpacingBefore(p.getSpacingBefore());
    t.setSpacingAfter(p.getSpacingAfter());
    p.setSpacingBefore(0);
    p.setSpacingAfter(0);
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(0);
    Direction.apply(c, p.getContent(), p);
    c.addElement(p);
    t.addCell(c);
    pdf.add(t);
  }
}
