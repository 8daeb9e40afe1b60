package org.offprint.read.html.mapping;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the real source of an image: the widest {@code srcset} candidate, lazy-loader attributes
 * ({@code data-src}, {@code data-srcset}, {@code data-original}, ...), a {@code <picture>}'s sources, and a plain
 * {@code src} unless it is a placeholder.
 */
public final class ImageSources {
  private ImageSources() {}

  // compiled once: String.split compiles its pattern on every call, and this runs per image
  /** Candidates are separated by commas followed by whitespace; URLs may themselves hold commas. */
  private static final Pattern CANDIDATES = Pattern.compile(",\\s+|,(?=\\S+\\s+\\d)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
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
    for (String candidate : CANDIDATES.split(srcset.trim())) {
      String[] parts = SPACES.split(candidate.trim());
      if (parts.length == 0 || parts[0].isEmpty() || isPlaceholder(parts[0])) continue;
      double size = 1;
      if (parts.length > 1) {
        String d = parts[1].toLowerCase(Locale.ROOT);
        try {
          size = Double.parseDouble(d.substring(0, d.length() - 1));
          if (d.endsWith("x")) size *= 1000; // densities rank above unknown widths of a 1000px image
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
          size = 1;
        }
      }
      if (size > bestSize) {
        bestSize = size;
        best = parts[0];
      }
    }
    return best;
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
