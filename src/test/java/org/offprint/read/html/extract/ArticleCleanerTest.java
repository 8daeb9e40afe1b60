package org.offprint.read.html.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {
  @Test
  void headlinePunctuationIsTheClassThePatternHad() {
    Pattern reference = Pattern.compile("[\\p{Punct}\\s«»“”‘’]");
    for (char c = 0; c < 0xFFFF; c++) {
      assertEquals(reference.matcher(String.valueOf(c)).matches(), ArticleCleaner.isPunctuation(c), "U+" + (int) c);
    }
  }
}
