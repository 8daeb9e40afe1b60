package org.offprint.write.pdf;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where OpenPDF may break a line: where it breaks by default, except at a hyphen between two digits, so dates
 * (2026-02-09), ranges of numbers and ISBN-like codes stay on one line.
 */
final class LineBreaks extends DefaultSplitCharacter {
  static final LineBreaks INSTANCE = new LineBreaks();

  private LineBreaks() {}

  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    if (getCurrentCharacter(current, cc, ck) == '-' && current > start && current + 1 < end
        && Character.isDigit(getCurrentCharacter(current - 1, cc, ck))
        && Character.isDigit(getCurrentCharacter(current + 1, cc, ck))) {
      return false;
    }
    return super.isSplitCharacter(start, current, end, cc, ck);
  }
}
