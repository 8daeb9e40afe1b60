package org.offprint.write;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The words offprint itself writes into a book (the contents heading, landmarks, notes, sources, "back to
 * text", the title page's article count) in the book's language: English, Russian, German, French, Spanish,
 * Italian, Portuguese, Polish, Ukrainian, Dutch and Belarusian, and English for any other language. The words live in one
 * table, {@code labels.tsv} beside this class, so a translator edits one file. Immutable and thread-safe.
 *
 * <pre>{@code
 * Labels.of("ru").get(Labels.Key.CONTENTS);   // "Содержание"
 * Labels.of("de").articles(4);                // "4 Artikel"
 * }</pre>
 */
public final class Labels {
  /** A label of the table; each name is the row's key in lower case, with {@code -} for {@code _}. */
  public enum Key {
    CONTENTS, LANDMARKS, COVER, TITLEPAGE, BODYMATTER, NOTES, BACK, SOURCES, OTHER_SOURCES, COLLECTED, ONE_ARTICLE,
    ARTICLES, LINKS;

    String row() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private static final Map<String, Map<String, String>> TABLE = load();
  private static final Labels ENGLISH = new Labels("en");

  private final String language;
  private final Map<String, String> words;

  private Labels(String language) {
    this.language = language;
    this.words = TABLE.get(language);
  }

  /**
   * {@return the labels for a BCP 47 tag ({@code ru}, {@code pt-BR}, {@code de_AT}); English for a language the
   * table lacks, and for a blank or malformed tag}
   */
  public static Labels of(String languageTag) {
    Objects.requireNonNull(languageTag, "languageTag");
    String lang = Locale.forLanguageTag(languageTag.strip().replace('_', '-')).getLanguage();
    return TABLE.containsKey(lang) && !lang.equals("en") ? new Labels(lang) : ENGLISH;
  }

  /** {@return the languages the table has, English first} */
  public static List<String> languages() {
    return List.of("en", "ru", "de", "fr", "es", "it", "pt", "pl", "uk", "nl", "be").stream()
        .filter(TABLE::containsKey).toList();
  }

  /** {@return the language of these words: a two-letter code, {@code en} when the book's was not in the table} */
  public String language() {
    return language;
  }

  /** {@return the label in this language} */
  public String get(Key key) {
    return words.get(key.row());
  }

  /** {@return how many articles a book holds, as a title page says it: "One article", "4 articles"} */
  public String articles(int count) {
    return count == 1 ? get(Key.ONE_ARTICLE) : get(Key.ARTICLES).replace("{n}", Integer.toString(count));
  }

  private static Map<String, Map<String, String>> load() {
    try (InputStream in = Labels.class.getResourceAsStream("labels.tsv")) {
      if (in == null) throw new IllegalStateException("labels.tsv is missing from the classpath");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String[] languages = null;
      Map<String, Map<String, String>> table = new HashMap<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cells = line.split("\t", -1);
        if (languages == null) {
          languages = cells;
          for (int i = 1; i < cells.length; i++) table.put(cells[i], new HashMap<>());
          continue;
        }
        if (cells.length != languages.length) {
          throw new IllegalStateException("labels.tsv: row '" + cells[0] + "' has " + cells.length + " cells, not "
              + languages.length);
        }
        for (int i = 1; i < cells.length; i++) table.get(languages[i]).put(cells[0], cells[i]);
      }
      for (Key k : Key.values()) {
        for (Map.Entry<String, Map<String, String>> e : table.entrySet()) {
          String w = e.getValue().get(k.row());
          if (w == null || w.isBlank()) throw new IllegalStateException("labels.tsv: no " + k.row() + " in " + e.getKey());
        }
      }
      Map<String, Map<String, String>> frozen = new HashMap<>();
      table.forEach((lang, words) -> frozen.put(lang, Map.copyOf(words)));
      return Map.copyOf(frozen);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read labels.tsv", e);
    }
  }
}
