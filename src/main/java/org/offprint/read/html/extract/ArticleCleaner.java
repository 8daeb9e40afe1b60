package org.offprint.read.html.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.offprint.read.html.cues.Phrases;
import org.offprint.read.html.cues.Vocabulary;
import org.offprint.read.html.dom.Explain;
import org.offprint.read.html.dom.TextStats;
import org.offprint.read.html.dom.Walk;
import org.offprint.read.html.dom.Whitespace;
import org.offprint.read.html.mapping.Tables;

/**
 * Second cleaning stage, inside the chosen article: chrome that sat inside it, blocks that look like teaser
 * lists or widgets rather than prose (measured, as Readability's conditional cleaning does), and the headline
 * and byline, which are metadata rather than body.
 */
public final class ArticleCleaner {
  // parsed once (jsoup parses a query string on every call); tag queries are Walk.tags, a set lookup
  private static final Evaluator TAG_LINKS = QueryParser.parse("a[rel~=(?i)\\btag\\b]");
  private static final Evaluator HEADLINES = Walk.tags("h1", "h2", "h3");
  private static final Evaluator H1 = Walk.tags("h1");

  private ArticleCleaner() {}

  /** The containers the conditional cleaning measures ({@link #junkReason}). */
  static final Set<String> CONDITIONAL = Set.of("div", "section", "ul", "ol", "dl", "table", "header");

  /**
   * Cleans {@code article} in place. {@code stats} holds the measures of the article's elements, taken since the
   * article last changed (those the article was found with); {@code title} is the headline from the metadata
   * ("" when unknown) and {@code source} the page's address ("" when unknown). Without {@code nameCues}, class and
   * id names remove nothing.
   */
  public static void clean(Element article, TextStats stats, String title, String source, boolean nameCues,
      Explain explain) {
    ChromeRemover.remove(article, stats, 0.3, nameCues, explain);
    // the measures are not recomputed here: chrome removed inside the article only makes them a little high
    removeHeadline(article, stats, title, explain);
    removeBylines(article, stats, explain);
    removeTeasers(article, stats, explain);
    removeTagLists(article, stats, explain);
    removeRatingWidgets(article, stats, explain);
    removeEmbedPlaceholders(article, stats, explain);
    stats.refresh(); // the removals so far, re-measured for the last stages
    TrailingCards.remove(article, stats, explain);
    stats.refresh();
    removeConditionally(article, stats, Sites.of(source), explain);
  }

  /** Containers whose short text is a rating widget's: the stars, the votes and the call to rate. */
  private static void removeRatingWidgets(Element article, TextStats stats, Explain explain) {
    removeWhere(article, stats, explain, "rating widget", e -> {
      if (stats.get(e).text > RATING_WIDGET || Walk.elementChildren(e, 2) < 2 || !CONTAINERS.contains(e.normalName())) {
        return Look.DESCEND;
      }
      return Phrases.isRating(e.text()) ? Look.REMOVE : Look.SKIP;
    });
  }

  /**
   * Containers that stand where an embedded post or video would be, asking for consent to load it: their
   * label ("Externer Inhalt"), request and buttons go as one.
   */
  private static void removeEmbedPlaceholders(Element article, TextStats stats, Explain explain) {
    removeWhere(article, stats, explain, "placeholder of an embed (asks consent to load it)", e -> {
      int text = stats.get(e).text;
      if (text > EMBED_PLACEHOLDER || !CONTAINERS.contains(e.normalName())) return Look.DESCEND;
      if (text < 40) return Look.SKIP;
      if (Walk.elementChildren(e, 2) < 2) return Look.DESCEND; // a wrapper: a placeholder may be inside
      return Phrases.asksConsentForEmbed(e.text()) ? Look.REMOVE : Look.SKIP;
    });
  }

  /** Characters of text up to which a container can be the placeholder of an embed. */
  private static final int EMBED_PLACEHOLDER = 800;

  /** What a removal pass makes of one element. */
  private enum Look { DESCEND, SKIP, REMOVE }

