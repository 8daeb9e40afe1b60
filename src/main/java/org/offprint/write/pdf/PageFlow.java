package org.offprint.write.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
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
  private final MarkedContent tags;

  PageFlow(com.lowagie.text.Document pdf, com.lowagie.text.pdf.PdfWriter writer, Typography typo,
      MarkedContent tags) {
    this.pdf = pdf;
    this.writer = writer;
    this.typo = typo;
    this.tags = tags;
  }

  /** Adds a table as it is. */
  void add(PdfPTable t) {
    pdf.add(tags.topLevel(t));
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
   * Places a body paragraph so that no page ends with its first line alone (an orphan) or starts with its last
   * line alone (a widow). OpenPDF has neither control: we count the paragraph's lines by setting it in a
   * simulated column of the same width, then either start it on a new page, or break it one line early so that
   * two lines carry over, leaving a line of space at the foot of the page as TeX does.
   */
  void placeParagraph(Paragraph p, float width) {
    float leading = p.getTotalLeading();
    float room = room() - p.getSpacingBefore();
    if (room >= typo.textHeight() - typo.leading || room > leading * 60) {
      place(p); // top of a page, or far from its foot: nothing can go wrong
      return;
    }
    int lines = lines(p, width);
    int fit = (int) Math.floor((room + 0.01f) / leading);
    if (lines > fit) {
      if (fit <= 1 || lines <= 3) {
        pdf.newPage();
      } else if (lines - fit == 1) {
        // Break one line early: a line of empty padding under the text makes the page hold one line less, and a
        // negative space after it takes that line back where the paragraph ends on the next page.
        place(p, leading);
        return;
      }
    }
    place(p);
  }

  /** {@return how many lines the paragraph takes in a column of this width, set by OpenPDF itself} */
  private static int lines(Paragraph p, float width) {
    ColumnText ct = new ColumnText(null);
    ct.setSimpleColumn(0, 0, width, 1_000_000);
    ct.addElement(p);
    ct.go(true);
    return ct.getLinesWritten();
  }

  private void needRoom(float need) {
    float y = writer.getVerticalPosition(false);
    if (y - pdf.bottom() < need && y < pdf.top() - typo.leading) pdf.newPage();
  }

  /**
   * An empty page still needs one line, set in the theme's font rather than OpenPDF's default (T7); it is not
   * tagged, so it is an artifact.
   */
  Paragraph blank(FontSet fonts) throws IOException {
    return new Paragraph("\u00a0", new com.lowagie.text.Font(fonts.face(FontSet.Role.BODY, false, false), typo.base));
  }

  /**
   * Adds an element to the page flow. Paragraphs go in a borderless one-cell table, like every other block:
   * OpenPDF writes tables after the page's plain text, so mixing the two would scramble the reading order
   * that text extraction, copying and screen readers follow.
   */
  void place(Element e) {
    place(e, 0);
  }

  /** Places {@code e}; a paragraph keeps {@code foot} of room free below it where the page breaks it. */
  private void place(Element e, float foot) {
    if (!(e instanceof Paragraph p)) {
      pdf.add(e instanceof PdfPTable t ? tags.topLevel(t) : e);
      return;
    }
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    t.setSplitLate(false);
    t.setSplitRows(true);
    t.setSpacingBefore(p.getSpacingBefore());
    t.setSpacingAfter(p.getSpacingAfter() - foot);
    p.setSpacingBefore(0);
    p.setSpacingAfter(0);
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(0);
    c.setPaddingBottom(foot);
    Direction.apply(c, p.getContent(), p);
    tags.add(c, p);
    t.addCell(c);
    pdf.add(tags.topLevel(t));
  }
}
