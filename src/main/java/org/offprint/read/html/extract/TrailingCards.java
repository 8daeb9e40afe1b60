package org.offprint.read.html.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.offprint.read.html.dom.Explain;
import org.offprint.read.html.dom.TextStats;
import org.offprint.read.html.dom.Walk;
import org.offprint.read.html.dom.Whitespace;

/**
 * Cards to other pages after the article's last block of prose: a headline that is one link to another page
 * over a short excerpt (the teasers a site sets under its articles), a banner whose image and text link to
 * the same other page (a promotion), or a row of pictures that link to other sites under a line at most (the
 * badges of app stores). Their links are too little of their text for the link density to catch
 * them; their place gives them away. Only the trailing run is looked at: the article's last blocks, from the
 * end back to the first block that is no card; a listicle's entries in the middle of the text stay.
 */
final class TrailingCards {
  private TrailingCards() {}

  /** Characters of text outside links up to which a block can be a card's excerpt. */
  private static final int EXCERPT = 350;
  /** The share of the article's text the trailing cards may hold at most: else the article is a list of them. */
  private static final double SHARE = 0.3;
  private static final Set<String> CARDS = Set.of("div", "section", "article", "aside", "li", "ul", "ol");
  private static final Evaluator LINKS = QueryParser.parse("a[href]");
  private static final Evaluator IMAGES = Walk.tags("img", "picture");
  private static final Evaluator H1 = Walk.tags("h1");

  /** Removes the cards that close {@code article}, measured by {@code stats}. */
  static void remove(Element article, TextStats stats, Explain explain) {
    List<Element> cards = new ArrayList<>();
    collect(article, stats, stats.get(article), cards);
    if (cards.isEmpty()) return;
    int text = 0;
    for (Element c : cards) text += stats.get(c).text;
    if (text > SHARE * stats.get(article).text) return;
    for (Element c : cards) {
      explain.removed(c, "card to another page after the article's text");
      stats.remove(c);
    }
  }

  /**
   * Adds the cards at the end of {@code parent} to {@code cards}, from the last child back; {@return whether
   * the run went through all of its children (no prose stopped it)}
   */
  private static boolean collect(Element parent, TextStats stats, TextStats.Stat article, List<Element> cards) {
    for (int i = parent.childNodeSize() - 1; i >= 0; i--) {
      Node n = parent.childNode(i);
      if (n instanceof TextNode t) {
        if (!t.isBlank()) return false; // loose text of the article: prose
        continue;
      }
      if (!(n instanceof Element e)) continue;
      TextStats.Stat s = stats.get(e);
      if (s.text == 0) continue;
      if (isCard(e, s)) {
        cards.add(e);
        continue;
      }
      // a menu or a list of links after the cards, which the conditional cleaning removes next: no prose either
      if (ArticleCleaner.CONDITIONAL.contains(e.normalName()) && ArticleCleaner.junkReason(e, s, article) != null) {
        continue;
      }
      // a wrapper (a grid of cards, a column): its own last blocks are looked at; a block of text ends the run
      if (!s.hasBlockChild && !wrapsCustom(e) || !collect(e, stats, article, cards)) return false;
    }
    return true;
  }

  /**
   * {@return whether {@code e} holds nothing but custom elements ({@code <app-row>}, names with a hyphen)}: a
   * wrapper of a component, which may hold blocks, where the measures count its text as inline
   */
  private static boolean wrapsCustom(Element e) {
    boolean any = false;
    for (Node n = e.firstChild(); n != null; n = n.nextSibling()) {
      if (n instanceof Element c) {
        if (c.normalName().indexOf('-') <= 0) return false;
        any = true;
      } else if (n instanceof TextNode t && !t.isBlank()) {
        return false;
      }
    }
    return any;
  }

  /** {@return whether {@code e} is a card that links to another page} */
  private static boolean isCard(Element e, TextStats.Stat s) {
    if (!CARDS.contains(e.normalName()) || s.text - s.links > EXCERPT) return false;
    if (Walk.first(e, H1) != null) return false; // the article's own header
    List<Element> links = Walk.all(e, LINKS);
    if (links.isEmpty()) return false;
    return isHeadlined(e, links) || isBanner(links) || isBadges(links, s);
  }

  /** {@return whether the card's first words are a block of their own that is one link to another page} */
  private static boolean isHeadlined(Element e, List<Element> links) {
    Element first = null;
    for (Element a : links) {
      if (!a.text().isBlank()) {
        first = a;
        break;
      }
    }
    if (first == null || !isAway(first.attr("href"))) return false;
    String text = Whitespace.collapse(e.text()).trim();
    String linkText = Whitespace.collapse(first.text()).trim();
    // a headline link over an excerpt, under a kicker at most (the section's name: "News", "Analysis")
    int at = linkText.length() >= 15 ? text.indexOf(linkText) : -1;
    return at >= 0 && (at == 0 || isKicker(text.substring(0, at))) && text.length() > at + linkText.length()
        && isOwnBlock(first);
  }

  /** Characters up to which the words over a card's headline can be its kicker. */
  private static final int KICKER = 30;

  /** {@return whether {@code words} are a kicker: a few words without a sentence's stop, on a line of their own} */
  private static boolean isKicker(String words) {
    String k = words.strip();
    if (k.isEmpty() || k.length() > KICKER || k.split(" ").length > 3) return false;
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ',' || c == ';') return false;
    }
    return true;
  }

  /** Characters of text up to which a row of badges has a line over them. */
  private static final int BADGE_LINE = 150;

  /**
   * {@return whether {@code links} are pictures only that link to other sites, under a line of text at most}: the
   * badges of app stores or of a site's profiles ("Get our app", then a picture for each store)
   */
  private static boolean isBadges(List<Element> links, TextStats.Stat s) {
    if (s.text > BADGE_LINE || s.links > 0) return false;
    for (Element a : links) {
      String href = a.attr("href");
      if (!href.regionMatches(true, 0, "http", 0, 4) || IMAGE_FILE.matcher(href).find()
          || Walk.first(a, IMAGES) == null) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.regex.Pattern IMAGE_FILE =
      java.util.regex.Pattern.compile("(?i)\\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#].*)?$");

  /** {@return whether all of {@code links} go to one other page, one of them through an image}: a banner */
  private static boolean isBanner(List<Element> links) {
    if (links.size() < 2) return false;
    String href = links.get(0).attr("href");
    if (!isAway(href)) return false;
    boolean image = false;
    for (Element a : links) {
      if (!a.attr("href").equals(href)) return false;
      if (Walk.first(a, IMAGES) != null) image = true;
    }
    return image;
  }

  /** {@return whether the block around {@code link} holds nothing but it}: a headline, not a link in a sentence */
  private static boolean isOwnBlock(Element link) {
    Element block = link;
    while (block.parent() != null && !TextStats.BLOCKS.contains(block.normalName())) block = block.parent();
    return Whitespace.collapse(block.text()).trim().equals(Whitespace.collapse(link.text()).trim());
  }

  /** {@return whether {@code href} points to another page, not to a place on this one or to a script} */
  private static boolean isAway(String href) {
    String h = href.trim();
    return !h.isEmpty() && !h.startsWith("#") && !h.regionMatches(true, 0, "javascript:", 0, 11)
        && !h.regionMatches(true, 0, "mailto:", 0, 7);
  }
}