  /** Walks the article and removes, with {@code reason}, each element {@code look} says to remove. */
  private static void removeWhere(Element article, TextStats stats, Explain explain, String reason,
      java.util.function.Function<Element, Look> look) {
    List<Element> doomed = new ArrayList<>();
    Walk.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e) || e == article) return FilterResult.CONTINUE;
        switch (look.apply(e)) {
          case REMOVE:
            doomed.add(e);
            return FilterResult.SKIP_CHILDREN;
          case SKIP:
            return FilterResult.SKIP_CHILDREN;
          default:
            return FilterResult.CONTINUE;
        }
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, article);
    for (Element e : doomed) {
      explain.removed(e, reason);
      stats.remove(e);
    }
  }

  /** Characters of text up to which a container can be a rating widget. */
  private static final int RATING_WIDGET = 400;
  private static final Set<String> CONTAINERS = Set.of("div", "section", "aside", "form", "ul", "ol");

  /** Removes the lists of {@code rel=tag} links (tag clouds, "Tags: a, b, c") that close many articles. */
  private static void removeTagLists(Element article, TextStats stats, Explain explain) {
    Set<Element> lists = new java.util.LinkedHashSet<>();
    for (Element a : Walk.all(article, TAG_LINKS)) {
      Element p = a.parent();
      if (p != null && p != article && stats.get(p).linkDensity() > 0.6) lists.add(p);
    }
    for (Element p : lists) {
      if (p.parent() == null) continue;
      explain.removed(p, "tag list");
      stats.remove(p);
    }
  }

  /**
   * Removes boxes introduced by a teaser label ("Related", "You may also like"), teaser lines ("READ MORE: ...")
   * and lone advertisement labels.
   */
  private static void removeTeasers(Element article, TextStats stats, Explain explain) {
    int articleText = Math.max(stats.get(article).text, 1);
    List<Element> labels = new ArrayList<>();
    List<Element> lines = new ArrayList<>();
    List<Element> ads = new ArrayList<>();
    Walk.traverse((node, depth) -> {
      if (!(node instanceof Element e) || e == article) return;
      TextStats.Stat s = stats.get(e);
      if (s.text == 0 || s.text > 220) return;
      // only short elements and link-heavy lines can match: skip the text of everything else
      if (s.text > 60 && s.linkDensity() <= 0.3) return;
      if (RunningText.inside(e)) return; // whole blocks only
      String text = Whitespace.collapse(e.text()).trim();
      if (s.text <= 60 && Phrases.TEASER_LABEL.matcher(text).matches()) labels.add(e);
      else if (s.text <= 50 && Phrases.AD_LABEL.matcher(text).matches()) ads.add(e);
      else if (s.linkDensity() > 0.3 && Phrases.TEASER_LINE.matcher(text).matches()) lines.add(e);
    }, article);
    for (Element e : ads) {
      if (e.parent() == null) continue;
      explain.removed(e, "advertisement label");
      stats.remove(e);
    }
    for (Element e : lines) {
      if (e.parent() == null) continue;
      explain.removed(e, "teaser line");
      stats.remove(e);
    }
    for (Element label : labels) {
      if (label.parent() == null) continue;
      Element box = label;
      String text = label.text();
      while (box.parent() != null && box.parent() != article && box.parent().text().startsWith(text)
          && stats.get(box.parent()).text < 0.3 * articleText) {
        box = box.parent();
      }
      if (box == label) {
        // no wrapper: the teasers are the label's following siblings, a run of link-heavy blocks
        int taken = 0;
        for (Element next = label.nextElementSibling(); next != null; ) {
          TextStats.Stat ns = stats.get(next);
          boolean teaser = ns.linkDensity() > 0.5 && ns.text < 300 || taken == 0 && next.normalName().matches("ul|ol")
              && ns.linkDensity() > 0.3;
          if (!teaser || ns.text >= 0.3 * articleText) break;
          Element after = next.nextElementSibling();
          explain.removed(next, "teaser after '" + text + "'");
          stats.remove(next);
          taken++;
          next = after;
        }
      }
      explain.removed(box, "teaser box '" + text + "'");
      stats.remove(box);
    }
  }

  /** Drops the article's headline: an {@code h1}, or a heading that repeats the title, before the body text. */
  private static void removeHeadline(Element article, TextStats stats, String title, Explain explain) {
    String t = comparable(title);
    List<Element> doomed = new ArrayList<>();
    Element topH1 = null; // an h1 at the top that does not repeat the title: the headline when none does
    for (Element h : Walk.all(article, HEADLINES)) {
      String text = comparable(h.text());
      boolean isTitle = !t.isEmpty() && !text.isEmpty() && (t.equals(text) || t.startsWith(text) && text.length() > 20
          || text.startsWith(t) && t.length() > 20);
      if (isTitle) doomed.add(h);
      else if (topH1 == null && h.normalName().equals("h1") && textBefore(article, h, stats) < 200) topH1 = h;
    }
    // the page's headline repeats the title; another h1 under it (or under one outside the article that does)
    // heads a section of the article
    if (doomed.isEmpty() && topH1 != null && !headlineOutside(article, t)) doomed.add(topH1);
    for (Element h : doomed) {
      explain.removed(h, "headline (metadata)");
      stats.remove(h);
    }
  }

  /** {@return whether an h1 of the page outside {@code article} repeats the title {@code t}} */
  private static boolean headlineOutside(Element article, String t) {
    if (t.isEmpty()) return false;
    org.jsoup.nodes.Document page = article.ownerDocument();
    if (page == null) return false;
    for (Element h : Walk.all(page, H1)) {
      if (!isInside(h, article) && comparable(h.text()).equals(t)) return true;
    }
    return false;
  }

  private static boolean isInside(Element e, Element ancestor) {
    for (Element p = e; p != null; p = p.parent()) if (p == ancestor) return true;
    return false;
  }

  private static String comparable(String s) {
    // what PUNCTUATION's replaceAll(" ") gave, in a loop: this runs on every headline of the article
    String t = Whitespace.collapse(s).trim().toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(t.length());
    boolean gap = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (isPunctuation(c)) {
        if (!gap) sb.append(' ');
        gap = true;
      } else {
        sb.append(c);
        gap = false;
      }
    }
    return sb.toString().trim();
  }
  /** {@return whether {@code c} is in {@code [\p{Punct}\s«»“”‘’]}: ASCII punctuation, space or a quote} */
  static boolean isPunctuation(char c) {
    if (c < 0x80) {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= '!' && c <= '/' || c >= ':' && c <= '@'
          || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
    return c == '«' || c == '»' || c == '“' || c == '”' || c == '‘' || c == '’';
  }


  // Characters of article text in the blocks before e; a rough measure of "is it at the top".
  private static int textBefore(Element article, Element e, TextStats stats) {
    int n = 0;
    for (Element c = e; c != null && c != article; c = c.parent()) {
      for (Element s = c.previousElementSibling(); s != null; s = s.previousElementSibling()) {
        n += stats.get(s).text;
      }
    }
    return n;
  }

  private static void removeBylines(Element article, TextStats stats, Explain explain) {
    removeWhere(article, stats, explain, "byline or date (metadata)", e -> {
      TextStats.Stat s = stats.get(e);
      if (s.text > 200 || s.paragraphText > 100) return Look.DESCEND;
      if (RunningText.inside(e)) return Look.SKIP; // a name inside a sentence stays
      String itemprop = e.attr("itemprop").toLowerCase(Locale.ROOT);
      boolean byline = e.attr("rel").equals("author") || itemprop.contains("author")
          || itemprop.startsWith("date") || Vocabulary.isByline(e)
          || e.normalName().equals("address") || e.normalName().equals("time") && isAlone(e, stats);
      if (byline && Phrases.hasDurations(e.text())) return Look.SKIP; // a recipe's times, named "meta" or "time"
      return byline ? Look.REMOVE : Look.DESCEND;
    });
  }

  // A <time> whose block holds little else is a dateline, not a date inside a sentence.
  private static boolean isAlone(Element time, TextStats stats) {
    Element p = time.parent();
    return p != null && stats.get(p).text <= stats.get(time).text + 20;
  }

  private static void removeConditionally(Element article, TextStats stats, String site, Explain explain) {
    List<Element> doomed = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    Walk.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e) || e == article) return FilterResult.CONTINUE;
        String tag = e.normalName();
        if (tag.equals("figure") || tag.equals("pre") || tag.equals("code") || tag.equals("picture")) {
          return FilterResult.SKIP_CHILDREN;
        }
        if (tag.equals("p") && isLinkLine(e, stats) && (isLinkLine(e.previousElementSibling(), stats)
            || isLinkLine(e.nextElementSibling(), stats) || isLinkAway(e, stats, site))) {
          doomed.add(e);
          reasons.add("a run of link-only lines (teasers)");
          return FilterResult.SKIP_CHILDREN;
        }
        if (!CONDITIONAL.contains(tag)) return FilterResult.CONTINUE;
        String reason = junkReason(e, stats.get(e), stats.get(article));
        if (reason == null) return FilterResult.CONTINUE;
        if (reason.startsWith(LINK_DENSE) && inPlainRunItem(e, article, stats)) return FilterResult.CONTINUE;
        doomed.add(e);
        reasons.add(reason);
        return FilterResult.SKIP_CHILDREN;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, article);
    addListLabels(doomed, reasons, stats);
    explain.removeAll(doomed, reasons);
  }

  private static final Evaluator LABEL_HEADINGS = Walk.tags("h2", "h3", "h4", "h5", "h6");

  /**
   * Adds to {@code doomed} the label of each run of links it removes: the short heading right before the run
   * ("More:", "meist gelesen"), when it ends with a colon or another heading follows the run. Left alone, it
   * would label the next section of the article.
   */
  private static void addListLabels(List<Element> doomed, List<String> reasons, TextStats stats) {
    if (doomed.isEmpty()) return;
    Set<Element> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    gone.addAll(doomed);
    for (int i = 0, n = doomed.size(); i < n; i++) {
      Element run = doomed.get(i);
      Element label = run.previousElementSibling();
      if (label == null || gone.contains(label) || !label.is(LABEL_HEADINGS)) continue;
      TextStats.Stat s = stats.get(label);
      if (s.text == 0 || s.text > 40 || s.links > 0) continue;
      Element next = run.nextElementSibling();
      while (next != null && gone.contains(next)) next = next.nextElementSibling();
      String text = Whitespace.squash(label.text());
      if (!text.endsWith(":") && (next == null || !next.is(LABEL_HEADINGS))) continue;
      gone.add(label);
      doomed.add(label);
      reasons.add("label of a removed run of links");
    }
  }

  /**
   * A paragraph that is one link, of a sentence's length, to another site than the page's {@code site} ("" when
   * unknown: then none is): an advertisement line, where a line to another article of the site is a teaser that
   * the article may set between its paragraphs.
   */
  private static boolean isLinkAway(Element e, TextStats stats, String site) {
    if (site.isEmpty() || stats.get(e).text < 40) return false;
    Element a = Walk.first(e, LINK);
    if (a == null) return false;
    String other = Sites.of(a.attr("href"));
    return !other.isEmpty() && !other.equals(site);
  }

  /** A short paragraph that is one link: a teaser line, when others stand beside it. */
  private static boolean isLinkLine(Element e, TextStats stats) {
    if (e == null || !e.normalName().equals("p")) return false;
    TextStats.Stat s = stats.get(e);
    return s.text > 0 && s.text < 100 && s.linkDensity() > 0.9 && !isUrl(e.text());
  }

  /** {@return why a container is not prose, or null when it may be} */
  static String junkReason(Element e, TextStats.Stat s, TextStats.Stat article) {
    String tag = e.normalName();
    if (tag.equals("table") && Tables.isDataTable(e)) return null;
    if (s.commas >= 10) return null;
    boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
    double ld = s.linkDensity();
    int weight = Vocabulary.weight(e);
    if (s.text == 0) return s.images > 2 && !list && !isDescribedSequence(e) ? "image strip without text" : null;
    if (list) {
      int items = Math.max(s.listItems, 1);
      if (ld > 0.6 && s.text / items < 100) return "list of links (link density " + pct(ld) + ")";
      return null;
    }
    // a picture story (a comic, a gallery with its words) is the article: not when it holds most of its text
    if (s.images > 1 && (double) s.paragraphs / s.images < 0.5 && s.text < 200 && s.text * 2 < article.text) {
      return "more images than text";
    }
    if (s.text < 100 && ld > 0.9 && !tag.equals("table") && !isUrl(e.text())) {
      return "link only (a button or a teaser)";
    }
    if (s.text < 25 && s.images == 0 && s.headings == 0) return null; // a short line; harmless
    double limit = weight < 25 ? 0.33 : 0.5;
    if (ld > limit && s.text < 0.3 * article.text && (double) (s.links - contentsLinks(e)) / s.text > limit) {
      return LINK_DENSE + " (" + pct(ld) + ")";
    }
    return null;
  }

  private static final String LINK_DENSE = "link-dense";

  /** The longest item of a list that {@link #inPlainRunItem} keeps whole: a line or two, as an ingredient's. */
  private static final int SHORT_ITEM = 200;

  /**
   * {@return whether {@code e} is, or is inside, a short item of a run of like siblings (same tag and class, three
   * or more) of which most hold little link text}: an item that links a product or a name (an ingredient, a
   * member) is an item like the others, where a teaser list's items are all links; a block with a list or a
   * heading of its own (a menu, a call to act over its selling points) is no such line
   */
  static boolean inPlainRunItem(Element e, Element article, TextStats stats) {
    TextStats.Stat own = stats.get(e);
    if (own.listItems > 0 || own.headings > 0) return false; // a box with a menu or a call to act, not a line
    for (Element item = e; item != null && item != article; item = item.parent()) {
      if (stats.get(item).text > SHORT_ITEM) return false;
      if (isItemOfPlainRun(item, stats)) return true;
    }
    return false;
  }

  private static boolean isItemOfPlainRun(Element e, TextStats stats) {
    Element parent = e.parent();
    String cls = e.className();
    if (parent == null || cls.isBlank()) return false;
    int like = 0;
    int plain = 0;
    for (Element sib = parent.firstElementChild(); sib != null; sib = sib.nextElementSibling()) {
      if (!sib.normalName().equals(e.normalName()) || !sib.className().equals(cls)) continue;
      like++;
      TextStats.Stat s = stats.get(sib);
      if (s.text > 0 && s.linkDensity() < 0.2) plain++;
    }
    return like >= 3 && plain * 3 >= like * 2;
  }

  private static final Evaluator IN_PAGE_LINK = QueryParser.parse("a[href^=#]");

  /**
   * {@return the characters of {@code e}'s links to places on the page itself ({@code #section}): a table of
   * contents, which leads into the text around it, not away to other pages}
   */
  private static int contentsLinks(Element e) {
    int n = 0;
    for (Element a : Walk.all(e, IN_PAGE_LINK)) {
      String href = a.attr("href");
      if (href.length() > 1 && href.charAt(1) != '!') n += Whitespace.visibleLength(a.text());
    }
    return n;
  }

  private static final Evaluator IMAGES = Walk.tags("img");
  private static final Evaluator LINK = QueryParser.parse("a[href]");
  private static final Pattern IMAGE_FILE = Pattern.compile("(?i)\\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#].*)?$");

  /**
   * {@return whether {@code e}'s images are a sequence the article shows}: the panels of a comic or the photos of
   * a series, each described by an alt text of its own and linked to no other page (at most to its full-size
   * file); thumbnails of teasers and logos link away, and a slider's thumbnails have no or the same alt text
   */
  private static boolean isDescribedSequence(Element e) {
    int images = 0;
    java.util.Set<String> alts = new java.util.HashSet<>();
    for (Element img : Walk.all(e, IMAGES)) {
      images++;
      Element link = img.closest(LINK);
      if (link != null && !IMAGE_FILE.matcher(link.attr("href")).find()) return false;
      String alt = Whitespace.squash(img.attr("alt"));
      if (!alt.isEmpty()) alts.add(alt);
    }
    return images > 0 && alts.size() == images;
  }

  // a bare address is a cited source, which the text shows as such
  private static boolean isUrl(String text) {
    String t = text.trim();
    return t.startsWith("http://") || t.startsWith("https://") || t.startsWith("www.");
  }

  private static String pct(double d) {
    return Math.round(d * 100) + "% links";
  }
}
