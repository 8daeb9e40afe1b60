package org.offprint.read.html.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.offprint.read.html.cues.Vocabulary;
import org.offprint.read.html.dom.TextStats;
import org.offprint.read.html.dom.Walk;
import org.offprint.read.html.dom.Whitespace;

/**
 * Finds the lead (standfirst) that a page prints between the headline (a heading that repeats the title) and
 * the container of the article's body,
 * outside it (in a hero, a header row or a block of its own), where neither the scoring, which looks at the body's
 * container and its siblings, nor the metadata's standfirst, which needs a name or the page's description, sees
 * it. A lead is plain prose: a block of text of a sentence or more, almost without links, with no image and no
 * date or author markup, that ends a sentence (or an {@code h2} or {@code h3} of that length: a deck set as a
 * heading has no stop at its end); little other text (a byline, a date, a kicker) may stand between
 * the headline and the article, so that a teaser or a box is not taken for one.
 */
public final class Leads {
  private Leads() {}

  private static final Evaluator HEADLINES = QueryParser.parse("h1, h2, h3, [itemprop=headline]");
  private static final Evaluator INSIDE_LEAD = QueryParser.parse("img, picture, video, iframe, time, address, "
      + "[itemprop=author], [rel=author], h1");
  /** Elements whose text is never a lead, with what is inside them (chrome, not counted as other text). */
  private static final Set<String> SKIPPED = Set.of("nav", "aside", "footer", "form", "figure", "figcaption",
      "button", "select", "script", "style", "template", "noscript", "svg");
  /** Blocks of items, whose text counts as other text, never as a lead. */
  private static final Set<String> LISTS = Set.of("ul", "ol", "dl", "table");
  /** Blocks that may hold a lead's text. */
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "header", "h2", "h3", "span");
  private static final Pattern ENDS_SENTENCE = Pattern.compile("(?s).*[.!?。…\"“”»«']\\s*$");
  /** The shortest lead, in characters. */
  private static final int MIN = 80;
  /** The longest lead: more is a body of its own. */
  private static final int MAX = 1000;
  /** Characters of other text allowed between the headline and the article (a byline, a date, a kicker). */
  private static final int OTHER_TEXT = 300;
  private static final int MAX_ELEMENTS = 150;

  /**
   * {@return the text of the lead printed between the page's headline (the last heading before the article that
   * repeats the page's {@code title}) and {@code article}, outside it (whitespace collapsed), or "" when there is
   * none}
   */
  public static String find(Element article, Element body, TextStats stats, String title) {
    if (article == body) return "";
    Element headline = headlineBefore(article, body, title);
    if (headline == null) return "";
    Element lead = null;
    int other = 0;
    int seen = 0;
    Node n = Walk.after(headline, body);
    while (n != null && n != article) {
      if (seen++ > MAX_ELEMENTS) return "";
      if (!(n instanceof Element e)) {
        n = Walk.following(n, body);
        continue;
      }
      TextStats.Stat s = stats.get(e);
      if (Walk.isAncestor(e, article)) { // the walk goes down to the article
        n = Walk.following(e, body);
        continue;
      }
      if (SKIPPED.contains(e.normalName()) || s.text == 0) {
        n = Walk.after(e, body);
        continue;
      }
      if (s.hasBlockChild && !LISTS.contains(e.normalName())) {
        n = Walk.following(e, body); // a container: its blocks are looked at one by one
        continue;
      }
      if (lead == null && BLOCKS.contains(e.normalName()) && isLead(e, s)) {
        lead = e;
      } else {
        other += s.text;
        if (other > OTHER_TEXT) return "";
      }
      n = Walk.after(e, body);
    }
    if (n == null || lead == null) return ""; // the headline is not before the article
    return Whitespace.collapse(lead.text()).strip();
  }

  private static boolean isLead(Element e, TextStats.Stat s) {
    if (s.text < MIN || s.text > MAX || s.links > 0.1 * s.text) return false;
    if (Vocabulary.isByline(e) || Vocabulary.negativeWord(e) != null || inCaption(e)) return false;
    if (Walk.first(e, INSIDE_LEAD) != null || RunningText.inside(e)) return false;
    // a deck set as a heading ("<h2>In den Vereinigten Staaten trommeln Aktivisten … und warnen Vermieter</h2>")
    // ends without a stop, as headings do; its length (MIN) tells it from a section's title
    return HEADINGS.contains(e.normalName()) || ENDS_SENTENCE.matcher(e.text()).matches();
  }

  /** Blocks that print a lead as a heading, without the stop at its end. */
  private static final Set<String> HEADINGS = Set.of("h2", "h3");

  /** {@return whether {@code e} or a block around it is named as an image's caption or credit} */
  private static boolean inCaption(Element e) {
    for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
      if (Vocabulary.isCaption(a)) return true;
    }
    return false;
  }

  /**
   * {@return the last headline (an {@code h1}, {@code h2}, {@code h3} or {@code itemprop=headline} that repeats the
   * title) of the page before {@code article} and outside it, or null (also when the article holds one: then the
   * article has its own headline)}
   */
  static Element headlineBefore(Element article, Element body, String title) {
    Element last = null;
    for (Element h : Walk.all(body, HEADLINES)) {
      if (!repeats(h.text(), title) && !(h.normalName().equals("h1") && rephrases(h.text(), title))) continue;
      if (h == article || Walk.isAncestor(article, h)) return null;
      if (Walk.isAncestor(h, article)) continue;
      if (!precedes(h, article)) break;
      last = h;
    }
    return last;
  }

  /**
   * {@return whether a headline repeats the title, or the title the headline (a site name or a second line added to
   * either)}: a headline must be half the title at least, so that a section's heading ("News") that a title
   * happens to contain is none
   */
  private static boolean repeats(String headline, String title) {
    String h = Whitespace.collapse(headline).strip().toLowerCase(Locale.ROOT);
    String t = Whitespace.collapse(title).strip().toLowerCase(Locale.ROOT);
    return t.contains(h) && 2 * h.length() >= t.length() || h.contains(t) && t.length() >= MIN_TITLE;
  }

  /**
   * {@return whether an {@code h1} says the title in other words}: a page's headline is often worded apart from the
   * title its search snippet shows ("Eignet sich eine Wärmepumpe im Altbau?" under the title "Wärmepumpe im Altbau
   * - Wann es sich lohnt"); half of the headline's words at least, and three or more, are the title's, where a site
   * name set as the h1 shares none or one with the title of an article
   */
  static boolean rephrases(String headline, String title) {
    Set<String> said = new java.util.HashSet<>(words(title));
    List<String> words = words(headline);
    int shared = 0;
    for (String w : words) if (said.contains(w)) shared++;
    return shared >= MIN_SHARED && 2 * shared >= words.size();
  }

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The fewest words a rephrased headline shares with the title. */
  private static final int MIN_SHARED = 3;

  /** {@return the words of {@code text}, lower case: runs of letters and digits} */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) if (!w.isEmpty()) out.add(w);
    return out;
  }

  /** The shortest title a longer headline may repeat. */
  private static final int MIN_TITLE = 10;

  /** {@return whether {@code a} comes before {@code b} in document order (neither holding the other)} */
  private static boolean precedes(Element a, Element b) {
    List<Element> pa = path(a);
    List<Element> pb = path(b);
    int i = 0;
    while (i < pa.size() && i < pb.size() && pa.get(i) == pb.get(i)) i++;
    if (i == pa.size() || i == pb.size()) return false;
    return pa.get(i).siblingIndex() < pb.get(i).siblingIndex();
  }

  /** {@return the ancestors of {@code e} from the root down, and {@code e}} */
  private static List<Element> path(Element e) {
    List<Element> out = new ArrayList<>();
    for (Element p = e; p != null; p = p.parent()) out.add(0, p);
    return out;
  }
}
