package org.offprint.read.html.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.offprint.model.Block;
import org.offprint.model.Emphasis;
import org.offprint.model.Inline;
import org.offprint.model.LineBreak;
import org.offprint.model.Link;
import org.offprint.model.Paragraph;
import org.offprint.model.Strong;
import org.offprint.model.Text;
import org.offprint.read.html.cues.Phrases;
import org.offprint.read.html.dom.Whitespace;

/**
 * Whole paragraphs of page furniture that stand anywhere in a body, told by their shape and words: credit lines
 * left in the text, links to other articles (a labelled headline link, a box of link lines under a teaser
 * label), and picture counters or reading times. {@link BodyTidy} drops them; what sits only at the edges of
 * an article (prompts, date lines) is its own business.
 */
final class FurnitureLines {
  private FurnitureLines() {}

  /** {@return why {@code b} is furniture, for {@code --explain}, or null when it is part of the article} */
  static String reason(Block b) {
    if (b instanceof org.offprint.model.Heading h) {
      return isContentsLabel(h.text()) ? "label of a table of contents" : null;
    }
    if (!(b instanceof Paragraph p)) return null;
    String t = p.text(); // built once: every test below reads it
    if (isContentsLabel(t)) return "label of a table of contents";
    if (isCredit(p, t)) return "credit line";
    if (isCounter(t)) return "counter or reading time";
    if (isTeaserBox(p)) return "links to other articles";
    if (isCrossLink(p)) return "link to another article";
    if (isAppeal(t)) return "appeal for support";
    if (isAffiliateNote(t)) return "affiliate disclosure";
    if (isMetaLine(t)) return "line of post data (views, tags, rating)";
    return null;
  }

  // the longest label with its "[show]" is under 40 visible characters: a paragraph of prose is not squashed
  private static boolean isContentsLabel(String t) {
    return Whitespace.visibleLength(t, 60) <= 60 && CONTENTS_LABEL.matcher(Whitespace.squash(t)).matches();
  }

  /**
   * A short paragraph that asks the reader for money: "If you enjoyed reading this post, would you consider
   * supporting our work?", "Jede kleine Spende hilft!", "Please consider donating". Only a paragraph that opens
   * with the appeal: a report on a fundraiser says so inside its sentences.
   */
  private static boolean isAppeal(String t) {
    return t.length() <= 200 && APPEAL.matcher(Whitespace.squash(t)).lookingAt();
  }

  /**
   * A short paragraph that discloses affiliate links: "Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen
   * handelt es sich um Affiliate Links / Bilder von der Amazon Product Advertising API", "As an Amazon Associate I
   * earn from qualifying purchases". A shop box's footer, repeated under every box of products.
   */
  private static boolean isAffiliateNote(String t) {
    return t.length() <= 250 && mayBeAffiliateNote(t) && AFFILIATE_NOTE.matcher(t).find();
  }

  // A cheap test before the pattern, which would otherwise search every short paragraph: each of its forms names
  // affiliate links, Amazon or its advertising API.
  private static boolean mayBeAffiliateNote(String t) {
    return Phrases.mentionsAny(t, AFFILIATE_WORDS);
  }

  private static final List<String> AFFILIATE_WORDS = List.of("affiliate", "amazon", "advertising api");

