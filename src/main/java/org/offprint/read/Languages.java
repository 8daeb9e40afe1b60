package org.offprint.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses a text's language when the input does not say (every reader uses it): the script first (kana means Japanese, Hangul Korean,
 * Han alone Chinese, Arabic, Hebrew, Greek, Thai), then, among the Latin and Cyrillic languages, the one whose
 * most frequent short words occur most often.
 */
public final class Languages {
  private Languages() {}

  /** The languages told apart by their stopwords, in the order of their codes: a tie goes to the first. */
  private static final String[] STOPWORD_LANGUAGES = {"de", "en", "es", "fr", "it", "nl", "pl", "pt", "ru", "sv",
      "tr", "uk"};
  /** Word to the languages it is a stopword of, as indexes into {@link #STOPWORD_LANGUAGES}. */
  private static final Map<String, int[]> BY_WORD = new HashMap<>();

  static {
    add("en", "the of and to in is that for it was on with as are by this be at from have not but or an which"
        + " his they you he has had were their been more will would can its about who one there said");
    add("de", "der die und das ist nicht den von zu mit sich des auf für dem ein eine als auch es an werden aus"
        + " er hat dass sie nach wird bei einer um noch wie einem über einen so zum war haben nur oder aber");
    add("fr", "le la les de des et est un une du en que qui dans pour pas sur au par ce il elle sont avec plus"
        + " se ne ou mais aux été cette son ses leur nous vous ont comme tout");
    add("es", "el la los las de del y que en un una es por con para no se su al lo como más pero sus le ya o"
        + " fue este ha sí porque esta entre cuando muy sin sobre también");
    add("it", "il lo la gli le di del della che e è un una per non con sono da dei nel alla come più ma si anche"
        + " questo ha delle sul al nella degli tra");
    add("pt", "o a os as de do da dos das e que em um uma é para com não por mais se na no ao foi como mas seu"
        + " sua ou ser pelo pela também isso está");
    add("nl", "de het een en van in is dat op te zijn voor met niet die aan er ook als bij door naar maar om"
        + " wordt hij ze dan nog wel heeft worden");
    add("pl", "i w na z że się do nie to jest o jak co po ale jego od przez za dla tak jej są już może tym"
        + " czy oraz było także być");
    add("sv", "och att det som en på är av för med till den har de inte om ett men var jag sig från så kan");
    add("ru", "и в не на что с по это как к из у за от для но так же он она они мы вы был было были его её"
        + " их который которые также или уже только если бы");
    add("uk", "і в не на що з по це як до із у за від для але так же він вона вони ми ви був було були його"
        + " її їх який які також або вже тільки якщо та");
    add("tr", "ve bir bu da de için ile olarak çok daha en gibi ama olan sonra kadar");
  }

  /** The length of the longest stopword, in chars: a longer word is none. */
  private static final int LONGEST_STOPWORD =
      BY_WORD.keySet().stream().mapToInt(String::length).max().orElse(0);

  private static void add(String lang, String words) {
    int index = java.util.Arrays.asList(STOPWORD_LANGUAGES).indexOf(lang);
    for (String w : words.split(" ")) {
      int[] langs = BY_WORD.getOrDefault(w, new int[0]);
      int[] more = java.util.Arrays.copyOf(langs, langs.length + 1);
      more[langs.length] = index;
      BY_WORD.put(w, more);
    }
  }

  private static boolean isCyrillic(int language) {
    return STOPWORD_LANGUAGES[language].equals("ru") || STOPWORD_LANGUAGES[language].equals("uk");
  }

