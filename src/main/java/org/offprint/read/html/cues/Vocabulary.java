package org.offprint.read.html.cues;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Element;

/**
 * Class and id words that say what a block of a page is, in several languages. They are general cues: no site is
 * named here.
 *
 * <p>Names are read as words, never as strings to search: a class or id is split into tokens on every character
 * that is not a letter (so on {@code -}, {@code _} and digits) and where case changes ({@code APageRoot} gives
 * "a", "page", "root"); a token that is two known words run together ({@code sharebox}, {@code postcontent}) gives
 * both, and a plural gives its singular. A cue then matches whole words only: "pager" is not in "APageRoot", nor
 * "tag" in "tagesschau". Taxonomy classes that a CMS puts on the post itself ({@code tag-*}, {@code category-*},
 * {@code post-123}, {@code format-*}...) say what the post is about, not what the block is, and are not read.
 */
public final class Vocabulary {
  private Vocabulary() {}

  /** Words of page chrome: navigation, sharing, comments, promotion, related links, legal banners. */
  private static final Set<String> NEGATIVE = Set.of(
      "ad", "adv", "advert", "advertisement", "advertising", "advertorial", "banner", "sponsored", "dfp",
      "nav", "navbar", "navigation", "navi", "menu", "breadcrumb", "pagination", "pager", "paging", "footer",
      "masthead", "comment", "disqus", "replies", "respond", "social", "share", "sharing", "sharer", "newsletter",
      "subscribe", "subscription", "signup", "register", "registration", "cookie", "consent", "gdpr", "popup",
      "modal", "overlay", "tooltip", "hovercard", "popover", "rollover", "sidebar", "widget", "related", "recommend",
      "recommended", "recommendation", "trending", "popular", "outbrain", "taboola", "sponsor", "promo",
      "promotion", "teaser", "partner", "skyscraper", "shoutbox", "tagcloud", "tag", "taglist", "keyword", "byline",
      "bio", "biobox", "toolbar", "tool", "action", "reaction", "readmore", "cta",
      // German, French, Spanish, Portuguese, Polish/Turkish, Russian (transliterated)
      "werbung", "anzeige", "kommentar", "kommentare", "teilen", "verwandt", "verwandte", "publicite", "publicité",
      "partage", "commentaire", "publicidad", "compartir", "comentario", "relacionado", "relacionada",
      "compartilhar", "compartilhe", "reklam", "reklama", "kommentarii", "svyazannye", "podpiska");

  /** Chrome named by two or three words in a row ({@code side-bar}, {@code most-read}, {@code sr-only}). */
  private static final Set<String> NEGATIVE_PHRASES = Set.of(
      "side bar", "site header", "follow us", "sign up", "read more", "more stories", "also read", "read also",
      "most popular", "most read", "most viewed", "tag cloud", "author bio", "author box", "author info",
      "author card", "author profile", "about author", "about the author", "bio box", "print only", "jump link",
      "skip link", "visually hidden", "sr only", "screen reader", "leia tambem", "veja tambem");

  /** Words of article bodies. */
  private static final Set<String> POSITIVE = Set.of(
      "article", "content", "entry", "hentry", "post", "story", "body", "text", "main", "blog", "prose",
      "richtext", "markdown", "artikel", "inhalt", "beitrag", "contenu", "contenido", "conteudo", "conteúdo",
      "texto", "noticia", "materia", "matéria", "cuerpo", "corpo", "honbun", "kiji", "statya", "novost", "tekst",
      "berita");

  /** Words of bylines, datelines and article meta lines. */
  private static final Set<String> BYLINE = Set.of(
      "byline", "author", "dateline", "writtenby", "meta", "metadata", "publish", "published", "publishdate",
      "pubdate", "timestamp", "date", "time", "postdate", "autor", "auteur", "credit");

  /** Bylines named by words in a row. */
  private static final Set<String> BYLINE_PHRASES = Set.of("written by", "posted on", "post date");

