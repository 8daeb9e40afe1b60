package org.offprint.read.html.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;
import org.offprint.read.html.cues.Vocabulary;
import org.offprint.read.html.dom.Explain;
import org.offprint.read.html.dom.TextStats;
import org.offprint.read.html.dom.Walk;
import org.offprint.read.html.dom.Whitespace;

/**
 * Finds the element that holds the article, by scoring candidate containers: every paragraph-like block gives its
 * ancestors points for its length and punctuation, containers start from their tag and class/id words (a name
 * that speaks for the element counts for no more than the prose under it), and a score is discounted by the share of link text. The best candidate then grows to an ancestor when its rivals sit
 * in that ancestor, and takes in sibling blocks that score well or read like prose.
 */
public final class ArticleFinder {
  private ArticleFinder() {}

  /** Blocks whose whole text counts as one paragraph. */
  private static final Set<String> TEXT_BLOCKS = Set.of("p", "pre", "td", "dd", "blockquote");
  /** Containers that count as a paragraph when they hold text directly. */
  private static final Set<String> CONTAINERS =
      Set.of("div", "section", "article", "main", "span", "font", "center", "li", "td", "form", "blockquote");
  private static final int MIN_BLOCK = 25;
  private static final int ANCESTOR_LEVELS = 5;

  /** The chosen article and the scores that chose it. */
  public record Result(Element article, double score) {}

