package org.offprint.read.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores how much a unit looks like site chrome rather than article text, from general cues: short lines without
 * sentence punctuation, runs of short items between separators ("Home | World | Europe"), "Label: a, b, c"
 * lists, counters ("12 comments", "5 min read"), lone URLs and handles, lines that repeat in the dump, and the
 * words web pages use for their furniture (share, related, comments, tags, subscribe, menu…) in the common
 * European languages. A score of 2 or more means chrome.
 */
final class Chrome {
  /** Interface words of article pages, lower case; each matches at a word start. */
  private static final List<String> UI_WORDS = List.of(
      // English
      "share", "tweet", "facebook", "twitter", "linkedin", "whatsapp", "telegram", "pinterest", "reddit", "email",
      "e-mail", "print", "copy link", "read more", "read next", "read also", "continue reading", "related",
      "recommended", "you may also like", "you might also like", "more from", "more stories", "popular",
      "trending", "most read", "comments", "comment", "leave a reply", "reply", "tags", "tagged", "filed under",
      "categories", "category", "subscribe", "newsletter", "sign up", "log in", "sign in", "follow us",
      "advertisement", "sponsored", "cookie", "accept", "menu", "home", "search", "skip to", "previous", "next",
      "back to top", "all rights reserved", "privacy", "terms of use", "posted in", "min read", "listen",
      // Russian / Ukrainian
      "поделиться", "читать далее", "читать также", "читайте также", "читать полностью", "похожие", "по теме",
      "комментари", "теги", "метки", "подписаться", "подписывайтесь", "подпишитесь", "реклама", "главная", "меню",
      "поиск", "далее", "назад", "все права защищены", "рубрик", "новости партнеров", "популярное", "ещё",
      "поділитися", "читайте також",
      // German
      "teilen", "weiterlesen", "mehr zum thema", "kommentare", "schlagwörter", "abonnieren", "anzeige",
      "startseite", "newsletter",
      // French
      "partager", "lire la suite", "lire aussi", "commentaires", "étiquettes", "s'abonner", "abonnez-vous",
      "publicité", "accueil", "à lire aussi",
      // Spanish / Portuguese / Italian
      "compartir", "leer más", "comentarios", "etiquetas", "suscríbete", "publicidad", "inicio", "relacionad",
      "compartilhar", "leia mais", "comentários", "assine", "condividi", "leggi anche", "commenti", "iscriviti",
      "pubblicità");
  /**
   * Words of consent banners and sign-up boxes. Such boxes are written as sentences, so they look like prose;
   * two of these words in one unit give them away.
   */
  private static final List<String> PROMO_WORDS = List.of("cookie", "privacy", "consent", "accept", "agree",
      "sign up", "subscribe", "newsletter", "inbox", "unsubscribe", "create an account", "log in", "free trial",
      "файлы cookie", "cookies", "согласие", "конфиденциальн", "подпис", "рассылк", "регистрац",
      "datenschutz", "zustimm", "abonnier", "confidentialité", "accepter", "inscri", "privacidad", "aceptar",
      "suscrib", "boletín");
  private static final Pattern SEPARATED = Pattern.compile("^[^|·•/›»>]{1,30}(\\s*[|·•/›»>]\\s*[^|·•/›»>]{1,30}){2,}$");
  private static final Pattern LABEL_LIST = Pattern.compile("^[\\p{L} ]{2,20}:\\s*[^.!?]{1,80}(,\\s*[^.!?,]{1,40})+$");
  private static final Pattern COUNTER = Pattern.compile(
      "(^|\\s)\\(?\\d+\\)?\\s*(\\p{L}+\\s*){0,2}$|^\\p{L}+\\s*\\(\\d+\\)$|\\d+\\s*(min|мин)", Pattern.UNICODE_CASE);
  private static final Pattern URL = Pattern.compile("^(https?://\\S+|www\\.\\S+|@\\w+|\\S+@\\S+\\.\\w+)$");
  private static final Pattern COPYRIGHT = Pattern.compile("^(©|\\(c\\)|copyright)", Pattern.CASE_INSENSITIVE);

  private static final Pattern LABELLED = Pattern.compile("^[^:]{2,30}:.*");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Map<String, Integer> counts = new HashMap<>();

  Chrome(List<Unit> units) {
    for (Unit u : units) counts.merge(key(u.text()), 1, Integer::sum);
  }

  private static String key(String s) {
    if (s.length() > 200) return s;
    return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** {@return the chrome score of {@code u}} */
  int score(Unit u) {
    String t = u.text().strip();
    String lower = t.toLowerCase(Locale.ROOT);
    if (t.length() <= 400 && promoHits(lower) >= 2) return 4;
    // Chrome is short: a long unit is text (or junk), and scanning it for cues would only cost time.
    if (t.length() > 200) return u.prose() ? -3 : 0;
    int words = u.words();
    int score = 0;
    if (words <= 8 && startsWithUiWord(lower)) score += 2;
    if (words <= 12 && startsWithUiWord(lower) && LABELLED.matcher(lower).matches()) score += 1;
    else if (words <= 10 && t.length() <= 120 && containsUiWord(lower)) score += 1;
    if (words <= 5 && !u.endsSentence()) score += 1;
    if (SEPARATED.matcher(t).matches()) score += 2;
    if (LABEL_LIST.matcher(t).matches() && words <= 16) score += 2;
    if (words <= 5 && COUNTER.matcher(lower).find()) score += 1;
    if (URL.matcher(t).matches()) score += 2;
    if (COPYRIGHT.matcher(t).find()) score += 3;
    if (counts.getOrDefault(key(t), 0) > 1 && words <= 12) score += 1;
    if (u.prose() && words >= 12) score -= 3;
    return score;
  }

  /** {@return true when the unit starts with a chrome word that says the article is over} */
  static boolean endMarker(Unit u) {
    String lower = u.text().strip().toLowerCase(Locale.ROOT);
    return u.words() <= 8 && startsWithUiWord(lower) && !lower.startsWith("next") && !lower.startsWith("previous")
        && !lower.startsWith("home") && !lower.startsWith("menu") && !lower.startsWith("search");
  }

  private static int promoHits(String lower) {
    int hits = 0;
    for (String w : PROMO_WORDS) if (lower.contains(w)) hits++;
    return hits;
  }

  private static boolean startsWithUiWord(String lower) {
    for (String w : UI_WORDS) if (lower.startsWith(w)) return true;
    return false;
  }

  private static boolean containsUiWord(String lower) {
    for (String w : UI_WORDS) {
      int i = lower.indexOf(w);
      if (i > 0 && !Character.isLetter(lower.charAt(i - 1))) return true;
    }
    return false;
  }
}
