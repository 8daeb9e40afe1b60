package org.offprint.write.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.HyphenationEvent;

/**
 * Lets OpenPDF break a word at the end of a line at a point the {@link Hyphenator} allows. OpenPDF asks for the
 * part before the break, then for the part after it, so one instance keeps that remainder between the two calls:
 * use one instance per rendering, on one thread.
 */
final class LiangHyphenation implements HyphenationEvent {
  private final Hyphenator hyphenator;
  private String post = "";

  LiangHyphenation(Hyphenator hyphenator) {
    this.hyphenator = hyphenator;
  }

  @Override
  public String getHyphenSymbol() {
    return "-";
  }

  @Override
  public String getHyphenatedWordPre(String word, BaseFont font, float fontSize, float remainingWidth) {
    post = word;
    float hyphenWidth = font.getWidthPoint("-", fontSize);
    if (hyphenWidth > remainingWidth || word.isEmpty()) return "";
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) return ""; // OpenPDF passes a run of letters; be safe anyway
    }
    boolean[] points = hyphenator.points(word);
    for (int k = word.length() - 1; k > 0; k--) {
      if (!points[k]) continue;
      String pre = word.substring(0, k);
      if (font.getWidthPoint(pre, fontSize) + hyphenWidth <= remainingWidth) {
        post = word.substring(k);
        return pre + "-";
      }
    }
    return "";
  }

  @Override
  public String getHyphenatedWordPost() {
    return post;
  }
}
