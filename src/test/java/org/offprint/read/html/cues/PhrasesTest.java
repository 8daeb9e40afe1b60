package org.offprint.read.html.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhrasesTest {
  @Test
  void teaserPhrasesAreRecognisedInSeveralLanguages() {
    for (String label : new String[] {"Related stories", "You may also like", "Leia também", "Читайте также",
        "関連記事", "More Great WIRED Stories", "Zum Weiterlesen:", "Lesen Sie auch die folgenden Beiträge:",
        "Auch auf gofeminin.de", "Also on coast-news.com", "Dieses Skript als PDF herunterladen", "Download PDF",
        "Vorschau auf den nächsten Artikel", "Next article"}) {
      assertTrue(Phrases.TEASER_LABEL.matcher(label).matches(), label);
    }
    for (String text : new String[] {"The related question of taxes", "Lesen Sie auch die Kommentare der Leser",
        "Auch auf der Insel gibt es Fähren", "Also on Monday the quay reopened."}) {
      assertFalse(Phrases.TEASER_LABEL.matcher(text).matches(), text);
    }
  }

  @Test
  void wordTestsFoldCaseAsThePatternsDo() {
    assertEquals("inbox", Phrases.fold("\u0130NBOX")); // dotted capital I, which toLowerCase makes two chars
    assertEquals("subscribe", Phrases.fold("\u017Fubscribe")); // long s
    assertTrue(Phrases.isPrompt("\u0130nbox full? Subscribe here"));
  }

  @Test
  void promptsAndFilingLinesAreFoundAsBefore() {
    for (String prompt : new String[] {"Follow Jane on Twitter", "Subscribe to our newsletter", "3 comments",
        "Get the NYT app", "12 issues for £11.99", "Unterstützen Sie uns", "Weitere Infos unter www.example.de."}) {
      assertTrue(Phrases.isPrompt(prompt), prompt);
    }
    assertFalse(Phrases.isPrompt("The council met on Monday."));
    assertTrue(Phrases.isFilingLine("This entry was posted in News. Bookmark the permalink."));
    assertFalse(Phrases.isFilingLine("The entry fee was posted to members."));
  }

  @Test
  void aRecipesTimesAreDurationsAndABylinesAgeAndReadingTimeAreNot() {
    assertTrue(Phrases.hasDurations("Prep 15 min · Cook 1 hr · Serves 4"));
    assertTrue(Phrases.hasDurations("Arbeitszeit ca. 30 Minuten · Gesamtzeit ca. 1 Stunde 50 Minuten"));
    assertTrue(Phrases.hasDurations("Prep 10 mins · Cook 20 mins · Big flavor bowls")); // "vor" inside a word
    assertFalse(Phrases.hasDurations("Anna Berg · 2 hours ago · 5 min read"));
    assertFalse(Phrases.hasDurations("Anna Berg, vor 3 Stunden, 20 Minuten Lesezeit"));
    assertFalse(Phrases.hasDurations("Cook 45 min")); // one duration is no list of times
  }
}
