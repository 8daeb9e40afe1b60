package org.offprint.read.html.cues;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text cues of page chrome that a class name does not give away: the labels that introduce teaser boxes
 * ("Related", "You may also like"), newsletter and follow prompts, advertisement labels and update lines. They are
 * phrases of the web in several languages, not of any one site.
 */
public final class Phrases {
  private Phrases() {}

  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** A label that introduces a box of links to other articles. Matched against a whole short line. */
  public static final Pattern TEASER_LABEL = Pattern.compile(
      "(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|related(?: (?:stories|articles|posts|news|"
          + "content|coverage|reading|links|topics))?|more (?:[\\p{L}'’]+ ){0,3}(?:stories|news|articles|posts|reads|videos)"
          + "|more from [\\p{L} .'’]{1,40}"
          + "|read (?:more|next|also)|also read|see (?:more|also)|don'?t miss|must read|recommended(?: for you)?"
          + "|(?:most )?popular(?: (?:this week|now|today|stories|articles))?|trending(?: now| stories)?"
          + "|top stories|latest (?:news|stories|articles)|editor'?s picks|what to read next|further reading"
          + "|leia (?:também|mais)|veja (?:também|mais)|lea (?:también|más)|noticias relacionadas"
          + "|lire aussi|à lire aussi|sur le même sujet|das könnte sie auch interessieren|mehr zum thema"
          + "|(?:das )?könnte (?:sie|dich) auch interessieren|(?:lesen sie|lies) (?:auch|mehr|weiter)"
          + "(?: (?:die|diese|unsere) (?:folgenden |weiteren )?(?:beiträge|artikel))?|auch lesen|zum weiterlesen"
          + "|(?:(?:dieses|das) (?:skript|manuskript|dokument|transkript) )?als pdf (?:herunterladen|downloaden)"
          + "|download (?:the |this )?(?:pdf|transcript|script)(?: version)?"
          + "|vorschau auf (?:den|das) nächsten? (?:artikel|beitrag)|nächster (?:artikel|beitrag)|next (?:article|post)"
          + "|up next|article suivant|siguiente (?:artículo|noticia)|następny artykuł|articolo successivo"
          + "|(?:auch|mehr) (?:auf|bei) [\\p{L}\\d-]+\\.[a-z]{2,6}|also on [\\p{L}\\d-]+\\.[a-z]{2,6}"
          + "|mehr (?:themen|artikel|beiträge|nachrichten|lesen)|meistgelesene?(?: artikel| beiträge)?"
          + "|(?:aktuelle|neueste|weitere|ähnliche|verwandte) (?:artikel|beiträge|meldungen|nachrichten|themen|news)"
          + "|top[- ]themen(?: der redaktion)?|(?:le|te) puede interesar|czytaj (?:też|także|więcej)"
          + "|zobacz (?:też|także|również)|dowiedz się więcej|ti potrebbe interessare|leggi anche"
          + "|weitere artikel|siehe auch"
          + "|читайте также|смотрите также|похожие (?:статьи|новости)|самые популярные(?: [\\p{L}]+)?|популярное|関連記事|おすすめ記事|관련 ?기사"
          + "|baca juga|berita terkait)\\s*[:.!…»›>]*",
      F);

  /** A line that opens a teaser link inside the text: "Related: ...", "READ MORE: ...". */
  public static final Pattern TEASER_LINE = Pattern.compile(
      "^\\s*(?:related(?: (?:posts?|articles?|stor(?:y|ies)|reading|content|links?|videos?))?|read more|see more"
          + "|see also|also read|read also|read next|more|must read|recommended"
          + "|leia também|veja também|lea también|lire aussi|читайте также|baca juga)\\s*[:：|»›-].*",
      F);

