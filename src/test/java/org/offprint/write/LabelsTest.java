package org.offprint.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The words offprint writes into a book, in the book's language. */
class LabelsTest {
  @Test
  void elevenLanguagesHaveEveryLabel() {
    assertEquals(List.of("en", "ru", "de", "fr", "es", "it", "pt", "pl", "uk", "nl", "be"), Labels.languages());
    for (String lang : Labels.languages()) {
      for (Labels.Key k : Labels.Key.values()) assertFalse(Labels.of(lang).get(k).isBlank(), lang + " " + k);
    }
  }

  @Test
  void everyLanguageButEnglishHasItsOwnWordsForContentsAndNotes() {
    Set<String> contents = new HashSet<>();
    for (String lang : Labels.languages()) contents.add(Labels.of(lang).get(Labels.Key.CONTENTS));
    assertEquals(Labels.languages().size() - 1, contents.size(), "all differ but Spanish and Portuguese Índice");
    assertEquals("Содержание", Labels.of("ru").get(Labels.Key.CONTENTS));
    assertEquals("Ориентиры", Labels.of("ru").get(Labels.Key.LANDMARKS));
    assertEquals("Anmerkungen", Labels.of("de").get(Labels.Key.NOTES));
    assertEquals("Zurück zum Text", Labels.of("de").get(Labels.Key.BACK));
    assertEquals("Źródła", Labels.of("pl").get(Labels.Key.SOURCES));
  }

  @Test
  void regionsAndUnderscoresFindTheirLanguage() {
    assertEquals("pt", Labels.of("pt-BR").language());
    assertEquals("de", Labels.of("de_AT").language());
    assertEquals("Зміст", Labels.of("uk-UA").get(Labels.Key.CONTENTS));
  }

  @Test
  void otherUnknownOrMalformedLanguagesGetEnglish() {
    for (String tag : List.of("ja", "", "und", "not a tag!", "zz")) {
      assertEquals("en", Labels.of(tag).language(), tag);
      assertEquals("Contents", Labels.of(tag).get(Labels.Key.CONTENTS));
    }
  }

  @Test
  void articleCountsReadRightForAnyNumber() {
    assertEquals("One article", Labels.of("en").articles(1));
    assertEquals("4 articles", Labels.of("en").articles(4));
    assertEquals("Статей: 4", Labels.of("ru").articles(4), "no plural form to get wrong");
    assertEquals("Статей: 21", Labels.of("ru").articles(21));
    assertEquals("Ein Artikel", Labels.of("de").articles(1));
    assertEquals("7 Artikel", Labels.of("de").articles(7));
  }
}
