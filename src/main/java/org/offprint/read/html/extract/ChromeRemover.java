package org.offprint.read.html.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.offprint.read.html.cues.Vocabulary;
import org.offprint.read.html.dom.Explain;
import org.offprint.read.html.dom.TextStats;
import org.offprint.read.html.dom.Walk;
import org.offprint.read.html.dom.Whitespace;

/**
 * Removes page chrome under a root: navigation and complementary landmarks, footers, site headers, and elements
 * whose class or id names chrome ({@link Vocabulary#NEGATIVE}). An element that holds a large share of the root's
 * text outside links is kept whatever its name says, so a mislabelled article wrapper survives.
 */
public final class ChromeRemover {
  // tag queries: one set lookup of the tag per element (Walk.tags)
  private static final Evaluator NAV_OR_LIST = Walk.tags("nav", "ul", "menu");
  private static final Evaluator BLOCKQUOTE = Walk.tags("blockquote");

  private ChromeRemover() {}

  /** Text outside links above which an element whose name has both an article word and a chrome word is kept. */
  private static final double MIXED_NAME_PROSE = 300;

  private static final Evaluator HEADING = Walk.tags("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Evaluator H1 = Walk.tags("h1");

  /**
   * Text of a sentence or more, without a heading and with at most a link inside a sentence: a lead, where a teaser
   * links to another article by its title or as a whole.
   */
  private static boolean isPlainProse(Element e, Measures stats) {
    TextStats.Stat s = stats.of(e);
    return s.text >= 80 && s.links <= 0.1 * s.text && Walk.first(e, HEADING) == null;
  }

  private static final Set<String> LANDMARK_ROLES =
      Set.of("navigation", "banner", "complementary", "contentinfo", "search", "dialog", "alertdialog", "menu",
          "menubar", "toolbar");

  /**
   * Removes chrome under {@code root}, measured by {@code stats} and removed through it, so that
   * {@link TextStats#refresh} can re-measure what held it.
   *
   * @param guard the share of the root's text outside links above which an element is kept anyway
   */
  static void remove(Element root, TextStats stats, double guard, boolean nameCues, Explain explain) {
    TextStats.Stat rs = stats.get(root);
    Chrome found = find(root, stats::get, rs.text - rs.links, guard, nameCues);
    for (int i = 0; i < found.elements().size(); i++) {
      explain.removed(found.elements().get(i), found.reasons().get(i));
      stats.remove(found.elements().get(i));
    }
  }

  /**
   * Removes chrome under {@code root}, measuring only the elements that look like chrome: the cheap way over a
   * whole page, where few elements need measuring. {@code rootProse} is the root's text outside links; without
   * {@code nameCues}, only landmarks (tags and roles) count, not class and id names.
   */
  public static void remove(Element root, int rootProse, double guard, boolean nameCues, Explain explain) {
    Chrome found = find(root, PAGE_MEASURES, rootProse, guard, nameCues);
    explain.removeAll(found.elements(), found.reasons());
  }

  /** How a pass measures elements: in full, and whether their text outside links passes a limit. */
  private interface Measures {
    TextStats.Stat of(Element e);

    default boolean proseOver(Element e, double limit) {
      TextStats.Stat s = of(e);
      return s.text - s.links > limit;
    }
  }

  /** Measures taken on demand, for the few elements of a page that look like chrome. */
  private static final Measures PAGE_MEASURES = new Measures() {
    @Override
    public TextStats.Stat of(Element e) {
      return TextStats.measure(e);
    }

    @Override
    public boolean proseOver(Element e, double limit) {
      return TextStats.proseOver(e, limit);
    }
  };

  /** The chrome elements found under a root, each with why (the lists run in parallel). */
  private record Chrome(List<Element> elements, List<String> reasons) {}

  private static Chrome find(Element root, Measures stats, int rootProse, double guard, boolean nameCues) {
    // an element with more text outside links than this holds much of the article: its name is wrong, not its content
    double keep = Math.max(guard * Math.max(rootProse, 1), 300);
    List<Element> doomed = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    Node n = Walk.following(root, root);
    while (n != null) {
      if (!(n instanceof Element e)) {
        n = Walk.following(n, root);
        continue;
      }
      String tag = e.normalName();
      if (tag.equals("pre") || tag.equals("code") || tag.equals("blockquote")
          || tag.equals("table") && !Vocabulary.hasWord(e, "nav", "navigation")) {
        n = Walk.after(e, root); // content, whatever sits inside
        continue;
      }
      String reason = reason(e, stats, nameCues);
      if (reason != null && RunningText.inside(e)) {
        if (!Vocabulary.isPopup(Vocabulary.negativeWord(e)) || tag.equals("a")) {
          n = Walk.after(e, root); // a link or span inside a sentence (or a card's link): whole blocks only
          continue;
        }
        if (holdsPopup(e)) {
          n = Walk.following(e, root); // the trigger of a card, with the words of the sentence: only the card goes
          continue;
        }
      }
      // a name that says article first, then chrome (entry-content-read-more), decides nothing for a block of prose
      double limit = reason != null && reason.startsWith("class/id") && Vocabulary.articleFirst(e)
          ? Math.min(keep, MIXED_NAME_PROSE) : keep;
      if (reason != null && Vocabulary.isWeakNegative(Vocabulary.negativeWord(e))
          && (isPlainProse(e, stats) || Walk.first(e, H1) != null)) {
        // a "teaser" of plain text is the article's lead, not a link to another article; one that holds the page's
        // h1 is the article's header (a card to another article has its title in a lesser heading)
        reason = null;
      }
      if (reason == null || stats.proseOver(e, limit)) {
        n = Walk.following(e, root);
        continue;
      }
      doomed.add(e);
      reasons.add(reason);
      n = Walk.after(e, root);
    }
    return new Chrome(doomed, reasons);
  }

  /** {@return why {@code e} looks like chrome, or null} */
  private static String reason(Element e, Measures stats, boolean nameCues) {
    String tag = e.normalName();
    boolean attrs = e.attributesSize() > 0;
    if (attrs && "articleBody".equals(e.attr("itemprop")) || tag.equals("main") || tag.equals("body")) return null;
    switch (tag) {
      case "nav":
      case "aside":
        return "<" + tag + "> landmark";
      case "footer":
        return "<footer>";
      case "header":
        if (Walk.first(e, NAV_OR_LIST) != null || stats.of(e).linkDensity() > 0.4) return "site header";
        break;
      default:
        break;
    }
    if (!attrs) return null;
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (LANDMARK_ROLES.contains(role)) return "role=" + role;
    if (!nameCues) return null;
    // A heading's id is usually an anchor made from its own words ("recommendations"), not a component's name.
    boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    String word = heading ? Vocabulary.negativeClassWord(e) : Vocabulary.negativeWord(e);
    if (word != null) {
      // an embedded post (a tweet, an Instagram post) quoted by the article is content, whatever its wrapper says
      if (Vocabulary.hasWord(e, "embed", "embedded") || Walk.first(e, BLOCKQUOTE) != null) {
        return null;
      }
      // a picture named a popup is a lightbox's trigger (the picture shown larger on a click), not a card
      if (Vocabulary.isPopup(word) && isPictureOnly(e)) return null;
      return "class/id '" + word + "'";
    }
    return null;
  }

  /** {@return whether {@code e} holds a picture and no text} */
  private static boolean isPictureOnly(Element e) {
    return Walk.first(e, PICTURES) != null && !Whitespace.keepsMoreThan(e.text(), 0);
  }

  private static final Evaluator PICTURES = Walk.tags("img", "picture");

  /** {@return whether an element inside {@code e} is named as a card that pops up} */
  private static boolean holdsPopup(Element e) {
    for (Node n = Walk.following(e, e); n != null; n = Walk.following(n, e)) { // no list of the elements
      if (n instanceof Element d && Vocabulary.isPopup(Vocabulary.negativeWord(d))) return true;
    }
    return false;
  }
}