  /** Words of image captions and credits. */
  private static final Set<String> CAPTION = Set.of("caption", "figcaption", "credit", "legend");

  /** Phrases of image captions. */
  private static final Set<String> CAPTION_PHRASES = Set.of("image text");

  /**
   * Words that only help to split a run-together token ({@code commentlist} = comment + list): the parts of
   * component names. A token splits only when both halves are known words.
   */
  private static final Set<String> PARTS = Set.of(
      "area", "bar", "block", "bottom", "box", "button", "card", "col", "column", "container", "count", "data",
      "form", "grid", "head", "header", "icon", "image", "img", "info", "inner", "item", "label", "left",
      "link", "list", "module", "more", "most", "outer", "page", "panel", "read", "right", "row", "section",
      "side", "site", "slot", "top", "unit", "wrap", "wrapper", "zone", "by", "on", "rich", "new", "wp", "td",
      "has", "with", "no", "without",
      "global", "primary", "secondary", "mobile", "footer", "main", "title", "cloud", "feed", "line", "home");


  /** {@return the element's class and id, lower-cased, as one string} */
  public static String classAndId(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) return "";
    return (cls + " " + id).toLowerCase(Locale.ROOT).trim();
  }

  /**
   * {@return the words of a class attribute and an id, in order: each class name and the id split into tokens,
   * run-together known words split apart, plurals made singular, taxonomy classes left out}
   */
  static List<String> words(String classes, String id) {
    List<String> out = new ArrayList<>();
    classWords(classes, out);
    tokens(id, out);
    return out;
  }

  // The words of a class attribute, each class name ended by "" so that no phrase runs across two names.
  private static void classWords(String classes, List<String> out) {
    int n = classes.length();
    for (int i = 0; i < n; ) {
      while (i < n && Character.isWhitespace(classes.charAt(i))) i++;
      int start = i;
      while (i < n && !Character.isWhitespace(classes.charAt(i))) i++;
      if (i == start) break;
      String name = classes.substring(start, i);
      if (isTaxonomy(name)) continue;
      tokens(name, out);
      out.add("");
    }
  }

  /** Prefixes of the class names that a CMS derives from the post's taxonomy or state. */
  private static final String[] TAXONOMY_PREFIXES =
      {"tag-", "tags-", "category-", "categories-", "format-", "type-", "status-", "postid-"};

  // tag-*, category-*, post-123...: checked without a regex, as it runs on every class name of the page.
  private static boolean isTaxonomy(String name) {
    int dash = name.indexOf('-');
    if (dash < 3 || dash == name.length() - 1) return false;
    char first = Character.toLowerCase(name.charAt(0));
    if (first != 't' && first != 'c' && first != 'f' && first != 's' && first != 'p') return false;
    for (String p : TAXONOMY_PREFIXES) if (name.regionMatches(true, 0, p, 0, p.length())) return true;
    if (name.regionMatches(true, 0, "post-", 0, 5)) {
      for (int i = 5; i < name.length(); i++) if (!Character.isDigit(name.charAt(i))) return false;
      return true;
    }
    return false;
  }

  // Splits one name on non-letters and case changes, lower-cases the tokens and normalises each one.
  private static void tokens(String name, List<String> out) {
    int start = -1;
    for (int i = 0; i <= name.length(); i++) {
      char c = i < name.length() ? name.charAt(i) : ' ';
      boolean letter = Character.isLetter(c);
      if (start >= 0) {
        char prev = name.charAt(i - 1);
        boolean caseBreak = letter && Character.isUpperCase(c)
            && (Character.isLowerCase(prev)
                || i + 1 < name.length() && Character.isUpperCase(prev) && Character.isLowerCase(name.charAt(i + 1)));
        if (!letter || caseBreak) {
          word(name.substring(start, i).toLowerCase(Locale.ROOT), out);
          start = letter ? i : -1;
        }
      } else if (letter) {
        start = i;
      }
    }
  }

  private static void word(String token, List<String> out) {
    String w = known(token);
    if (w != null) {
      out.add(w);
      return;
    }
    // two known words run together: sharebox, commentlist, postcontent. Only where a known word can start the
    // token, and only at the lengths known words have: this runs on every token of every class of the page.
    if (token.length() < 4 || token.length() > 30 || !mayStartWord(token)) {
      out.add(token);
      return;
    }
    for (int i = 2; i <= token.length() - 2; i++) {
      if (i >= KNOWN_LENGTHS.length || !KNOWN_LENGTHS[i]) continue;
      String a = known(token.substring(0, i));
      String b = a == null ? null : known(token.substring(i));
      if (b != null) {
        out.add(a);
        out.add(b);
        return;
      }
    }
    out.add(token);
  }

  // The token as a known word (a plural as its singular), or null.
  private static String known(String t) {
    if (isKnown(t)) return t;
    if (t.length() >= 3 && t.endsWith("s")) {
      String one = t.substring(0, t.length() - 1);
      if (isKnown(one)) return one;
      if (t.endsWith("es") && isKnown(t.substring(0, t.length() - 2))) return t.substring(0, t.length() - 2);
    }
    return null;
  }

  private static boolean isKnown(String t) {
    return KNOWN.contains(t);
  }

  /** The first words of all phrases: a phrase is only looked up from one of them. */
  private static final Set<String> PHRASE_STARTS = phraseStarts();

  private static Set<String> phraseStarts() {
    Set<String> s = new java.util.HashSet<>();
    for (Set<String> phrases : List.of(NEGATIVE_PHRASES, BYLINE_PHRASES, CAPTION_PHRASES)) {
      for (String p : phrases) s.add(p.substring(0, p.indexOf(' ')));
    }
    return Set.copyOf(s);
  }

  /** The lengths of the known words (up to 31 letters). */
  private static final boolean[] KNOWN_LENGTHS = new boolean[32];
  /** The known words' first two letters, for ASCII letters: [first - 'a'][second - 'a']. */
  private static final boolean[][] KNOWN_STARTS = new boolean[26][26];

  // Whether a known word starts with the token's first two letters.
  private static boolean mayStartWord(String token) {
    int a = token.charAt(0) - 'a';
    int b = token.charAt(1) - 'a';
    if (a < 0 || a >= 26 || b < 0 || b >= 26) return true; // not ASCII: no shortcut, the lookups decide
    return KNOWN_STARTS[a][b];
  }

  /** Every word of the vocabularies, of their phrases and of {@link #PARTS}: one lookup per token. */
  private static final Set<String> KNOWN = known();

  private static Set<String> known() {
    Set<String> s = new java.util.HashSet<>();
    for (Set<String> words : List.of(NEGATIVE, POSITIVE, BYLINE, CAPTION, PARTS)) s.addAll(words);
    for (Set<String> phrases : List.of(NEGATIVE_PHRASES, BYLINE_PHRASES, CAPTION_PHRASES)) {
      for (String p : phrases) s.addAll(List.of(p.split(" ")));
    }
    for (String w : s) {
      if (w.length() < KNOWN_LENGTHS.length) KNOWN_LENGTHS[w.length()] = true;
      if (w.length() >= 2 && w.charAt(0) >= 'a' && w.charAt(0) <= 'z' && w.charAt(1) >= 'a' && w.charAt(1) <= 'z') {
        KNOWN_STARTS[w.charAt(0) - 'a'][w.charAt(1) - 'a'] = true;
      }
    }
    return Set.copyOf(s);
  }

  /** {@return the index in {@code words} of the first word in {@code vocabulary} or phrase in {@code phrases}} */
  private static int find(List<String> words, Set<String> vocabulary, Set<String> phrases) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.isEmpty()) continue;
      if (PHRASE_STARTS.contains(w) && i + 1 < words.size() && !words.get(i + 1).isEmpty()) {
        String two = w + " " + words.get(i + 1);
        if (phrases.contains(two)) return i;
        if (i + 2 < words.size() && phrases.contains(two + " " + words.get(i + 2))) return i;
      }
      if (vocabulary.contains(w) && (i == 0 || !HAVING.contains(words.get(i - 1)))) return i;
    }
    return -1;
  }

  /** {@return the word or phrase that {@link #find} found at {@code i}, or null for -1} */
  private static String matched(List<String> words, int i, Set<String> phrases) {
    if (i < 0) return null;
    for (int n = 3; n >= 2; n--) {
      if (i + n > words.size()) continue;
      String p = String.join(" ", words.subList(i, i + n));
      if (phrases.contains(p)) return p;
    }
    return words.get(i);
  }

  /**
   * Words that make the next one a property of a wrapper, not its kind: {@code has-ads}, {@code with-sidebar},
   * {@code no-comments} name a layout that holds (or lacks) the thing, not the thing.
   */
  private static final Set<String> HAVING = Set.of("has", "with", "no", "without");

  /** What the vocabularies say about one class attribute or one id. */
  private record Part(
      List<String> words, String negative, int negativeAt, int positiveAt, boolean byline, boolean caption) {
    static final Part EMPTY = new Part(List.of(), null, -1, -1, false, false);

    static Part of(List<String> words) {
      if (words.isEmpty()) return EMPTY;
      int neg = find(words, NEGATIVE, NEGATIVE_PHRASES);
      return new Part(List.copyOf(words), matched(words, neg, NEGATIVE_PHRASES), neg,
          find(words, POSITIVE, Set.of()), find(words, BYLINE, BYLINE_PHRASES) >= 0,
          find(words, CAPTION, CAPTION_PHRASES) >= 0);
    }

    boolean articleFirst() {
      return positiveAt >= 0 && positiveAt < negativeAt;
    }
  }

  /** What the vocabularies say about an element's class and id together. */
  private record Verdict(
      String negative, String classNegative, int weight, boolean articleFirst, boolean byline, boolean caption) {
    static Verdict of(Part cls, Part id) {
      String negative = cls.negative() != null ? cls.negative() : id.negative();
      boolean positive = cls.positiveAt() >= 0 || id.positiveAt() >= 0;
      // the class is read before the id, as a reader of the markup would
      boolean articleFirst = cls.negative() != null ? cls.articleFirst()
          : id.negative() != null && (cls.positiveAt() >= 0 || id.articleFirst());
      return new Verdict(negative, cls.negative(), (negative != null ? -25 : 0) + (positive ? 25 : 0),
          articleFirst, cls.byline() || id.byline(), cls.caption() || id.caption());
    }
  }

  // Pages repeat the same few hundred class strings thousands of times, and the stages ask about the same element
  // several times: remembering what a class attribute or an id says makes the vocabulary cheap. Kept apart, so
  // that the unique ids of a page (post-123, comment-88) do not multiply the pairs. Bounded so that odd inputs
  // cannot grow them without end.
  private static final Map<String, Part> CLASSES = new ConcurrentHashMap<>();
  private static final Map<String, Part> IDS = new ConcurrentHashMap<>();
  private static final Map<String, Verdict> CLASS_VERDICTS = new ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 20_000;
  private static final Verdict NONE = new Verdict(null, null, 0, false, false, false);

  private static Verdict verdict(Element e) {
    if (e.attributesSize() == 0) return NONE; // most elements: no lookups at all
    String cls = e.attr("class");
    String id = e.attr("id");
    if (cls.isEmpty() && id.isEmpty()) return NONE;
    if (id.isEmpty()) {
      Verdict v = CLASS_VERDICTS.get(cls); // most elements with a name have a class and no id
      if (v != null) return v;
    }
    Verdict v = Verdict.of(classPart(cls), idPart(id));
    if (id.isEmpty()) CLASS_VERDICTS.put(cls, v); // bounded with CLASSES, cleared with it
    return v;
  }

  // The cache's misses go through computeIfAbsent, which the JIT never inlines (it is too large): the
  // tokenizer and the vocabularies' lookups are compiled once, not into every caller of a lookup.
  private static Part classPart(String cls) {
    if (cls.isEmpty()) return Part.EMPTY;
    Part c = CLASSES.get(cls);
    if (c != null) return c;
    if (CLASSES.size() > CACHE_LIMIT) {
      CLASSES.clear();
      CLASS_VERDICTS.clear();
    }
    return CLASSES.computeIfAbsent(cls, Vocabulary::newClassPart);
  }

  private static Part newClassPart(String cls) {
    List<String> words = new ArrayList<>();
    classWords(cls, words);
    return Part.of(words);
  }

  private static Part idPart(String id) {
    if (id.isEmpty()) return Part.EMPTY;
    Part i = IDS.get(id);
    if (i != null) return i;
    if (IDS.size() > CACHE_LIMIT) IDS.clear();
    return IDS.computeIfAbsent(id, Vocabulary::newIdPart);
  }

  private static Part newIdPart(String id) {
    List<String> words = new ArrayList<>();
    tokens(id, words);
    return Part.of(words);
  }

  /** {@return whether {@code e}'s class or id holds the word {@code word} (a word of this vocabulary's parts)} */
  public static boolean hasWord(Element e, String word) {
    if (e.attributesSize() == 0) return false;
    return classPart(e.attr("class")).words().contains(word) || idPart(e.attr("id")).words().contains(word);
  }

  /** {@return whether {@code e}'s class or id holds {@code word} or {@code other}}: one lookup of each name */
  public static boolean hasWord(Element e, String word, String other) {
    if (e.attributesSize() == 0) return false;
    List<String> cls = classPart(e.attr("class")).words();
    if (cls.contains(word) || cls.contains(other)) return true;
    List<String> id = idPart(e.attr("id")).words();
    return id.contains(word) || id.contains(other);
  }

  /**
   * Chrome words that also name parts of articles: a CMS's "teaser" is the article's lead as often as a link to
   * another article, and "read more" names the long text a script folds behind a toggle as often as a link to
   * more. They name chrome only when the block is made of links.
   */
  private static final Set<String> WEAK_NEGATIVE = Set.of("teaser", "readmore", "read more");

  /** Words of cards that pop up over the text on hover: inline furniture, removed even inside a sentence. */
  private static final Set<String> POPUP = Set.of("tooltip", "hovercard", "popover", "popup", "rollover");

  /** {@return whether {@code word}, a negative word, names a card that pops up over the text} */
  public static boolean isPopup(String word) {
    return word != null && POPUP.contains(word);
  }

  /** {@return whether {@code word}, a negative word, names chrome only when the block is made of links} */
  public static boolean isWeakNegative(String word) {
    return word != null && WEAK_NEGATIVE.contains(word);
  }

  /** {@return the matched negative word in {@code e}'s class or id, or null} */
  public static String negativeWord(Element e) {
    return verdict(e).negative();
  }

  /** {@return the matched negative word in {@code e}'s class alone, or null} */
  public static String negativeClassWord(Element e) {
    return verdict(e).classNegative();
  }

  /**
   * {@return whether {@code e}'s name says article before it says chrome, as in {@code entry-content-read-more}
   * (where {@code footer-content} or {@code related-post} say chrome first)}
   */
  public static boolean articleFirst(Element e) {
    return verdict(e).articleFirst();
  }

  /** {@return whether {@code e}'s class or id names a byline, dateline or meta line} */
  public static boolean isByline(Element e) {
    return verdict(e).byline();
  }

  /** {@return whether {@code e}'s class or id names an image caption or credit} */
  public static boolean isCaption(Element e) {
    return verdict(e).caption();
  }

  /** {@return +25 for an article-like class or id, -25 for a chrome-like one, 0 or both for neither} */
  public static int weight(Element e) {
    return verdict(e).weight();
  }
}
