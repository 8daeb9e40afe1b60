package org.offprint.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Metadata;

class TitleTextTest {
  private static final TitleText STEP = new TitleText();

  private static Metadata after(String title, String subtitle) {
    Document d = Document.of(Metadata.builder().title(title).subtitle(subtitle).site(" Site ").build(), List.of());
    return STEP.apply(d, "t", Diagnostics.IGNORE).metadata();
  }

  @Test
  void titleAndSubtitleComeOnOneLineTrimmed() {
    Metadata m = after("\n  The tide\r\n\ttables  ", " A  guide\nfor sailors ");
    assertEquals("The tide tables", m.title());
    assertEquals("A guide for sailors", m.subtitle());
    assertEquals(" Site ", m.site(), "only the title and the subtitle");
  }

  @Test
  void aTitleOfSpacesIsEmpty() {
    assertEquals("", after(" \t\n ", "").title());
  }

  @Test
  void aNoBreakSpaceInsideStaysAndCleanMetadataIsLeftAlone() {
    assertEquals("10\u00a0km walk", after("10\u00a0km walk", "").title());
    Document clean = Document.of(Metadata.builder().title("T").subtitle("S").build(), List.of());
    assertSame(clean, STEP.apply(clean, "t", Diagnostics.IGNORE));
  }

  @Test
  void oneLineGivesWhatThePatternGivesWithOrWithoutASpaceRun() {
    for (String s : List.of("Plain title", " Lead and trail ", "Two  spaces", "Tab\there", "Form\u000bfeed\f",
        "a \r\n b", "", " ", "\u2003Em space\u2003", "end ")) {
      assertEquals(java.util.regex.Pattern.compile("\\s+").matcher(s).replaceAll(" ").strip(), TitleText.oneLine(s), s);
    }
    String plain = "Plain title";
    assertSame(plain, TitleText.oneLine(plain)); // no copy
  }
}