  /** A prompt to subscribe, sign up or follow, or to comment. */
  public static final Pattern PROMPT = Pattern.compile(
      "subscribe|newsletter|sign up|signup|inbox|follow (?:us|@|\\p{Lu}[\\p{L}]+ on)|on (?:twitter|facebook|"
          + "instagram)|have a tip|write to |contact (?:us|the author)|tell us what you think|post comment"
          + "|leave a (?:comment|reply)|comments?$|moderat|^disclaimer|assine|inscreva|suscr[ií]b|abonnez|abonnieren|подпис"
          // support and donation calls, app downloads, closed comments, the blog's filing line
          + "|\\bdonat(?:e|ion)|\\bspende|unterstütze|support(?:ing)? (?:our|us|the)|\\bpatreon\\b"
          + "|(?:download|get) (?:the|our) [\\p{L} ]{0,30}app|\\bapps? for (?:ios|android)"
          + "|comments are closed|kommentare (?:sind )?geschlossen|bookmark the permalink|this entry was posted"
          + "|der beitrag wurde am .* veröffentlicht|subskrypcj|zapraszamy"
          // a magazine's offer ("12 issues for £11.99", "delivered through your letterbox") and a comment form's
          // moderation notice in other languages ("Comentários … não serão aprovados pelo moderador")
          + "|\\d+ issues for [£$€]|delivered (?:to|through) your (?:door|letterbox)"
          + "|(?:coment[aá]rios?|kommentare?|commentaires?|commenti).{0,100}(?:moderad|moderier|modér|moderat)"
          // a closing pointer to another site: "Weitere Infos unter www.itfjuniors.de."
          + "|^(?:weitere|mehr) (?:infos?|informationen) (?:gibt es )?(?:unter|auf|bei) (?:www\\.|https?://)"
          + "|^(?:more|further) (?:info|information|details) (?:at|on) (?:www\\.|https?://)",
      F);

  /** An advertisement label standing alone. */
  public static final Pattern AD_LABEL = Pattern.compile(
      "\\s*(?:advert(?:isement|ising)?|ad|sponsored(?: content)?|anzeige|werbung|publicité|publicidad|publicidade"
          + "|реклама|広告|광고|iklan)"
          + "(?:\\s*[,/|–-]\\s*(?:enthält |contains |mit |with )?affiliate[- ]?links?)?\\s*"
          + "|\\s*(?:enthält|contains|this (?:post|article) contains) affiliate[- ]?links?\\.?\\s*",
      F);

  /** An image credit or caption label left in the text: "Image copyright Getty", "(Image: GETTY)". */
  public static final Pattern CREDIT = Pattern.compile(
      "(?:image|photo|picture|foto|illustration)s?\\s*(?:copyright|caption|credit|source)\\b.*"
          + "|(?:photo|image|foto|picture|credit)s?\\s*:.{0,120}|.*\\((?:image|photo|foto|picture)s?\\s*:[^)]*\\)\\s*"
          // German and Polish labels ("Bild:", "Titelbild:", "Bildquelle:", "fot."), and a lone copyright notice
          + "|(?:titel|vorschau)?bild(?:er|quelle|nachweis)?\\s*:.{0,120}|fot\\.\\s.{1,80}|©\\s*\\S.{0,80}"
          // the same notice in words, with its label's colon: "Copyright: Gisele Wender"
          + "|copyright\\s*:\\s*\\S.{0,80}",
      F);

  /** A byline standing at the top of the body: "By Jane Doe / 2016.12.01". */
  public static final Pattern BYLINE_LINE = Pattern.compile(
      "(?:by|por|von|par|di|door|автор|著者)[:\\s].{1,90}", F);

  /** The words that open an update or publication date: "updated", "veröffentlicht", "입력". */
  private static final String DATE_WORDS =
      "(?:(?:updated|published|posted|last modified|atualizado|publicado|actualizado|mis à jour|publié"
          + "|aktualisiert|veröffentlicht|обновлено|опубликовано)\\b"
          // CJK words have no word boundary in this sense: Korean 입력/수정/등록 (filed/edited/posted),
          // Japanese 更新/公開/配信/掲載, Chinese 发布/發布/更新时间
          + "|입력|수정|등록|更新|公開|配信|掲載|发布|發布)";

  /** An update or publication line: "Updated at 1:23 p.m.", "First Published: ...". */
  public static final Pattern DATELINE = Pattern.compile(".*" + DATE_WORDS + ".*\\d.*", F);

  /**
   * A field of a post's data line that its date word opens: "Updated : 19 November 2019, 09:01 AM",
   * "Veröffentlicht am 06.12.2022"; not a sentence that says something was published ("The findings were
   * published today (Nov. 18) in ...").
   */
  public static final Pattern DATE_FIELD = Pattern.compile(DATE_WORDS + ".*\\d.*", F);

