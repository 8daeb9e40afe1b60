package org.offprint.read.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Text of small elements without the cost of big ones: metadata cues (bylines, datelines) live in short
 * elements, and asking every wrapper {@code div} for its whole text would make a page's scan quadratic.
 */
final class MetaText {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private MetaText() {}

  /**
   * {@return whether {@code s} holds one of the lower-case {@code words}, ignoring case}: as an alternation of
   * literals under {@code (?i)} would say, several times faster on the class names of every element of a page
   * (a class name that is lower case already is not copied, and {@code contains} is vectorised)
   */
  static boolean containsAny(String s, String... words) {
    String l = s.toLowerCase(java.util.Locale.ROOT);
    for (String w : words) {
      if (l.contains(w)) return true;
    }
    return false;
  }

  /**
   * {@return the element's normalised text, or {@code null} as soon as it passes {@code max} characters or holds
   * more than {@code 60 + max / 10} nodes}
   */
  static String shortText(Element e, int max) {
    StringBuilder sb = new StringBuilder();
    boolean[] tooLong = {false};
    int[] nodes = {0};
    e.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        // a short text in a huge subtree (deep nesting) is no byline either, and counting stops the scan early
        if (++nodes[0] > 60 + max / 10) {
          tooLong[0] = true;
          return FilterResult.STOP;
        }
        if (node instanceof TextNode t) {
          sb.append(t.getWholeText()).append(' ');
          if (sb.length() > max * 3 + 200) { // raw text still holds the markup's indentation
            tooLong[0] = true;
            return FilterResult.STOP;
          }
        } else if (node instanceof Element el && (el.tagName().equals("script") || el.tagName().equals("style"))) {
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }
    });
    if (tooLong[0]) return null;
    String s = SPACES.matcher(sb.toString().replace('\u00a0', ' ')).replaceAll(" ").trim();
    return s.length() > max ? null : s;
  }
}
