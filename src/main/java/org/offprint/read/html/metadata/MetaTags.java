package org.offprint.read.html.metadata;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The page's {@code <meta>} values by lower-cased {@code name}, {@code property}, {@code itemprop} or
 * {@code http-equiv}, in document order. Prefixes are kept ({@code og:title}, {@code dc.creator}).
 */
final class MetaTags {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** The attributes that name a meta tag's value. */
  private static final String[] KEY_ATTRIBUTES = {"name", "property", "itemprop", "http-equiv"};
  private final Map<String, List<String>> values = new LinkedHashMap<>();

  /** {@return the values of {@code metas}, the page's {@code meta[content]} elements in document order} */
  static MetaTags of(List<Element> metas) {
    MetaTags t = new MetaTags();
    for (Element m : metas) {
      // some CMSs escape twice: "&amp;#8217;" arrives as "&#8217;" (a text without '&' has nothing to unescape,
      // and sets up no parser for it)
      String content = m.attr("content");
      if (content.indexOf('&') >= 0) content = Parser.unescapeEntities(content, true);
      content = content.replace('\u00a0', ' ').trim();
      if (content.isEmpty()) continue;
      for (String attr : KEY_ATTRIBUTES) {
        String key = m.attr(attr).trim().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) continue;
        // "property" may hold several space-separated names (RDFa); most hold one, and are not split
        for (String k : hasSpace(key) ? SPACES.split(key) : new String[] {key}) {
          t.values.computeIfAbsent(k, x -> new ArrayList<>()).add(content);
          // Dublin Core is written both dc.title and dc:title
          if (k.startsWith("dc:") || k.startsWith("dcterms:")) {
            t.values.computeIfAbsent(k.replace(':', '.'), x -> new ArrayList<>()).add(content);
          }
        }
      }
    }
    return t;
  }

  /** {@return whether {@code s} holds a character of {@code \s}} */
  private static boolean hasSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c >= '\t' && c <= '\r') return true;
    }
    return false;
  }

  /** {@return the first value for {@code key}, or ""} */
  String first(String key) {
    List<String> v = values.get(key);
    return v == null ? "" : v.get(0);
  }

  /** {@return the first non-empty value among {@code keys}, or ""} */
  String firstOf(String... keys) {
    for (String k : keys) {
      String v = first(k);
      if (!v.isEmpty()) return v;
    }
    return "";
  }

  /** {@return every value for {@code key}} */
  List<String> all(String key) {
    return values.getOrDefault(key, List.of());
  }

  /** {@return text for comparing: case, accents, punctuation and spacing ignored} */
  static String key(String s) {
    return isAscii(s) ? asciiKey(s) : unicodeKey(s);
  }

  /** {@return the key of any text}: accents stripped after a compatibility decomposition, then case and the rest */
  static String unicodeKey(String s) {
    String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    return NOT_ALNUM.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  /**
   * {@return the key of an ASCII text}, as {@link #key} makes it without the Unicode passes: ASCII has no accents
   * to strip, and its letters and digits are the only characters kept
   */
  static String asciiKey(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean upper = c >= 'A' && c <= 'Z';
      if (upper || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (gap && sb.length() > 0) sb.append(' ');
        gap = false;
        sb.append(upper ? (char) (c + ('a' - 'A')) : c);
      } else {
        gap = true;
      }
    }
    return sb.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) return false;
    }
    return true;
  }

  /** {@return whether two texts say the same thing, ignoring case, accents and punctuation} */
  static boolean same(String a, String b) {
    String ka = key(a);
    return !ka.isEmpty() && ka.equals(key(b));
  }
}