  /**
   * The text of a rating widget: "4.6 from 212 votes", "Rate this recipe", "Rezept bewerten", "128 Bewertungen".
   * Found in a short container, not in a sentence of the article.
   */
  public static boolean isRating(String text) {
    return mentionsAny(text, RATING_WORDS) && RATING.matcher(text).find();
  }

  // A cheap test before the pattern, which searches the text from every position: each of its forms holds one of
  // these words
  private static final List<String> RATING_WORDS = List.of("vote", "rating", "rate this", "bewert", "stimmen",
      "avis", "valora", "avalia", "voti", "ocen", "noter");

  private static final Pattern RATING = Pattern.compile(
      "\\bfrom [\\d,.]+ (?:votes|ratings)\\b|\\brate this (?:recipe|article|post)\\b"
          + "|\\b(?:rezept|artikel|beitrag) bewerten\\b|\\bnoter cette recette\\b|\\bvalora esta receta\\b"
          + "|\\b[\\d.,]+ (?:votes|ratings|bewertungen|stimmen|avis|valoraciones|avaliações|voti|ocen)\\b",
      F);

  /** The words of consent or privacy that {@link #EMBED_CONSENT} needs one of. */
  private static final List<String> CONSENT_WORDS = List.of("zustimm", "einverst", "einwillig", "privatsphäre",
      "datenschutz", "consent", "privacy", "consentement", "consentimiento", "consenso", "zgod");

  /**
   * {@return whether {@code text} is the placeholder of an embed ({@link #EMBED_CONSENT})}: a search for the words
   * of consent first, which few texts hold, before the pattern's three look-aheads
   */
  public static boolean asksConsentForEmbed(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (String w : CONSENT_WORDS) {
      if (lower.contains(w)) return EMBED_CONSENT.matcher(text).matches();
    }
    return false;
  }

  /**
   * The placeholder a page shows instead of an embedded post or video until the reader consents: "Um Deine
   * persönlichen Daten zu schützen, haben wir das Laden der Inhalte von twitter.com blockiert", "We need your
   * consent to load this YouTube video". It names consent or privacy, loading or showing, and an outside
   * provider. Found in a short container, not in a sentence of the article.
   */
  static final Pattern EMBED_CONSENT = Pattern.compile(
      "(?=.*(?:" + String.join("|", Phrases.CONSENT_WORDS) + "))"
          + "(?=.*(?:\\blad|geladen|anzeig|aktivier|freischalt|blockiert|verbindung|\\bload|display|\\bshow|activat"
          + "|unblock|blocked|connect|charger|afficher|cargar|mostrar|caricare|visualizzare))"
          + "(?=.*(?:extern|drittanbieter|anbieter|third[- ]party|external|provider|twitter|youtube|instagram"
          + "|facebook|vimeo|spotify|soundcloud|podcast|tiktok|google maps|\\bx\\.com)).*",
      F | Pattern.DOTALL);

  /**
   * A paywall's notice where the free part of an article ends: "To view the full story, please subscribe",
   * "Subscribe to continue reading", "This article is for subscribers only", "Dieser Artikel ist nur für
   * Abonnenten", "La suite est réservée aux abonnés".
   */
  public static boolean isPaywallNotice(String text) {
    return mentionsAny(text, PAYWALL_WORDS) && PAYWALL.matcher(text).find();
  }

  // A cheap test before the pattern, which searches the text from every position: each of its forms holds one of
  // these words (subscribe, sign in, log in, member, register; Abonnent, Plus-Leser, "weiterlesen mit",
  // "Artikel zu lesen"; abonnés; suscriptores)
  private static final List<String> PAYWALL_WORDS =
      List.of("subscri", "sign in", "log in", "member", "register", "abon", "plus-leser", "weiterlesen mit",
          "lesen sie weiter mit", "artikel lesen", "artikel zu lesen", "beitrag lesen", "beitrag zu lesen", "suscript");

