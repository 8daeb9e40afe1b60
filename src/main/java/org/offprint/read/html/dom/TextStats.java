package org.offprint.read.html.dom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, computed bottom-up in one non-recursive pass: visible characters,
 * characters inside links, commas, paragraphs, and the text directly in the element (not in a block child).
 */
public final class TextStats {
  /** Measures of one element. */
  public static final class Stat {
    public int text;
    public int links;
    public int commas;
    public int paragraphs;
    public int paragraphText;
    public int images;
    public int listItems;
    public int headings;
    /** Characters in the element's own text nodes and inline children, not in block children. */
    public int inline;
    public int inlineCommas;
    public boolean hasBlockChild;

    public double linkDensity() {
      return text == 0 ? 0 : (double) links / text;
    }
  }

  public static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "details", "dd", "div", "dl", "dt", "fieldset", "figcaption",
      "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main",
      "nav", "ol", "p", "pre", "section", "table", "ul", "tr", "td", "th", "tbody", "thead", "tfoot", "caption",
      "center", "summary", "body", "html", "noscript", "picture", "menu", "dialog");

  private static final Stat EMPTY = new Stat();
  private final Map<Element, Stat> stats;
  /** The parents of the elements removed since the last {@link #refresh}. */
  private final List<Element> changed = new ArrayList<>();

  private TextStats(int expected) {
    stats = new IdentityHashMap<>(expected);
  }

  /** {@return the measures of {@code root} and every element below it} */
  public static TextStats of(Element root) {
    // sized from the root's descendants would cost a walk; a cleaned body has a few hundred elements, and the map
    // grows for the pages that have more (a map for 4096 was the largest allocation after the page's text)
    TextStats ts = new TextStats(root.parent() == null || root.normalName().equals("body") ? 1024 : 512);
    Walk.traverse(new NodeVisitor() {
      // the open elements' measures by depth: text nodes and closing elements find their parent's without a lookup
      private Stat[] open = new Stat[64];

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          Stat s = new Stat();
          ts.stats.put(e, s);
          if (depth >= open.length) open = java.util.Arrays.copyOf(open, open.length * 2);
          open[depth] = s;
        } else if (node instanceof TextNode t && depth > 0) {
          addText(open[depth - 1], t);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) return;
        Stat s = open[depth];
        String tag = e.normalName();
        close(s, tag);
        if (depth > 0) addChild(open[depth - 1], s, tag);
      }
    }, root);
    return ts;
  }

  /** Adds a text node's visible characters and commas to its parent element's measures, {@code s}. */
  private static void addText(Stat s, TextNode t) {
    String text = t.getWholeText();
    int n = Whitespace.visibleLength(text);
    int c = commas(text);
    s.text += n;
    s.commas += c;
    s.inline += n;
    s.inlineCommas += c;
  }

  /** Counts an element's own tag into its measures, once its subtree is summed up. */
  private static void close(Stat s, String tag) {
    if (tag.equals("a")) s.links = s.text;
    else if (tag.equals("img")) s.images++;
    else if (tag.equals("li")) s.listItems++;
    else if (tag.equals("p") && s.text > 0) {
      s.paragraphs++;
      s.paragraphText = s.text;
    } else if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
      s.headings++;
    }
  }

  /** Adds the measures {@code s} of a child element with tag {@code tag} to its parent's, {@code p}. */
  private static void addChild(Stat p, Stat s, String tag) {
    p.text += s.text;
    p.links += s.links;
    p.commas += s.commas;
    p.paragraphs += s.paragraphs;
    p.paragraphText += s.paragraphText;
    p.images += s.images;
    p.listItems += s.listItems;
    p.headings += s.headings;
    if (BLOCKS.contains(tag) || tag.equals("br")) {
      p.hasBlockChild |= !tag.equals("br");
    } else {
      p.inline += s.text;
      p.inlineCommas += s.commas;
    }
  }

  /**
   * Measures {@code e}, an element made after the walk (a wrapper around measured elements), from its children's
   * measures: the same figures a walk from {@code e} would give, as long as the children are unchanged.
   */
  public void include(Element e) {
    Stat s = new Stat();
    for (Node child : e.childNodes()) {
      if (child instanceof Element c) {
        addChild(s, get(c), c.normalName());
      } else if (child instanceof TextNode t) {
        addText(s, t);
      }
    }
    close(s, e.normalName());
    stats.put(e, s);
  }

  /**
   * {@return the text and link measures of one subtree ({@code text}, {@code links}, {@code commas} only)}, for
   * callers that need few elements measured rather than all of them
   */
  public static Stat measure(Element root) {
    Stat s = new Stat();
    Walk.traverse(new NodeVisitor() {
      private int inLink; // depth of the <a> we are in, 0 outside links

      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String text = t.getWholeText();
          int n = Whitespace.visibleLength(text);
          s.text += n;
          s.commas += commas(text);
          if (inLink > 0) s.links += n;
        } else if (inLink == 0 && node instanceof Element e && e.normalName().equals("a")) {
          inLink = depth + 1;
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (inLink == depth + 1 && node instanceof Element) inLink = 0;
      }
    }, root);
    return s;
  }

  /**
   * Removes {@code e} from the page, noting its parent as changed: {@link #refresh} then re-measures the elements
   * that held it.
   */
  public void remove(Element e) {
    Element parent = e.parent();
    if (parent != null) changed.add(parent);
    e.remove();
  }

  /**
   * Re-measures the elements that held what {@link #remove} removed since the last refresh, and their measured
   * ancestors, each from its children, deepest first: the figures a new walk would give, for the cost of the
   * changed paths only.
   */
  public void refresh() {
    Map<Element, Integer> depths = new IdentityHashMap<>();
    for (Element p : changed) {
      for (Element a = p; a != null && stats.containsKey(a) && !depths.containsKey(a); a = a.parent()) {
        depths.put(a, depth(a));
      }
    }
    changed.clear();
    List<Element> deepestFirst = new ArrayList<>(depths.keySet());
    deepestFirst.sort(Comparator.comparingInt((Element a) -> depths.get(a)).reversed());
    for (Element a : deepestFirst) include(a);
  }

  private static int depth(Element e) {
    int d = 0;
    for (Element p = e.parent(); p != null; p = p.parent()) d++;
    return d;
  }

  /**
   * {@return whether the text outside links under {@code root} has more than {@code limit} visible characters, as
   * {@link #measure} counts them}: the raw length of that text, which is never less, settles most subtrees
   * without a look at their characters; once it passes the limit, the visible characters of the texts met so far
   * and of the rest are counted in the same walk, until they pass it
   */
  public static boolean proseOver(Element root, double limit) {
    boolean[] over = {false};
    List<String> met = new ArrayList<>(); // the texts outside links counted by their raw length so far
    Walk.filter(new NodeFilter() {
      private int inLink; // depth of the <a> we are in, 0 outside links
      private int raw;
      private boolean counting; // whether the raw length has passed the limit, and visible characters are counted
      private int visible;

      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          if (inLink == 0) {
            String text = t.getWholeText();
            if (counting) {
              visible += Whitespace.visibleLength(text);
            } else {
              raw += text.length();
              met.add(text);
            }
          }
          if (!counting && raw > limit) {
            counting = true;
            for (String m : met) visible += Whitespace.visibleLength(m);
          }
          if (counting && visible > limit) {
            over[0] = true;
            return FilterResult.STOP;
          }
        } else if (inLink == 0 && node instanceof Element e && e.normalName().equals("a")) {
          inLink = depth + 1;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (inLink == depth + 1 && node instanceof Element) inLink = 0;
        return FilterResult.CONTINUE;
      }
    }, root);
    return over[0];
  }

  /** {@return the measures of {@code e}, empty for an element that was not under the root} */
  public Stat get(Element e) {
    Stat s = stats.get(e);
    return s == null ? EMPTY : s;
  }

  static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c >= '\u060C' && (c == '\u060C' || c == '\uFF0C' || c == '\u3001' || c == '\u3002'
          || c == '\uFE50')) { // two comparisons for nearly every character
        n++;
      }
    }
    return n;
  }
}
