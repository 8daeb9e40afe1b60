package org.offprint.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class HyphenatorTest {
  private static Hyphenator en() {
    return Hyphenator.forLanguage("en-GB").orElseThrow();
  }

  @Test
  void englishWordsBreakWhereTexBreaksThem() {
    assertEquals("hy-phen-ation", en().hyphenate("hyphenation"));
    assertEquals("in-ter-na-tion-al-iza-tion", en().hyphenate("internationalization"));
    assertEquals("Har-bour", en().hyphenate("Harbour"));
  }

  @Test
  void russianPatternsAreReadFromTheirKoi8File() {
    Hyphenator ru = Hyphenator.forLanguage("ru").orElseThrow();
    assertEquals("элек-три-фи-ка-ция", ru.hyphenate("электрификация"));
  }

  @Test
  void shortWordsAndUnknownLanguagesStayWhole() {
    assertEquals("sea", en().hyphenate("sea"));
    assertFalse(Hyphenator.forLanguage("xx").isPresent());
    assertFalse(Hyphenator.forLanguage("").isPresent());
  }

  @Test
  void theEventSplitsAtTheLastPointThatFits() throws IOException {
    BaseFont font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
    LiangHyphenation h = new LiangHyphenation(en());
    float upToPhen = font.getWidthPoint("hyphen-", 10);
    assertEquals("hyphen-", h.getHyphenatedWordPre("hyphenation", font, 10, upToPhen + 1));
    assertEquals("ation", h.getHyphenatedWordPost());
    assertEquals("", h.getHyphenatedWordPre("hyphenation", font, 10, 1));
    assertEquals("hyphenation", h.getHyphenatedWordPost());
    assertTrue(h.getHyphenSymbol().equals("-"));
  }
}
