package org.offprint.write.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DialectTest {
  @Test
  void anEpubChapterTypesItsNotesAndLeavesTheLanguageToItsHtmlElement() {
    assertEquals("noteref", Dialect.EPUB.epubType("noteref"));
    assertEquals("footnote", Dialect.EPUB.epubType("footnote"));
    assertNull(Dialect.EPUB.articleLanguage("de"));
  }

  @Test
  void anHtmlPageHasNoEpubVocabularyAndEachArticleNamesItsLanguage() {
    assertNull(Dialect.HTML.epubType("noteref"));
    assertEquals("de", Dialect.HTML.articleLanguage("de"));
    assertNull(Dialect.HTML.articleLanguage(""));
  }
}