  private static final Pattern PAYWALL = Pattern.compile(
      "(?:to|please) (?:view|read|continue reading|keep reading|access|unlock) (?:the|this) (?:full |entire |whole "
          + "|rest of the )?(?:story|article|post)[^.!?]{0,60}(?:subscribe|subscription|sign in|log in|member)"
          + "|(?:subscribe|sign in|log in|register|become a (?:member|subscriber))(?: now| today)? to (?:continue "
          + "reading|keep reading|read (?:the|this) (?:full |entire |rest of the )?(?:story|article)|unlock)"
          + "|this (?:story|article|content|post) is (?:only )?(?:available|reserved|exclusive) (?:to|for)"
          + " (?:our )?(?:paying )?(?:subscribers|members)|for (?:subscribers|members) only"
          + "|(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?(?:für|fuer) (?:abonnent|abonnentinnen"
          + "|abonnenten|\\p{L}+-?(?:abonnenten|plus-leser))|(?:weiterlesen|lesen sie weiter) mit (?:einem )?"
          + "(?:abo|abonnement|\\p{L}+\\+)|um (?:den|diesen) (?:ganzen |vollständigen |kompletten )?(?:artikel|beitrag)"
          + " (?:zu )?lesen"
          + "|(?:la suite|cet article|l'article|cet article est) (?:est )?réservée? aux abonnés"
          + "|(?:este|el) (?:artículo|contenido) es (?:exclusivo )?para suscriptores",
      F);

  /**
   * The line that opens a comment section: its heading, its count, its form's title ("Leave a Reply", "3
   * Comments", "Kommentar erstellen", "Keine Kommentare / Trackbacks", "Laisser un commentaire").
   */
  public static final Pattern COMMENTS_START = Pattern.compile(
      "(?:leave a (?:comment|reply)|write a comment|post a comment|add (?:a|your) comment|join the discussion"
          + "|(?:kommentar|einen kommentar) (?:erstellen|schreiben|verfassen|hinterlassen)|schreibe einen kommentar"
          + "|hinterlasse einen kommentar|(?:no|keine) (?:comments|kommentare)(?: yet| vorhanden)?(?: ?/ ?trackbacks)?"
          + "|\\d+ (?:comments?|kommentare?|responses?|antworten|commentaires?|comentarios?|commenti|komentarz[ey]?)"
          + "(?: (?:to|zu|on|für) .{1,80})?|comments?|kommentare?|commentaires?|comentarios?|commenti|komentarze"
          + "|laisser un commentaire|deja un comentario|lascia un commento|dodaj komentarz|napisz komentarz)"
          + "\\s*[:.!…»›]*",
      F);

  /** The heading of a box about the author at the end of a post. */
  public static final Pattern ABOUT_AUTHOR = Pattern.compile(
      "(?:über (?:den autor|die autorin|die autoren|die autorinnen|mich)|zum autor|zur autorin|about the authors?"
          + "|about me|sobre (?:el|la|os|as|o|a) autor[ae]?s?|à propos de l'auteur(?:e)?|a proposito dell'autore"
          + "|l'autore|l'autrice|o autorze|об авторе|over de auteur)\\s*:?",
      F);

  /**
   * {@return whether {@code text} gives at least two durations ("Arbeitszeit ca. 30 Minuten … Gesamtzeit ca. 1
   * Stunde 50 Minuten", "Prep 15 min · Cook 1 hr")}: a recipe's times, where a byline gives at most one, or its
   * age and its reading time ("3 hours ago · 5 min read")
   */
  public static boolean hasDurations(String text) {
    if (!hasDigit(text)) return false;
    Matcher m = DURATION.matcher(text);
    if (!m.find() || !m.find()) return false;
    // a byline's age and reading time ("2 hours ago · 5 min read", "vor 3 Stunden · Lesezeit 4 Minuten")
    return !READING_TIME.matcher(text).find() && !AGO.matcher(text).find();
  }

  /** The words of an age ("2 hours ago", "vor 3 Stunden"), each a whole word ("vor" is not in "flavor"). */
  private static final Pattern AGO = Pattern.compile("(?<!\\p{L})(?:ago|vor|il y a|hace|fa|temu)(?!\\p{L})", F);