  private static final Pattern AFFILIATE_NOTE = Pattern.compile(
      "(?:handelt es sich um|sind|are|is an?) (?:sogenannte |so-called )?affiliate[- ]?links?|product advertising api"
          + "|als amazon-partner verdiene ich|as an amazon associate,? (?:i|we) earn",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The label of a page's table of contents ("Inhaltsverzeichnis", "Table of contents"), standing alone: the list
   * of in-page links under it is navigation, which the cleaning removes, and an e-book has contents of its own.
   */
  private static final Pattern CONTENTS_LABEL = Pattern.compile(
      "(?:inhaltsverzeichnis|table of contents|contents|inhalt(?:e|sübersicht)?|sommaire|table des matières|índice"
          + "|indice|spis treści|содержание|inhoudsopgave|innehåll|目次)\\s*[:.]?\\s*(?:\\[\\s*(?:show|hide|"
          + "anzeigen|verbergen|ausblenden|einblenden)\\s*\\])?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A short paragraph of a post's data fields: "Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: Denken | Rating:
   * 0.0/0" (two or more labelled fields), or one count alone ("Kommentare insgesamt: 0", "Views: 1,234").
   */
  private static boolean isMetaLine(String raw) {
    // both patterns need a label's colon
    if (raw.indexOf(':') < 0 || Whitespace.visibleLength(raw, 200) > 200) return false;
    String t = Whitespace.squash(raw);
    if (COUNT_FIELD.matcher(t).matches()) return true;
    String[] fields = FIELD_BREAK.split(t);
    if (fields.length < 2) return false;
    int labelled = 0;
    for (String f : fields) {
      if (META_FIELD.matcher(f).lookingAt()) labelled++;
    }
    return labelled >= 2 && labelled * 3 >= fields.length * 2;
  }

  private static final Pattern FIELD_BREAK = Pattern.compile("\\s+[|·•]\\s+");
  private static final Pattern META_FIELD = Pattern.compile(
      "(?:aufrufe|views|hits|gelesen|rating|bewertung|tags|schlagw(?:ö|oe)rter|kategorien?|categor(?:y|ies)"
          + "|hinzugef(?:ü|ue)gt von|added by|kommentare(?: insgesamt)?|comments|antworten|replies|wyświetle(?:ń|nia)"
          + "|vues|visitas|visualizzazioni)\\s*:",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern COUNT_FIELD = Pattern.compile(
      "(?:aufrufe|views|hits|kommentare(?: insgesamt)?|comments|antworten|replies|vues|visitas)\\s*:\\s*[\\d.,]+",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern APPEAL = Pattern.compile(
      "(?:if you (?:enjoyed|liked|like|value|appreciate)(?: reading)? (?:this|our|my) (?:post|article|story|work"
          + "|blog|journalism)[^.?!]{0,40}[,–—-]? ?(?:would you |please )?(?:consider )?(?:supporting|support|donat)"
          + "|(?:would you |please )consider (?:supporting|donating|a donation|becoming a (?:patron|supporter))"
          + "|support (?:our|independent) (?:work|journalism)(?: today| now)?[.!]?$"
          + "|(?:jede|eine) (?:kleine |einzelne )?spende (?:hilft|zählt)|jetzt spenden[.!]?$|spenden sie jetzt"
          + "|(?:unterstützen|unterstütze) (?:sie |du )?(?:uns|unsere arbeit)(?: jetzt| mit einer spende)?[.!]?$"
          + "|soutenez (?:notre|nos) (?:travail|journalisme|média)|faites un don)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A line that points to another article: a short label ending in a colon and one link with that article's
   * headline ("Lesen Sie auch: …", "Le puede interesar: …", "Dowiedz się więcej: …").
   */
  private static boolean isCrossLink(Paragraph p) {
    List<Inline> parts = unwrap(p.content());
    if (parts.size() < 2 || parts.size() > 3) return false;
    if (!(parts.get(0) instanceof Text label) || !(parts.get(1) instanceof Link link)) return false;
    if (parts.size() == 3 && !(parts.get(2) instanceof Text end && end.text().isBlank())) return false;
    String l = Whitespace.squash(label.text());
    if (!l.endsWith(":") || l.length() > 40 || words(l) > 5) return false;
    return !link.href().startsWith("#") && words(Whitespace.squash(Inline.plainText(link.content()))) >= 3;
  }

  /**
   * A paragraph that is a box of links to other articles set as lines: a teaser label ("Siehe auch", "Related")
   * on the first line, then links, one a line.
   */
  private static boolean isTeaserBox(Paragraph p) {
    List<Inline> parts = unwrap(p.content());
    int br = -1;
    for (int i = 0; i < parts.size() && br < 0; i++) if (parts.get(i) instanceof LineBreak) br = i;
    if (br <= 0) return false;
    String label = Whitespace.squash(Inline.plainText(parts.subList(0, br)));
    if (label.isEmpty() || label.length() > 60 || !Phrases.TEASER_LABEL.matcher(label).matches()) return false;
    List<Inline> rest = parts.subList(br + 1, parts.size());
    int linked = linkedLength(rest);
    return linked > 0 && linked >= 0.8 * Whitespace.visibleLength(Inline.plainText(rest));
  }

  // the inlines of a paragraph with its bold or italic wrappers taken off, when it is all one such wrapper
  private static List<Inline> unwrap(List<Inline> inlines) {
    List<Inline> parts = inlines;
    while (parts.size() == 1) {
      if (parts.get(0) instanceof Strong s) parts = s.content();
      else if (parts.get(0) instanceof Emphasis e) parts = e.content();
      else break;
    }
    return parts;
  }

  private static int words(String s) {
    return s.isEmpty() ? 0 : s.split(" ").length;
  }

  /**
   * A paragraph that only counts slides or pictures ("2 von 17", "3 of 12", "4/9") or gives a reading time
   * ("weiterlesen 5 Minuten", "7 min read", "Lesezeit: 4 Minuten").
   */
  private static boolean isCounter(String t) {
    if (t.length() > 40 || !Phrases.hasDigit(t)) return false;
    String s = Whitespace.squash(t);
    return COUNTER.matcher(s).matches() || Phrases.READING_TIME.matcher(s).matches();
  }

  private static final Pattern COUNTER = Pattern.compile(
      "\\d{1,3}\\s*(?:/|von|of|de|di|z|из|sur|van|av|af)\\s*\\d{1,3}", Pattern.CASE_INSENSITIVE
          | Pattern.UNICODE_CASE);

  /** {@return the visible length of the text inside links} */
  static int linkedLength(List<Inline> inlines) {
    int n = 0;
    for (Inline i : inlines) {
      if (i instanceof Link l) n += Whitespace.visibleLength(Inline.plainText(l.content()));
      else if (i instanceof Emphasis e) n += linkedLength(e.content());
      else if (i instanceof Strong s) n += linkedLength(s.content());
    }
    return n;
  }

  private static boolean isCredit(Paragraph p, String raw) {
    if (p.content().isEmpty()) return false;
    if (raw.length() >= 300 || !mayBeCredit(raw)) return false;
    return Phrases.CREDIT.matcher(Whitespace.squash(raw)).matches();
  }

  // A cheap test before the credit pattern, which would otherwise run on every short paragraph.
  private static boolean mayBeCredit(String t) {
    return Phrases.mentionsAny(t, CREDIT_WORDS);
  }

  private static final List<String> CREDIT_WORDS = List.of("image", "photo", "foto", "picture", "credit",
      "illustration", "bild", "fot.", "©", "copyright");


}