  /**
   * {@return whether {@code c} is a letter ({@link Character#isLetter}), answered for ASCII without the Unicode
   * tables}: nearly every character of a Latin-script text is ASCII
   */
  private static boolean isLetter(int c) {
    return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  /** How many characters of a text {@link #detect} reads, from its start: a caller may pass no more. */
  public static final int SAMPLE_LENGTH = 20_000;

  /** {@return an ISO 639-1 code, or "" when the text is too short or unclear} */
  public static String detect(String text) {
    int kana = 0, hangul = 0, han = 0, cyr = 0, latin = 0, arabic = 0, hebrew = 0, greek = 0, thai = 0;
    int n = Math.min(text.length(), SAMPLE_LENGTH);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (isLetter(c)) latin++;
      } else if (c >= 0x3040 && c <= 0x30FF) kana++;
      else if (c >= 0xAC00 && c <= 0xD7A3) hangul++;
      else if (c >= 0x4E00 && c <= 0x9FFF) han++;
      else if (c >= 0x400 && c <= 0x4FF) cyr++;
      else if (c >= 0x600 && c <= 0x6FF) arabic++;
      else if (c >= 0x590 && c <= 0x5FF) hebrew++;
      else if (c >= 0x370 && c <= 0x3FF) greek++;
      else if (c >= 0xE00 && c <= 0xE7F) thai++;
      else if (Character.isLetter(c)) latin++;
    }
    // a few kana among ideographs already make a Japanese text; Chinese uses none
    if (kana > 20 && kana * 10 > han) return "ja";
    int cjk = kana + hangul + han;
    int total = cjk + cyr + latin + arabic + hebrew + greek + thai;
    if (total < 20) return "";
    if (hangul * 2 > cjk && cjk * 3 > total) return "ko";
    if (han > 20 && cjk * 3 > total) return kana > 5 ? "ja" : "zh";
    if (arabic * 2 > total) return "ar";
    if (hebrew * 2 > total) return "he";
    if (greek * 2 > total) return "el";
    if (thai * 2 > total) return "th";
    return byStopwords(text.substring(0, n), cyr * 2 > total);
  }

  /** {@return the runs of letters and apostrophes in {@code text}}, as a split at {@code [^\\p{L}']+} gives them */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean inWord = cp == '\'' || Character.isLetter(cp);
      if (inWord && start < 0) start = i;
      if (!inWord && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) out.add(text.substring(start));
    return out;
  }

  /** Counts the word {@code text[start, end)} for each language of the script it is a stopword of. */
  private static void tally(String text, int start, int end, boolean cyrillic, int[] counts) {
    if (end - start > LONGEST_STOPWORD) return;
    int[] langs = BY_WORD.get(text.substring(start, end));
    if (langs == null) return;
    for (int lang : langs) {
      if (isCyrillic(lang) == cyrillic) counts[lang]++;
    }
  }

  private static String byStopwords(String text, boolean cyrillic) {
    int[] counts = new int[STOPWORD_LANGUAGES.length];
    int words = 0;
    // the runs that words() gives, walked without a list of them: only those short enough to be a stopword are
    // copied to be looked up
    String lower = text.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      boolean inWord = cp == '\'' || isLetter(cp);
      if (inWord && start < 0) start = i;
      if (!inWord && start >= 0) {
        words++;
        tally(lower, start, i, cyrillic, counts);
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      words++;
      tally(lower, start, lower.length(), cyrillic, counts);
    }
    if (cyrillic) {
      // Ukrainian letters settle it where the short words are shared
      int uk = 0, ru = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if ("іїєґІЇЄҐ".indexOf(c) >= 0) uk++;
        if ("ыэъёЫЭЪЁ".indexOf(c) >= 0) ru++;
      }
      if (uk + ru > 3) return uk > ru ? "uk" : "ru";
    }
    String best = "";
    int bestCount = 0;
    for (int lang = 0; lang < counts.length; lang++) { // in the order of the codes: a tie goes to the first
      if (counts[lang] > bestCount) {
        best = STOPWORD_LANGUAGES[lang];
        bestCount = counts[lang];
      }
    }
    return bestCount >= 2 && bestCount * 10 >= words ? best : "";
  }
}