  /** {@return the article under {@code body}, after its chrome was removed; {@code body} itself when unsure} */
  public static Result find(Element body, TextStats stats, Explain explain) {
    Map<Element, double[]> scores = score(body, stats);
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, double[]> en : scores.entrySet()) {
      double[] v = en.getValue();
      // a name that says "content" or "article" counts for no more than the prose the element holds: a footer
      // named "footer_content" with one line of text does not outrank the article's paragraphs
      double name = v[2] > 0 ? Math.min(v[2], v[1]) : v[2];
      double s = (v[0] + v[1] + name) * (1 - stats.get(en.getKey()).linkDensity());
      en.getValue()[0] = s; // a tie goes to the candidate that holds more text
      if (s > best || s == best && top != null && stats.get(en.getKey()).text > stats.get(top).text) {
        best = s;
        top = en.getKey();
      }
    }
    if (top == null) return new Result(body, 0);
    top = promote(top, best, scores, body);
    top = growOverChunks(top, stats, body);
    List<Element> chunks = TemplateRuns.texts(top, stats, body);
    if (chunks.size() > 1) {
      explain.note("the article's text stands in " + chunks.size() + " chunks of one template: joined");
      return new Result(joined(chunks, stats), score(scores, top));
    }
    Element article = withSiblings(top, scores, stats, body);
    return new Result(article, score(scores, top));
  }

  private static Map<Element, double[]> score(Element body, TextStats stats) {
    Map<Element, double[]> scores = new LinkedHashMap<>(); // in page order: ties go the same way every run
    Walk.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (!(node instanceof Element e)) return;
        TextStats.Stat s = stats.get(e);
        String tag = e.normalName();
        int len;
        int commas;
        Element first; // the first element that receives the points
        if (TEXT_BLOCKS.contains(tag) && !(tag.equals("blockquote") && s.hasBlockChild)) {
          len = s.text;
          commas = s.commas;
          first = e.parent();
        } else if (CONTAINERS.contains(tag) && !s.hasBlockChild) {
          len = s.text;
          commas = s.commas;
          first = e.parent();
        } else if (CONTAINERS.contains(tag) && s.inline >= MIN_BLOCK) {
          len = s.inline;
          commas = s.inlineCommas;
          first = e;
        } else {
          return;
        }
        if (len < MIN_BLOCK || first == null) return;
        if (startsWithAddress(e)) return; // schema.org data printed as text, not prose
        // inside a link-heavy block, text is more likely a list of teasers than prose
        double points = 1 + commas + Math.min(len / 100.0, 3);
        int level = 0;
        for (Element a = first; a != null && level < ANCESTOR_LEVELS; a = a.parent(), level++) {
          if (a == body.parent()) break;
          double[] sc = scores.computeIfAbsent(a, ArticleFinder::initial);
          sc[1] += level == 0 ? points : level == 1 ? points / 2 : points / (level * 3);
        }
      }

      @Override
      public void tail(Node node, int depth) {}
    }, body);
    return scores;
  }

  // The element's first text starts with a web address: the markup of structured data (an image's URL, width
  // and height in itemprop spans) that a theme hides with CSS.
  private static boolean startsWithAddress(Element e) {
    for (Node n = e.firstChild(); n != null; n = n.firstChild() != null ? n.firstChild() : n.nextSibling()) {
      if (n instanceof org.jsoup.nodes.TextNode t) {
        if (t.isBlank()) continue;
        // the text as jsoup normalises it, stripped at its start, without a normalised copy of a long text
        String s = t.getWholeText();
        int i = 0;
        while (i < s.length() && (StringUtil.isActuallyWhitespace(s.charAt(i)) || Character.isWhitespace(s.charAt(i)))) {
          i++;
        }
        return s.startsWith("http://", i) || s.startsWith("https://", i);
      }
    }
    return false;
  }

  private static double[] initial(Element e) {
    double s;
    switch (e.normalName()) {
      case "article":
        s = 10;
        break;
      case "main":
      case "div":
      case "section":
        s = 5;
        break;
      case "pre":
      case "td":
      case "blockquote":
        s = 3;
        break;
      case "address":
      case "ol":
      case "ul":
      case "dl":
      case "dd":
      case "dt":
      case "li":
      case "form":
        s = -3;
        break;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
      case "th":
        s = -5;
        break;
      default:
        s = 0;
    }
    double name = Vocabulary.weight(e);
    if ("articleBody".equalsIgnoreCase(e.attr("itemprop"))) s += 30;
    if ("main".equals(e.attr("role"))) s += 5;
    return new double[] {s, 0, name}; // the tag's and landmarks' score, the prose's points, the name's
  }

  private static double score(Map<Element, double[]> scores, Element e) {
    double[] s = scores.get(e);
    return s == null ? 0 : s[0];
  }

  /** Grows the top candidate to the ancestor that also holds its close rivals or outscores it. */
  private static Element promote(Element top, double best, Map<Element, double[]> scores, Element body) {
    List<Element> rivals = new ArrayList<>();
    for (Map.Entry<Element, double[]> en : scores.entrySet()) {
      if (en.getKey() != top && en.getValue()[0] >= 0.75 * best) rivals.add(en.getKey());
    }
    if (rivals.size() >= 2) {
      for (Element a = top.parent(); a != null && a != body; a = a.parent()) {
        int inside = 0;
        for (Element r : rivals) if (Walk.isAncestor(a, r)) inside++;
        if (inside >= 2) {
          top = a;
          break;
        }
      }
    }
    double last = score(scores, top);
    double threshold = last / 3;
    for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
      if (!scores.containsKey(p)) continue;
      double ps = score(scores, p);
      if (ps < threshold) break;
      if (ps > last) {
        top = p;
        break;
      }
      last = ps;
    }
    while (top.parent() != null && top.parent() != body && Walk.elementChildren(top.parent(), 2) == 1) top = top.parent();
    return top;
  }

  /**
   * Grows the article to an ancestor while that adds much more prose with few links: an article split into
   * several sibling chunks (around ads, or by a page builder) is one article.
   */
  private static Element growOverChunks(Element top, TextStats stats, Element body) {
    for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
      TextStats.Stat in = stats.get(top);
      TextStats.Stat all = stats.get(p);
      int addedProse = all.paragraphText - in.paragraphText;
      int addedText = all.text - in.text;
      if (addedProse < 200 || addedProse < 0.25 * in.paragraphText) {
        if (addedText > 0.5 * in.text) break; // the ancestor is mostly something else
        continue;
      }
      if (addedText == 0 || addedProse < 0.5 * addedText) break;
      int addedLinks = all.links - in.links;
      if ((double) addedLinks / addedText > 0.25) {
        // a link whose text is its address is a cited source, which prose prints as such: not a teaser's link
        // (counted only here, where it matters: it walks the ancestor's links)
        addedLinks -= addressLinks(p) - addressLinks(top);
        if ((double) addedLinks / addedText > 0.25) break;
      }
      top = p;
    }
    return top;
  }

  /** {@return a wrapper that holds {@code parts}, in their order, where the first of them stood} */
  private static Element joined(List<Element> parts, TextStats stats) {
    Element wrapper = new Element("div");
    parts.get(0).before(wrapper);
    for (Element e : parts) wrapper.appendChild(e);
    stats.include(wrapper);
    return wrapper;
  }

  private static final org.jsoup.select.Evaluator LINKS = Walk.tags("a");

  /** {@return the characters of {@code e}'s links whose text is a web address} */
  private static int addressLinks(Element e) {
    int n = 0;
    for (Element a : Walk.all(e, LINKS)) {
      String t = a.text().strip();
      if (t.startsWith("http://") || t.startsWith("https://") || t.startsWith("www.")) n += Whitespace.visibleLength(t);
    }
    return n;
  }

  /**
   * Adds the siblings of {@code top} that score well or read like prose, and what sits between them (headings,
   * figures, lists), into one wrapper in page order.
   */
  /** A text that ends a sentence: compiled once, where String.matches compiled it per sibling. */
  private static final java.util.regex.Pattern ENDS_SENTENCE =
      java.util.regex.Pattern.compile("(?s).*[.!?。]\\s*$");

  /**
   * {@return {@code e} when it is a paragraph, the one paragraph it wraps (alone, in one or more wrappers), or
   * null}
   */
  private static Element paragraphIn(Element e) {
    Element p = e;
    while (!p.normalName().equals("p")) {
      if (!WRAPPERS.contains(p.normalName()) || Walk.elementChildren(p, 2) != 1 || p.ownText().length() > 0) {
        return null;
      }
      p = p.firstElementChild();
    }
    return p;
  }

  private static final Set<String> WRAPPERS = Set.of("div", "section");

  private static Element withSiblings(Element top, Map<Element, double[]> scores, TextStats stats, Element body) {
    Element parent = top.parent();
    if (parent == null || top == body) return top;
    double topScore = score(scores, top);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> siblings = Walk.childElements(parent);
    int topIndex = siblings.indexOf(top);
    boolean[] take = new boolean[siblings.size()];
    take[topIndex] = true;
    int first = topIndex;
    int last = topIndex;
    for (int i = 0; i < siblings.size(); i++) {
      if (i == topIndex) continue;
      Element sib = siblings.get(i);
      double bonus = !top.className().isEmpty() && top.className().equals(sib.className()) ? topScore * 0.2 : 0;
      boolean ok = score(scores, sib) + bonus >= threshold;
      Element para = paragraphIn(sib);
      if (!ok && para != null) {
        TextStats.Stat s = stats.get(para);
        double ld = s.linkDensity();
        String text = para.text();
        ok = s.text > 80 && ld < 0.25
            || s.text > 0 && s.text <= 80 && ld == 0 && ENDS_SENTENCE.matcher(text).matches();
      }
      if (ok) {
        take[i] = true;
        first = Math.min(first, i);
        last = Math.max(last, i);
      }
    }
    if (first == last) return top;
    // blocks sandwiched between taken siblings belong to the article unless they are link lists
    for (int i = first; i <= last; i++) {
      if (take[i]) continue;
      Element sib = siblings.get(i);
      TextStats.Stat s = stats.get(sib);
      take[i] = s.linkDensity() < 0.5 && Vocabulary.negativeWord(sib) == null;
    }
    Element wrapper = new Element("div");
    List<Element> taken = new ArrayList<>();
    for (int i = first; i <= last; i++) if (take[i]) taken.add(siblings.get(i));
    top.before(wrapper);
    for (Element e : taken) wrapper.appendChild(e);
    stats.include(wrapper); // the cleaning measures the article with these stats too
    return wrapper;
  }
}
