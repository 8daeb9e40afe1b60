package org.offprint.read.html;

import java.util.Locale;
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
          + "|comment|disqus|replies|respond|social|share|sharing|sharer|follow-?us|newsletter|subscri|signup"
          + "|sign-up|register|cookie|consent|gdpr|popup|modal|overlay|banner|sidebar|side-?bar|widget"
          + "|related|recommend|more-?stories|read-?more|readmore|also-?read|most-?(?:popular|read|viewed)"
          + "|trending|popular|outbrain|taboola|sponsor|promo|teaser|partner|skyscraper|shoutbox|tag-?cloud"
          + "|(?:^|[-_ ])tags?(?:$|[-_ ])|taglist|keywords|author-?(?:bio|box|info|card|profile)|byline|bio-?box|(?:^|[-_ ])bio(?:$|[-_ ])"
          + "|about-?the-?author|print-?only|toolbar|tools|actions|reactions|rating|jump-?link|skip-?link"
          + "|werbung|anzeige|kommentar|teilen|verwandt|publicite|publicit|partage|commentaire|publicidad"
          + "|compartir|comentario|relacionad|compartilh|leia-?tambem|veja-?tambem|reklam|kommentari|svyazan"
          + "|podpis|visually-?hidden|sr-only|screen-?reader");

  /** Words of article bodies. */
  static final Pattern POSITIVE = Pattern.compile(
      "article|content|entry|h-?entry|post|story|(?:^|[-_ ])body|text|main|blog|prose|rich-?text|markdown"
          + "|artikel|inhalt|beitrag|contenu|contenido|conteudo|conteúdo|texto|noticia|materia|matéria|cuerpo"
          + "|corpo|honbun|kiji|statya|novost|tekst|berita");

  /** {@return the element's class and id, lower-cased, as one string} */
  static String classAndId(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) return "";
    return (cls + " " + id).toLowerCase(Locale.ROOT).trim();
  }

  /** {@return the matched negative word in {@code e}'s class or id, or null} */
  static String negativeWord(Element e) {
    String s = classAndId(e);
    if (s.isEmpty()) return null;
    var m = NEGATIVE.matcher(s);
    return m.find() ? m.group().replaceAll("^[-_ ]|[-_ 0-9]$", "") : null;
  }

  /** {@return +25 for an article-like class or id, -25 for a chrome-like one, 0 or both for neither} */
  static int weight(Element e) {
    String s = classAndId(e);
    if (s.isEmpty()) return 0;
    int w = 0;
    if (NEGATIVE.matcher(s).find()) w -= 25;
    if (POSITIVE.matcher(s).find()) w += 25;
    return w;
  }
}
