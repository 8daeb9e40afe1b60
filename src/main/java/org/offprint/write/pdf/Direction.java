package org.offprint.write.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfWriter;
import java.text.Bidi;

/**
 * Right-to-left text. OpenPDF runs the Unicode bidirectional algorithm and shapes Arabic only inside table cells
 * and column text, never in the page's own text flow; every paragraph is set in a cell (see {@link PageFlow}), and
 * this gives the cell its direction from the text.
 */
final class Direction {
  private Direction() {}

  /**
   * Sets the cell's run direction when {@code text} needs the bidirectional algorithm: right to left when its
   * first strong character is, else left to right with embedded right-to-left runs. A right-to-left paragraph
   * that was left-aligned is aligned right.
   */
  static void apply(PdfPCell cell, String text, Paragraph paragraph) {
    char[] chars = text.toCharArray();
    if (!Bidi.requiresBidi(chars, 0, chars.length)) return;
    boolean ltr = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    cell.setRunDirection(ltr ? PdfWriter.RUN_DIRECTION_LTR : PdfWriter.RUN_DIRECTION_RTL);
    if (!ltr && paragraph != null && paragraph.getAlignment() == Element.ALIGN_LEFT) {
      paragraph.setAlignment(Element.ALIGN_RIGHT);
    }
  }
}
