package org.offprint.read.html.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Finds the real source of an image: the widest {@code srcset} candidate, lazy-loader attributes
 * ({@code data-src}, {@code data-srcset}, {@code data-original}, ...), a {@code <picture>}'s sources, and a plain
 * {@code src} unless it is a placeholder.
 */
public final class ImageSources {
  private ImageSources() {}

  private static final String[] SRCSET_ATTRS = {"srcset", "data-srcset", "data-lazy-srcset", "data-src-set"};
  private static final String[] LAZY_ATTRS = {
    "data-src", "data-lazy-src", "data-original", "data-orig-src", "data-hi-res-src", "data-full-src",
    "data-large-src", "data-url", "data-lazy", "lazy-src", "data-echo", "data-actualsrc", "data-img-src",
    "data-image", "data-native-src", "data-pagespeed-lazy-src", "original-src"
  };

  /**
   * {@return the best unresolved URL of {@code img}, or "" when it has none but a placeholder}; for a page saved
   * with its files ({@code besidePage}), a {@code src} in the page's folder beats remote {@code srcset},
   * {@code <picture>} and lazy-loader candidates, as browsers save the one image they show beside the page and
   * leave the other candidates pointing at the web. A placeholder's file (by its name, or an SVG standing in for
   * a photo) does not count
   */
  static String best(Element img, boolean besidePage) {
    String best = best(img);
    if (!besidePage || !isRemote(best)) return best;
    String src = img.attr("src").trim();
    if (!Urls.isPagePath(src) || isPlaceholder(src)) return best;
    boolean svg = src.toLowerCase(Locale.ROOT).endsWith(".svg");
    return svg && !best.toLowerCase(Locale.ROOT).contains(".svg") ? best : src;
  }

  private static boolean isRemote(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    return u.startsWith("http://") || u.startsWith("https://") || u.startsWith("//");
  }

  /** {@return the best unresolved URL of {@code img}, or "" when it has none but a placeholder} */
  public static String best(Element img) {
    for (String a : SRCSET_ATTRS) {
      String s = widest(img.attr(a));
      if (!s.isEmpty()) return s;
    }
    for (String a : LAZY_ATTRS) {
      String s = img.attr(a).trim();
      if (!s.isEmpty() && !isPlaceholder(s)) return s;
    }
    Element parent = img.parent();
    if (parent != null && parent.normalName().equals("picture")) {
      for (Element source : parent.getElementsByTag("source")) {
        for (String a : SRCSET_ATTRS) {
          String s = widest(source.attr(a));
          if (!s.isEmpty()) return s;
        }
      }
    }
    String src = img.attr("src").trim();
    return isPlaceholder(src) ? "" : src;
  }

  /** {@return the candidate of a {@code srcset} with the largest width or density, or ""} */
  static String widest(String srcset) {
    if (srcset.isBlank()) return "";
    String best = "";
    double bestSize = -1;
    for (String candidate : candidates(srcset.trim())) {
      String c = candidate.trim();
      int urlEnd = 0; // the URL, then the descriptor after the spaces: the first two words
      while (urlEnd < c.length() && !isSpace(c.charAt(urlEnd))) urlEnd++;
      String url = c.substring(0, urlEnd);
      if (url.isEmpty() || isPlaceholder(url)) continue;
      double size = 1;
      if (urlEnd < c.length()) {
        int from = urlEnd;
        while (isSpace(c.charAt(from))) from++; // c is trimmed: a word follows the spaces
        int to = from;
        while (to < c.length() && !isSpace(c.charAt(to))) to++;
        String d = c.substring(from, to).toLowerCase(Locale.ROOT);
        try {
          size = Double.parseDouble(d.substring(0, d.length() - 1));
          if (d.endsWith("x")) size *= 1000; // densities rank above unknown widths of a 1000px image
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
          size = 1;
        }
      }
      if (size > bestSize) {
        bestSize = size;
        best = url;
      }
    }
    return best;
  }

  /**
   * {@return the candidates of a srcset}: split at a comma followed by whitespace (which goes with it), or at a
   * comma followed by a word, whitespace and a digit (a URL and its descriptor), as the pattern
   * {@code ,\s+|,(?=\S+\s+\d)} splits; other commas belong to URLs. A loop from comma to comma: the pattern
   * tried both forms at every character of srcsets that run to kilobytes.
   */
  static List<String> candidates(String s) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = s.indexOf(','); i >= 0; i = s.indexOf(',', i + 1)) {
      int end = splitEnd(s, i);
      if (end < 0) continue;
      out.add(s.substring(start, i));
      start = end;
      i = end - 1;
    }
    if (out.isEmpty()) return List.of(s);
    out.add(s.substring(start));
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1); // as split drops them
    return out;
  }

  /** {@return where the separator that starts with the comma at {@code i} ends, or -1 when it is none} */
  private static int splitEnd(String s, int i) {
    int n = s.length();
    int j = i + 1;
    if (j < n && isSpace(s.charAt(j))) {
      while (j < n && isSpace(s.charAt(j))) j++;
      return j;
    }
    int k = j;
    while (k < n && !isSpace(s.charAt(k))) k++;
    if (k == j || k == n) return -1;
    while (k < n && isSpace(s.charAt(k))) k++;
    return k < n && s.charAt(k) >= '0' && s.charAt(k) <= '9' ? i + 1 : -1;
  }

  /** {@return whether {@code c} is whitespace as a pattern's {@code \s} reads it} */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** {@return whether {@code src} is a lazy loader's stand-in rather than the image} */
  static boolean isPlaceholder(String src) {
    if (src.isEmpty()) return true;
    String s = src.toLowerCase(Locale.ROOT);
    if (s.startsWith("data:")) return s.length() < 400 || s.startsWith("data:image/svg");
    return s.contains("placeholder") || s.contains("blank.gif") || s.contains("spacer.gif")
        || s.contains("pixel.gif") || s.contains("transparent.gif") || s.contains("lazy-load")
        || s.endsWith("/1x1.png") || s.endsWith("/1x1.gif") || s.contains("grey.gif") || s.contains("loading.gif");
  }
}
