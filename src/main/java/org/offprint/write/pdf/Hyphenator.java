package org.offprint.write.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds hyphenation points with Frank Liang's algorithm (as TeX and libhyphen do), from the unmodified
 * libhyphen pattern files shipped next to this class ({@code hyph_en_US.dic}, {@code hyph_ru_RU.dic}, with their
 * licences). Reading the files as they are, rather than converting them to OpenPDF's XML, keeps the LPPL-licensed
 * Russian patterns verbatim. Immutable and thread-safe.
 */
final class Hyphenator {
  /** Pattern files by primary language subtag; each file's first line names its charset. */
  private static final Map<String, String> FILES = Map.of("en", "hyph_en_US.dic", "ru", "hyph_ru_RU.dic");

  private static final Map<String, Hyphenator> LOADED = new ConcurrentHashMap<>();

  private final Map<String, byte[]> patterns;
  private final int maxPatternLength;
  private final int leftMin;
  private final int rightMin;
  private final Locale locale;

  private Hyphenator(Map<String, byte[]> patterns, int maxPatternLength, int leftMin, int rightMin, Locale locale) {
    this.patterns = patterns;
    this.maxPatternLength = maxPatternLength;
    this.leftMin = leftMin;
    this.rightMin = rightMin;
    this.locale = locale;
  }

  /** {@return the hyphenator for a BCP 47 language tag, if patterns ship for its language} */
  static Optional<Hyphenator> forLanguage(String languageTag) {
    String lang = Locale.forLanguageTag(languageTag).getLanguage();
    String file = FILES.get(lang);
    if (file == null) return Optional.empty();
    return Optional.of(LOADED.computeIfAbsent(lang, l -> load(file, Locale.forLanguageTag(l))));
  }

  private static Hyphenator load(String file, Locale locale) {
    byte[] bytes;
    try (InputStream in = Hyphenator.class.getResourceAsStream(file)) {
      if (in == null) throw new IllegalStateException("missing resource " + file);
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read hyphenation patterns " + file, e);
    }
    int eol = 0;
    while (eol < bytes.length && bytes[eol] != '\n') eol++;
    Charset cs = Charset.forName(new String(bytes, 0, eol, StandardCharsets.US_ASCII).trim());
    String text = new String(bytes, eol, bytes.length - eol, cs);
    Map<String, byte[]> map = new HashMap<>();
    int left = 2;
    int right = 2;
    int max = 0;
    for (String raw : text.split("\n")) {
      String line = raw.trim();
      if (line.isEmpty() || line.startsWith("%") || line.startsWith("#")) continue;
      if (line.startsWith("LEFTHYPHENMIN")) {
        left = Integer.parseInt(line.substring(13).trim());
        continue;
      }
      if (line.startsWith("RIGHTHYPHENMIN")) {
        right = Integer.parseInt(line.substring(14).trim());
        continue;
      }
      if (line.equals("NEXTLEVEL")) break; // compound-word levels are beyond what we need
      if (line.indexOf('/') >= 0 || Character.isUpperCase(line.charAt(0))) continue; // non-standard or keywords
      StringBuilder letters = new StringBuilder();
      byte[] values = new byte[line.length() + 1];
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c >= '0' && c <= '9') values[letters.length()] = (byte) (c - '0');
        else letters.append(c);
      }
      byte[] v = new byte[letters.length() + 1];
      System.arraycopy(values, 0, v, 0, v.length);
      map.put(letters.toString(), v);
      max = Math.max(max, letters.length());
    }
    return new Hyphenator(Map.copyOf(map), max, left, right, locale);
  }

  /**
   * {@return where {@code word} may break: {@code result[i]} is true when a hyphen may go before character
   * {@code i}} The word must be letters only.
   */
  boolean[] points(String word) {
    int n = word.length();
    boolean[] result = new boolean[n];
    if (n < leftMin + rightMin) return result;
    String w = "." + word.toLowerCase(locale) + ".";
    if (w.length() != n + 2) return result; // lower-casing changed the length (rare ligatures): leave it whole
    byte[] values = new byte[w.length() + 1];
    for (int start = 0; start < w.length(); start++) {
      int end = Math.min(w.length(), start + maxPatternLength);
      for (int stop = start + 1; stop <= end; stop++) {
        byte[] p = patterns.get(w.substring(start, stop));
        if (p == null) continue;
        for (int k = 0; k < p.length; k++) {
          if (p[k] > values[start + k]) values[start + k] = p[k];
        }
      }
    }
    for (int i = leftMin; i <= n - rightMin; i++) {
      // values[p] sits before w[p]; the break before word[i] sits before w[i + 1]
      result[i] = (values[i + 1] & 1) == 1;
    }
    return result;
  }

  /** {@return the word with {@code -} at every break, for tests and debugging} */
  String hyphenate(String word) {
    boolean[] p = points(word);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      if (p[i]) sb.append('-');
      sb.append(word.charAt(i));
    }
    return sb.toString();
  }
}
