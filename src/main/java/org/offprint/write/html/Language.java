package org.offprint.write.html;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/** Normalises a document's language to a well-formed BCP 47 tag and tells its writing direction. */
public final class Language {
  private static final Set<String> RTL =
      Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi", "ji");

  private Language() {}

  /**
   * {@return {@code raw} as a well-formed BCP 47 tag ({@code en_US} becomes {@code en-US}), or {@code fallback}
   * when it is blank or malformed}
   */
  public static String tag(String raw, String fallback) {
    String s = raw.strip().replace('_', '-');
    if (s.isEmpty()) return fallback;
    try {
      Locale l = new Locale.Builder().setLanguageTag(s).build();
      String t = l.toLanguageTag();
      return t.isEmpty() || t.equals("und") && !s.equalsIgnoreCase("und") ? fallback : t;
    } catch (IllformedLocaleException e) {
      return fallback;
    }
  }

  /** {@return whether text in this language is written right to left} */
  public static boolean rightToLeft(String tag) {
    Locale l = Locale.forLanguageTag(tag);
    if ("Arab".equals(l.getScript()) || "Hebr".equals(l.getScript())) return true;
    if ("Latn".equals(l.getScript()) || "Cyrl".equals(l.getScript())) return false;
    return RTL.contains(l.getLanguage());
  }

  /** {@return the locale to format dates in; English when the language is unknown} */
  static Locale locale(String tag) {
    Locale l = Locale.forLanguageTag(tag);
    return l.getLanguage().isEmpty() ? Locale.ENGLISH : l;
  }
}