  private static final Pattern DURATION = Pattern.compile(
      "\\d\\s*(?:min\\.?|mins|minuten|minutes?|minutos|minuti|minut|std\\.?|stunden?|hours?|hrs?|heures?"
          + "|horas?|ore)(?![\\p{L}])",
      F);

  /**
   * A reading time standing alone: "weiterlesen 5 Minuten", "7 min read", "Lesezeit: 4 Min.". A time alone ("25
   * Min.") is a recipe's, and stays.
   */
  public static final Pattern READING_TIME = Pattern.compile(
      "(?:weiterlesen|lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura|tempo di lettura"
          + "|czas czytania)\\s*:?\\s*(?:ca\\.\\s*)?\\d{1,3}\\s*(?:min\\.?|minuten|minutes?|mins|minutos|minuti|minut)"
          + "|(?:ca\\.\\s*)?\\d{1,3}\\s*(?:min\\.?|minuten|minutes?|mins|minutos|minuti|minut)"
          + "\\s*(?:read|lesezeit|lesedauer|lesen|de lecture|de lectura|di lettura|czytania)",
      F);

  /** The line a blog engine files a post with: "This entry was posted in … Bookmark the permalink." */
  public static final Pattern FILING_LINE = Pattern.compile(
      "^(?:this entry was posted|der beitrag wurde am .{0,80} veröffentlicht|dieser beitrag wurde (?:am|unter))"
          + "|bookmark the permalink|you can follow any responses to this entry", F);

  /** {@return whether {@code t} has an ASCII digit: a cheap test before the patterns that need one} */
  /**
   * {@return whether {@code text}, in lower case, holds one of {@code words} (lower case)}: the cheap test that
   * spares a long case-insensitive pattern the texts it cannot match
   */
  public static boolean mentionsAny(String text, List<String> words) {
    String l = fold(text);
    for (String w : words) {
      if (l.contains(w)) return true;
    }
    return false;
  }

  /**
   * {@return {@code text} with each character folded as a case-insensitive Unicode pattern compares it (lower case
   * of its upper case)}, so that a word test never turns away a text the pattern matches: "İ" and "ı" give "i",
   * "ſ" gives "s", where {@link String#toLowerCase} gives two characters or none
   */
  static String fold(String text) {
    char[] c = null;
    for (int i = 0; i < text.length(); i++) {
      char x = text.charAt(i);
      char f = x < 0x80 ? (x >= 'A' && x <= 'Z' ? (char) (x + 32) : x)
          : Character.toLowerCase(Character.toUpperCase(x));
      if (f != x) {
        if (c == null) c = text.toCharArray();
        c[i] = f;
      }
    }
    return c == null ? text : new String(c);
  }

  /** {@return whether {@code text} is a prompt to subscribe, follow, comment or donate ({@link #PROMPT})} */
  public static boolean isPrompt(String text) {
    return mentionsAny(text, PROMPT_WORDS) && PROMPT.matcher(text).find();
  }

  // A cheap test before the pattern, which searches the text from every position with a long alternation: each
  // of its forms holds one of these words
  private static final List<String> PROMPT_WORDS = List.of("subscribe", "newsletter", "sign up", "signup", "inbox",
      "follow ", "twitter", "facebook", "instagram", "have a tip", "write to ", "contact ", "tell us what you think",
      "post comment", "leave a ", "comment", "moder", "modér", "disclaimer", "assine", "inscreva", "suscr", "abonnez",
      "abonnieren", "подпис", "donat", "spende", "unterstütze", "support", "patreon", "app", "geschlossen",
      "permalink", "entry was posted", "veröffentlicht", "subskrypcj", "zapraszamy", "issues for ", "delivered ",
      "www.", "http");

  /** {@return whether {@code text} is the line a blog engine files a post with ({@link #FILING_LINE})} */
  public static boolean isFilingLine(String text) {
    return mentionsAny(text, FILING_WORDS) && FILING_LINE.matcher(text).find();
  }

  private static final List<String> FILING_WORDS =
      List.of("entry was posted", "beitrag wurde", "permalink", "any responses to this entry");

  public static boolean hasDigit(String t) {
    for (int i = 0; i < t.length(); i++) if (t.charAt(i) >= '0' && t.charAt(i) <= '9') return true;
    return false;
  }
}
