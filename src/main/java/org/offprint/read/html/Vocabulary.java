package org.offprint.read.html;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Class and id words that say what a block of a page is, in several languages. They are general cues: no site is
 * named here.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** Words of page chrome: navigation, sharing, comments, promotion, related links, legal banners. */
  static final Pattern NEGATIVE = Pattern.compile(
      "(?:^|[-_ ])(?:ads?|adv|advert|advertisement|advertising|banners?|sponsored|promoted|dfp|gpt)(?:$|[-_ 0-9])"
          + "|nav(?:bar|igation)?(?:$|[-_ ])|^nav|menu|breadcrumb|pagination|pager|footer|masthead|site-?header"
          + "|comment(?!ary)|disqus|replies|respond|social|share|sharing|sharer|follow-?us|newsletter|subscri|signup"
          + "|sign-up|register|cookie|consent|gdpr|popup|modal|overlay|tooltip|hovercard|popover|banner|sidebar|side-?bar|widget"
          + "|related|recommend|more-?stories|read-?more|readmore|also-?read|most-?(?:popular|read|viewed)"
          + "|trending|popular|outbrain|taboola|sponsor|promo|teaser|partner|skyscraper|shoutbox|tag-?cloud"
          + "|(?:^|[-_ ])tags?(?:$|[-_ ])|taglist|keywords|author-?(?:bio|box|info|card|profile)|byline|bio-?box|(?:^|[-_ ])bio(?:$|[-_ ])"
          + "|about-?the-?author|print-?only|toolbar|tools|actions|reactions|jump-?link|skip-?link"
          + "|werbung|anzeige|kommentar|teilen|verwandt|publicite|publicit|partage|commentaire|publicidad"
          + "|compartir|comentario|relacionad|compartilh|leia-?tambem|veja-?tambem|reklam|kommentari|svyazan"
          + "|podpis|visually-?hidden|sr-only|screen-?reader");

  /** Words of article bodies. */
  static final Pattern POSITIVE = Pattern.compile(
      "article|content|entry|h-?entry|post|story|(?:^|[-_ ])body|text|main|blog|prose|rich-?text|markdown"
          + "|artikel|inhalt|beitrag|contenu|contenido|conteudo|conteúdo|texto|noticia|materia|matéria|cuerpo"
          + "|corpo|honbun|kiji|statya|novost|tekst|berita");

  /** Words of bylines, datelines and article meta lines. */
  static final Pattern BYLINE = Pattern.compile(
      "byline|author|dateline|writtenby|written-by|p-author|entry-meta|post-meta|article-meta|meta-?data"
          + "|posted-?on|post-?date|publish|timestamp|(?:^|[-_ ])date(?:$|[-_ ])|(?:^|[-_ ])time(?:$|[-_ ])"
          + "|(?:^|[-_ ])meta(?:$|[-_ ])|autor|auteur|credit");

  /** Words of image captions and credits. */
  static final Pattern CAPTION = Pattern.compile("caption|credit|legend|wp-caption-text|image-text");

  /** {@return the element's class and id, lower-cased, as one string} */
  static String classAndId(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) return "";
    return (cls + " " + id).toLowerCase(Locale.ROOT).trim();
  }

  /** What the two vocabularies say about one class-and-id string. */
  private record Verdict(String negative, int weight, boolean byline, boolean caption) {}

  // Pages repeat the same few hundred class strings thousands of times, and the patterns are long alternations:
  // remembering verdicts makes the vocabulary cheap. Bounded so that odd inputs cannot grow it without end.
  private static final Map<String, Verdict> CACHE = new ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 20_000;
  private static final Verdict NONE = new Verdict(null, 0, false, false);

  private static Verdict verdict(Element e) {
    if (e.attributesSize() == 0) return NONE; // most elements: no lookups at all
    String cls = e.attr("class");
    String id = e.attr("id");
    if (cls.isEmpty() && id.isEmpty()) return NONE;
    String key = id.isEmpty() ? cls : cls + "\u0000" + id;
    Verdict v = CACHE.get(key);
    if (v != null) return v;
    String s = classAndId(e);
    Matcher m = NEGATIVE.matcher(s);
    String negative = m.find() ? m.group().replaceAll("^[-_ ]|[-_ 0-9]$", "") : null;
    int w = (negative != null ? -25 : 0) + (POSITIVE.matcher(s).find() ? 25 : 0);
    v = new Verdict(negative, w, BYLINE.matcher(s).find(), CAPTION.matcher(s).find());
    if (CACHE.size() > CACHE_LIMIT) CACHE.clear();
    CACHE.put(key, v);
    return v;
  }

  /** {@return the matched negative word in {@code e}'s class or id, or null} */
  static String negativeWord(Element e) {
    return verdict(e).negative();
  }

  /** {@return the matched negative word in {@code e}'s class alone, or null} */
  static String negativeClassWord(Element e) {
    String cls = e.className();
    if (cls.isEmpty()) return null;
    if (e.id().isEmpty()) return verdict(e).negative(); // the class alone is the key: the cached verdict holds
    Matcher m = NEGATIVE.matcher(cls.toLowerCase(Locale.ROOT));
    return m.find() ? m.group().replaceAll("^[-_ ]|[-_ 0-9]$", "") : null;
  }

  /** {@return whether {@code e}'s class or id names a byline, dateline or meta line} */
  static boolean isByline(Element e) {
    return verdict(e).byline();
  }

  /** {@return whether {@code e}'s class or id names an image caption or credit} */
  static boolean isCaption(Element e) {
    return verdict(e).caption();
  }

  /** {@return +25 for an article-like class or id, -25 for a chrome-like one, 0 or both for neither} */
  static int weight(Element e) {
    return verdict(e).weight();
  }
}
