package org.offprint.read.html.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.offprint.model.Block;
import org.offprint.model.Heading;
import org.offprint.model.Paragraph;
import org.offprint.read.html.cues.Phrases;
import org.offprint.read.html.cues.Vocabulary;
import org.offprint.read.html.dom.Explain;
import org.offprint.read.html.dom.TextStats;
import org.offprint.read.html.dom.Walk;
import org.offprint.read.html.dom.Whitespace;

/**
 * Finds the standfirst (dek, subtitle) printed under an article's headline, which is metadata ({@code subtitle})
 * rather than the first paragraph of the body.
 *
 * <p>The search starts at the headline (the {@code h1} that repeats the title, else the first {@code h1} that
 * shares more than half its words with it, else a heading or headline element that repeats it) and
 * reads on in document order until the body text starts (the first paragraph of 80 characters or more that is
 * not a standfirst). A standfirst is a short block of text (20 to 500 characters, few links, no image, not a
 * byline, no date or author markup inside, not a caption beside an image) that either
 * <ul>
 *   <li>is named so: a class or id token {@code standfirst}, {@code dek}, {@code deck}, {@code subtitle},
 *       {@code subheadline}, {@code subhead}, {@code subheading} or {@code strapline} (names are split into whole
 *       tokens on {@code -}, {@code _}, camelCase and digits; two neighbouring tokens count as one, so
 *       {@code sub-title} is {@code subtitle}), or an itemprop {@code alternativeHeadline}, {@code description}
 *       or {@code abstract}; or {@code lede}, {@code summary}, {@code excerpt} or {@code intro}, which also
 *       name the body's opening paragraph, when no body paragraph follows as its sibling ({@code lead} is left
 *       out: on a landing page it took the {@code p.lead} under the h1 that Readability.js keeps as the body's
 *       opening); or</li>
 *   <li>repeats the page's description (og:description, description) and comes before the byline, with no
 *       other paragraph between them.</li>
 * </ul>
 */
