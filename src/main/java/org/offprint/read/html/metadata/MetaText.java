package org.offprint.read.html.metadata;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeFilter;
import org.offprint.read.html.dom.Walk;

/**
 * Text of small elements without the cost of big ones: metadata cues (bylines, datelines) live in short
 * elements, and asking every wrapper {@code div} for its whole text would make a page's scan quadratic.
 */
public final class MetaText {
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
    Walk.filter(new NodeFilter() {
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
    }, e);
    if (tooLong[0]) return null;
    String s = collapse(sb);
    return s.length() > max ? null : s;
  }

  /**
   * {@return {@code s} with NBSP made a space, every run of {@code \s} (space, tab, line breaks, form feed,
   * vertical tab) made one space, and trimmed}: what {@code s.replace('\u00a0', ' ')}, a {@code \s+} pattern's
   * {@code replaceAll(" ")} and {@code trim()} give, in one pass without the copies (shortText runs per element)
   */
  static String collapse(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\u00a0' || c >= '\t' && c <= '\r') {
        gap = true;
        continue;
      }
      if (gap) {
        out.append(' ');
        gap = false;
      }
      out.append(c);
    }
    if (gap) out.append(' ');
    return out.toString().trim();
  }

  /**
   * {@return the start of {@code e.text()}, at least its first {@code max} characters (all of it when shorter)}, for
   * readers that look no further, such as the language guess: the walk stops once they are known instead of
   * building the text of a whole article. The text is built by jsoup's own rules ({@code Element.text()} in jsoup
   * 1.24), which {@code MetaTextTest} holds it to.
   */
  public static String leadingText(Element e, int max) {
    StringBuilder sb = new StringBuilder();
    int[] lead = {-1}; // index of the first character that trim() keeps, once there is one
    int[] end = {-1}; // index after the last such character, once the text is long enough to stop
    Walk.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String text = t.getWholeText();
          if (preservesWhitespace(t.parent()) || t instanceof CDataNode) {
            sb.append(text);
          } else {
            StringUtil.appendNormalisedWhitespace(sb, text, lastIsSpace(sb));
          }
          return enough() ? FilterResult.STOP : FilterResult.CONTINUE;
        }
        if (node instanceof Element el && sb.length() > 0 && leadingSeparator(el) && !lastIsSpace(sb)) {
          sb.append(' ');
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element el) {
          Node next = node.nextSibling();
          if (trailingSeparator(el) && (next instanceof TextNode || next instanceof Element n && n.tag().isInline())
              && !lastIsSpace(sb)) {
            sb.append(' ');
          }
        }
        return FilterResult.CONTINUE;
      }

      private boolean enough() {
        if (lead[0] < 0) {
          for (int i = 0; i < sb.length() && lead[0] < 0; i++) if (sb.charAt(i) > ' ') lead[0] = i;
          if (lead[0] < 0) return false;
        }
        if (sb.length() - lead[0] < max) return false;
        int last = sb.length();
        while (last > lead[0] && sb.charAt(last - 1) <= ' ') last--;
        if (last - lead[0] < max) return false;
        end[0] = last;
        return true;
      }
    }, e);
    return end[0] >= 0 ? sb.substring(lead[0], end[0]) : sb.toString().trim();
  }

  private static boolean lastIsSpace(StringBuilder sb) {
    return sb.length() != 0 && sb.charAt(sb.length() - 1) == ' ';
  }

  private static boolean preservesWhitespace(Element e) {
    for (int i = 0; e != null && i < 6; i++, e = e.parent()) {
      if (e.tag().preserveWhitespace()) return true;
    }
    return false;
  }

  private static boolean leadingSeparator(Element e) {
    return e.isBlock() || e.nameIs("br")
        || e.tag().is(Tag.TextBoundary) && e.childNodeSize() > 0 && e.hasText();
  }

  private static boolean trailingSeparator(Element e) {
    if (e.tag().is(Tag.TextBoundary) || !e.tag().isInline()) return true;
    for (int i = 0; i < e.childNodeSize(); i++) {
      if (e.childNode(i) instanceof Element c && c.isBlock()) return true;
    }
    return false;
  }
}
