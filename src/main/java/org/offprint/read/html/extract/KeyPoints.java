package org.offprint.read.html.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.offprint.read.html.dom.Explain;
import org.offprint.read.html.dom.TextStats;
import org.offprint.read.html.dom.Walk;

/**
 * Takes into the article the key points a page lists under its headline, outside the article's container: the
 * first block of text after the headline (one that repeats the title, as {@link Leads} finds it) is a list of two
 * to six items, each a sentence's length and without links, after at most a byline's, a date's or a caption's
 * text. A list of links there is a menu or teasers; the
 * items of key points are prose.
 */
public final class KeyPoints {
  private KeyPoints() {}

  private static final Set<String> LISTS = Set.of("ul", "ol");
  private static final Set<String> SKIPPED = Set.of("nav", "aside", "footer", "form", "figure", "figcaption",
      "button", "select", "script", "style", "template", "noscript", "svg");
  private static final int MIN_ITEMS = 2;
  private static final int MAX_ITEMS = 6;
  /** The shortest item: a sentence, not a word of a menu. */
  private static final int MIN_ITEM = 30;
  private static final int MAX_ITEM = 300;
  private static final int MAX_ELEMENTS = 60;
  /** Characters of other text allowed between the headline and the list (a byline, a date, a caption). */
  private static final int OTHER_TEXT = 300;

  /** Moves the key points under the headline before {@code article} to the start of {@code article}. */
  public static void take(Element article, Element body, TextStats stats, String title, Explain explain) {
    if (article == body) return;
    Element headline = Leads.headlineBefore(article, body, title);
    if (headline == null) return;
    int seen = 0;
    int other = 0;
    Node n = Walk.after(headline, body);
    while (n != null && n != article && seen++ < MAX_ELEMENTS) {
      if (!(n instanceof Element e)) {
        n = Walk.following(n, body);
        continue;
      }
      TextStats.Stat s = stats.get(e);
      if (Walk.isAncestor(e, article)) return; // the article comes first
      if (SKIPPED.contains(e.normalName()) || s.text == 0) {
        n = Walk.after(e, body);
        continue;
      }
      if (LISTS.contains(e.normalName())) {
        if (isKeyPoints(e, stats)) {
          explain.note("key points under the headline, taken into the article");
          article.prependChild(e);
        }
        return;
      }
      if (s.hasBlockChild) {
        n = Walk.following(e, body); // a container: its blocks are looked at one by one
        continue;
      }
      other += s.text; // a byline, a date, a picture's caption
      if (other > OTHER_TEXT) return;
      n = Walk.after(e, body);
    }
  }

  private static boolean isKeyPoints(Element list, TextStats stats) {
    if (stats.get(list).links > 0) return false;
    int items = 0;
    for (Element li : Walk.childElements(list)) {
      if (!li.normalName().equals("li")) return false;
      int text = stats.get(li).text;
      if (text < MIN_ITEM || text > MAX_ITEM) return false;
      items++;
    }
    return items >= MIN_ITEMS && items <= MAX_ITEMS;
  }
}