public final class Standfirst {
  // parsed once (jsoup parses a query string on every call); tag queries are Walk.tags, a set lookup
  private static final Evaluator MEDIA =
      Walk.tags("img", "picture", "video", "iframe", "figure", "svg", "table", "ul", "ol");
  private static final Evaluator DATES = QueryParser.parse("time, address, [itemprop=author], [rel=author]");
  private static final Evaluator IMAGES = Walk.tags("img", "picture");
  private static final Evaluator HEADINGS = Walk.tags("h1", "h2", "h3");
  /** A headline marked as such without a heading's tag ({@code <div itemprop="headline">}). */
  private static final Evaluator HEADLINE = QueryParser.parse("[itemprop=headline]");
  private static final Evaluator PARAGRAPHS = Walk.tags("p", "li", "blockquote");
  /** Words that name a standfirst and nothing else. */
  private static final Set<String> WORDS = Set.of("standfirst", "dek", "deck", "subtitle", "subheadline",
      "subhead", "subheading", "strapline");
  /**
   * Words that also name the body's opening paragraph ({@code <p class="lede">} followed by the rest of the
   * body): a standfirst only when no body paragraph follows it as its sibling.
   */
  private static final Set<String> OPENING_WORDS = Set.of("lede", "summary", "excerpt", "intro");
  /** A part of every word above, for a quick test before a name is split into tokens. */
  private static final String[] STEMS = {"standfirst", "dek", "deck", "sub", "strapline", "lede", "summary",
      "excerpt", "intro"};
  private static final Evaluator TITLE_LIKE =
      QueryParser.parse("h1, h2, h3, [itemprop=headline], [class*=headline], [class*=title], [id*=headline]");
  private static final Set<String> ITEMPROPS = Set.of("alternativeheadline", "description", "abstract");
  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "nav", "aside",
      "figure", "form", "button", "select", "svg", "footer");
  private static final Pattern TOKEN_BREAK = Pattern.compile("[^\\p{L}]+|(?<=\\p{Ll})(?=\\p{Lu})");
  private static final int MIN = 20;
  private static final int MAX = 500;
  /** A paragraph this long that is no standfirst starts the body. */
  private static final int BODY_PARAGRAPH = 80;
  private static final int MAX_ELEMENTS = 80;

  private Standfirst() {}

  /** {@return the standfirst's text, whitespace collapsed, or ""}; {@code headlines} are the page's h1 elements */
  static String find(Document page, List<Element> headlines, String title, String description) {
    Element e = element(page, headlines, title, description);
    return e == null ? "" : Whitespace.collapse(e.text()).strip();
  }

  /** {@return the standfirst element of {@code page}, or null} */
  static Element element(Document page, List<Element> headlines, String title, String description) {
    Element body = page.body();
    if (body == null) return null;
    Element headline = headline(body, headlines, title);
    if (headline == null) return null;
    String desc = comparable(description);
    String t = comparable(title);
    int seen = 0;
    Node n = Walk.after(headline, body);
    while (n != null && seen++ < MAX_ELEMENTS) {
      if (!(n instanceof Element e)) {
        n = Walk.following(n, body);
        continue;
      }
      if (SKIPPED.contains(e.normalName()) || isByline(e)) {
        n = Walk.after(e, body);
        continue;
      }
      String shortText = MetaText.shortText(e, MAX); // null for the big containers the walk goes into
      if (shortText != null && shortText.isEmpty()) {
        n = Walk.after(e, body);
        continue;
      }
      if (shortText != null && shortText.length() >= MIN) { // the cheap tests first: this runs per element
        boolean named = isNamed(e);
        // the text is compared only when its length is near the description's
        boolean repeatsDescription = !named && !desc.isEmpty() && shortText.length() + 10 >= desc.length()
            && (shortText.length() <= desc.length() + 40 || desc.length() >= 60)
            && matchesDescription(comparable(shortText), desc);
        if ((named || repeatsDescription) && !comparable(shortText).equals(t) && isBlockOfText(e)
            && !Phrases.isRating(shortText) // a rating widget's "summary" of votes
            && (named || bylineFollows(e, body))) {
          return e;
        }
      }
      if (isBodyParagraph(e)) return null; // the body has started: what follows is no standfirst
      n = Walk.following(e, body);
    }
    return null;
  }

  /**
   * {@return {@code blocks} without the standfirst, when one of the first three blocks repeats it}; the body then
   * starts after it, as every writer prints the subtitle under the title
   */
  public static List<Block> without(List<Block> blocks, String subtitle, Explain explain) {
    if (subtitle.isBlank()) return blocks;
    String s = comparable(subtitle);
    for (int i = 0; i < Math.min(3, blocks.size()); i++) {
      Block b = blocks.get(i);
      String text = b instanceof Paragraph p ? p.text() : b instanceof Heading h ? h.text() : null;
      if (text == null || !comparable(text).equals(s)) continue;
      explain.note("standfirst (metadata): " + (subtitle.length() > 60 ? subtitle.substring(0, 60) + "…" : subtitle));
      List<Block> out = new ArrayList<>(blocks);
      out.remove(i);
      return out;
    }
    return blocks;
  }

  /**
   * The h1 that repeats the title, else the first h1; on a page without h1, a heading or headline element that
   * repeats the title.
   */
  private static Element headline(Element body, List<Element> headlines, String title) {
    String t = comparable(title);
    Element first = null;
    int n = 0;
    for (Element h : headlines) {
      if (!h.normalName().equals("h1")) continue; // not [itemprop=headline], which may sit anywhere
      String text = comparable(h.text());
      if (!t.isEmpty() && text.equals(t)) return h;
      if (first == null && (t.isEmpty() || sharesWords(text, t))) first = h;
      if (++n > 10) break;
    }
    // an h1 that is not the title at all is the site's name in its header (a blog's), not the headline
    if (first == null && !t.isEmpty()) { // pages built of divs: look for the title
      for (Node x = body; x != null; x = Walk.following(x, body)) { // as far as the first that repeats it
        if (!(x instanceof Element h) || !TITLE_LIKE.matches(body, h)) continue;
        String text = MetaText.shortText(h, title.length() + 40);
        if (text != null && comparable(text).equals(t)) return h;
      }
    }
    return first;
  }

  /** {@return whether more than half the words of {@code a} are words of {@code b} (both comparable)} */
  private static boolean sharesWords(String a, String b) {
    Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(b.split(" ")));
    String[] own = a.split(" ");
    int shared = 0;
    for (String w : own) {
      if (words.contains(w)) shared++;
    }
    return own.length > 0 && shared * 2 > own.length;
  }

  /**
   * A block whose words are its own: no image, list or table inside, at most two paragraphs, few links, and not
   * the caption of an image beside it.
   */
  private static boolean isBlockOfText(Element e) {
    Element parent = e.parent();
    if (Vocabulary.isCaption(e) || parent != null && Walk.first(parent, IMAGES) != null
        && Walk.first(parent, HEADINGS) == null && Walk.first(parent, HEADLINE) == null) {
      return false;
    }
    if (Walk.first(e, MEDIA) != null || Walk.first(e, DATES) != null) return false;
    // a header line of name and date ("subhead-name", "subhead-date"); a plain walk, no list of the elements
    for (Node n = Walk.following(e, e); n != null; n = Walk.following(n, e)) {
      if (n instanceof Element c && isByline(c)) return false;
    }
    if (Walk.all(e, PARAGRAPHS).size() > 2) return false;
    TextStats.Stat s = TextStats.measure(e);
    return s.text >= MIN && s.linkDensity() < 0.5;
  }

  private static boolean isBodyParagraph(Element e) {
    if (e.normalName().equals("p")) return Whitespace.visibleLength(e.text()) >= BODY_PARAGRAPH;
    for (Node c : e.childNodes()) { // a div that holds its text itself, as paragraphs do
      if (c instanceof TextNode tn && Whitespace.visibleLength(tn.getWholeText(), BODY_PARAGRAPH) >= BODY_PARAGRAPH) return true;
    }
    return false;
  }

  private static boolean isNamed(Element e) {
    if (e.attributesSize() == 0) return false;
    if (ITEMPROPS.contains(e.attr("itemprop").toLowerCase(Locale.ROOT))) return true;
    if (hasWord(e.className(), WORDS) || hasWord(e.id(), WORDS)) return true;
    if (!hasWord(e.className(), OPENING_WORDS) && !hasWord(e.id(), OPENING_WORDS)) return false;
    Element next = e.nextElementSibling();
    return next == null || !isBodyParagraph(next);
  }

  /** {@return whether a class or id holds a standfirst word as a whole token, or as two neighbouring tokens} */
  static boolean hasWord(String classOrId) {
    return hasWord(classOrId, WORDS) || hasWord(classOrId, OPENING_WORDS);
  }

  private static boolean hasWord(String classOrId, Set<String> words) {
    if (classOrId.isEmpty() || !MetaText.containsAny(classOrId, STEMS)) return false;
    for (String name : classOrId.trim().split("\\s+")) {
      String previous = "";
      for (String token : TOKEN_BREAK.split(name)) {
        String w = token.toLowerCase(Locale.ROOT);
        if (w.isEmpty()) continue;
        if (words.contains(w) || words.contains(previous + w)) return true;
        previous = w;
      }
    }
    return false;
  }

  private static boolean isByline(Element e) {
    // the names first: they are the cheap tests
    return e.normalName().equals("time") || e.normalName().equals("address") || MetaAuthors.isByline(e)
        || Vocabulary.isByline(e);
  }

  // the page's description, perhaps cut short with an ellipsis, repeats the paragraph
  private static boolean matchesDescription(String text, String desc) {
    return text.equals(desc) || desc.length() >= 60 && text.startsWith(desc);
  }

  /** {@return whether a byline or date comes soon after {@code e}, before the body text starts} */
  private static boolean bylineFollows(Element e, Element body) {
    int seen = 0;
    Node n = Walk.after(e, body);
    while (n != null && seen++ < 30) {
      if (n instanceof TextNode t) {
        if (MetaAuthors.byLine(t) != null) return true;
        n = Walk.following(n, body);
        continue;
      }
      if (!(n instanceof Element x)) {
        n = Walk.following(n, body);
        continue;
      }
      if (isByline(x)) return true;
      if (SKIPPED.contains(x.normalName())) {
        n = Walk.after(x, body);
        continue;
      }
      // any other paragraph first: the description repeats the body's opening, as it often does
      if (x.normalName().equals("p") && Whitespace.visibleLength(x.text()) > 0 || isBodyParagraph(x)) return false;
      n = Walk.following(x, body);
    }
    return false;
  }

  private static String comparable(String s) {
    // a loop rather than a pattern's replaceAll: this runs on every short text after the headline
    String t = Whitespace.collapse(s).strip().toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(t.length());
    boolean gap = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (isPunctuation(c)) {
        gap = true;
      } else {
        if (gap && sb.length() > 0) sb.append(' ');
        gap = false;
        sb.append(c);
      }
    }
    return sb.toString().strip();
  }

  /** ASCII punctuation and white space, guillemets, curly quotes and the ellipsis: what a comparison ignores */
  private static boolean isPunctuation(char c) {
    if (c < 0x80) return c <= ' ' ? c == ' ' || c >= '\t' && c <= '\r' : !Character.isLetterOrDigit(c) && c != 0x7f;
    return c == '«' || c == '»' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…';
  }
}
