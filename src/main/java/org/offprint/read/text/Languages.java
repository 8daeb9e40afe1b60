package org.offprint.read.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Guesses a text's language from its script and, for Latin script, its commonest function words. */
final class Languages {
  private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "is", "that", "with", "was", "for"),
      "de", Set.of("der", "die", "und", "das", "nicht", "ist", "mit", "den", "ein", "eine"),
      "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "pour", "pas"),
      "es", Set.of("el", "los", "las", "y", "que", "del", "una", "por", "con", "para"),
      "it", Set.of("il", "che", "di", "non", "una", "per", "gli", "sono", "della", "con"),
      "pt", Set.of("o", "os", "que", "não", "uma", "com", "para", "do", "da", "em"));

  private Languages() {}

  /** {@return a BCP 47 language tag, or {@code ""} when unsure} */
  static String guess(String text) {
    int letters = 0;
    int cyrillic = 0;
    int greek = 0;
    int ukrainian = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) continue;
      letters++;
      Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
      if (b == Character.UnicodeBlock.CYRILLIC) {
        cyrillic++;
        if ("іїєґІЇЄҐ".indexOf(c) >= 0) ukrainian++;
      } else if (b == Character.UnicodeBlock.GREEK) {
        greek++;
      }
    }
    if (letters == 0) return "";
    if (cyrillic * 2 > letters) return ukrainian * 200 > cyrillic ? "uk" : "ru";
    if (greek * 2 > letters) return "el";
    String best = "";
    int bestHits = 0;
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    for (Map.Entry<String, Set<String>> e : FUNCTION_WORDS.entrySet()) {
      int hits = 0;
      for (String w : words) if (e.getValue().contains(w)) hits++;
      if (hits > bestHits) {
        bestHits = hits;
        best = e.getKey();
      }
    }
    return bestHits >= 5 && bestHits * 20 >= words.length ? best : "";
  }
}
