package org.offprint.read.html.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;
import org.offprint.read.Dates;
import org.offprint.read.html.cues.Phrases;
import org.offprint.read.html.dom.Walk;

/**
 * Finds an article's authors: JSON-LD {@code author}, author meta tags, byline markup ({@code rel=author},
 * {@code itemprop=author}, class or id {@code byline}/{@code author}/{@code autor}/{@code auteur}) and "By …"
 * lines in several languages, in that order. Every candidate is cleaned ("By", dates and roles cut off), split
 * into names ("A and B", "A, B") and checked: a URL, a date, a desk ("Our Foreign Staff") or the site's own name
 * is never an author.
 */
final class MetaAuthors {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern BLANKS_NBSP = Pattern.compile("[ \\t\\x0B\\f\\r\\u00a0]+");
  private static final Pattern BLANKS = Pattern.compile("[ \\t\\r\\f]+");
  private static final Pattern LINE_BREAK = Pattern.compile(" *\\n\\s*");
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s,;:|.\\-–—]+$");
  private static final Pattern LEADING_PUNCT = Pattern.compile("^[\\s,;:|\\-–—]+");
  private static final Pattern SEPARATORS_AT_END = Pattern.compile("[\\s,;:|\\-–—]+$");
  // parsed once: jsoup parses a query string on every call
  private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");

  private MetaAuthors() {}

  private static final String BY_WORDS =
      "by|written by|posted by|words by|story by|przez|автор|авторы|автор текста"
          + "|autor|autorin|autore|auteur|auteurs|text|texto|texte|reporter|reporting by";
  /** Words that also start surnames ("Di Maio", "Von Trier"): cut only when a full name follows. */
  private static final Pattern BY_SHORT = Pattern.compile(
      "^(?:par|von|por|di|door|av|af|de|da|от)\\s+(?=\\S+\\s+\\S)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * The same words in lower case before one capitalised name ("von Ulrike", "par Claire"): a byline's "by", as no
   * surname is written in lower case at the start of a line. Without "de" and "da", which also say "of".
   */
  private static final Pattern BY_SHORT_ONE_NAME =
      Pattern.compile("^(?:par|von|por|di|door|av|af)\\s+(?=\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?$)");
  private static final Pattern BY_PREFIX = Pattern.compile(
      "^(?:(?:analysis|opinion|commentary|review|story|words|text|photos?|interview|reporting|edited)\\s+)?"
          + "(?:" + BY_WORDS + ")\\s*[:：]?\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Degrees and titles after a name ("Jane Roe, MS, RD"): not names of their own. */
  private static final Pattern CREDENTIAL = Pattern.compile(
      "(?:[A-Z]{2,4}|Ph\\.?D\\.?|M\\.?D\\.?|Jr\\.?|Sr\\.?|MBA|RDN|Esq\\.?)");
  /** Lower-case words that belong inside names. */
  private static final Pattern PARTICLE = Pattern.compile(
      "(?:von|van|der|den|de|da|di|del|della|du|la|le|bin|al|el|ten|ter|y|dos|das)");
  /** A "By" line: the word, then something that starts like a name. */
  private static final Pattern BY_LINE = Pattern.compile(
      "^(?:by|written by|posted by|par|von|por|di|door|przez|автор|авторы|autor|autore|auteur)\\s*[:：]?\\s+"
          + "\\p{Lu}", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BY_START = Pattern.compile(
      "^(?:by|written by|posted by|par|von|por|di|door|przez|автор|авторы|autor|autore|auteur)(?:\\s|[:：]|$)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BY_ONLY = Pattern.compile(
      "^(?:by|written by|posted by|par|von|por|di|door|przez|автор|авторы|autor|autore|auteur)\\s*[:：]?$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SPLIT = Pattern.compile(
      "\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bi\\b|\\bи\\b|\\bта\\b|\\ben\\b|\\boraz\\b|、)\\s*",
      Pattern.UNICODE_CASE);
  /** Where a byline's names end: a digit, a separator, a word such as "updated"; or a date ({@link DateCut}). */
  private static final Pattern CUT = Pattern.compile(
      "\\d|\\s[|•·–—]\\s|\\s-\\s|\\n|\\s(?:on|am|updated|published|posted)\\s",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Where a date in a byline begins, compiled on first use: it matches only in a text with a digit or a comma, and
   * its 1,300 month and weekday names cost a cold convert 12-17 ms when a byline ("Ilse Marwood") has neither.
   */
  private static final class DateCut {
    static final Pattern PATTERN = Pattern.compile("\\s(?:" + Dates.monthOrDay() + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
  /** Words in the names of organisations rather than people. */
  private static final Pattern ORGANISATION = Pattern.compile(
      "(?i).*\\b(?:news|times|post|daily|media|magazine|journal|press|group|inc|ltd|llc|gmbh|network|tv|radio"
          + "|online|blog|staff|team|desk|editors|editorial|redaktion|rédaction|agency|agencies|wire|reuters|afp|business"
          + "|world|today|tribune|herald|channel|insider|review|weekly|report)\\b.*"
          + "|.*[&+].*");
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "(?i)^(?:updated|last updated|published|posted|admin|administrator|staff|guest|anonymous|unknown|share"
          + "|follow|comments?|read more|more|home|menu|email|e-mail|contact|about"
          // the same labels in the other languages of the pages: "Veröffentlicht am", "Publié le", "Publicado el"
          + "|veröffentlicht|aktualisiert|geschrieben|verfasst|gepostet|publié|mis à jour|publicado|actualizado"
          + "|pubblicato|aggiornato|opublikowano|gepubliceerd|опубликовано|обновлено)(?:\\b.*|$)",
      Pattern.UNICODE_CASE);
  /** A desk or staff credit ("Our Foreign Staff", "Politics Desk", "The Editors"): a newsroom, not a person. */
  private static final Pattern DESK = Pattern.compile(
      "(?i)^(?:(?:the|our|from our|by our)\\s+)?(?:\\S+\\s+){0,3}(?:staff|desk|team|bureau|newsroom|editors"
          + "|editorial board|reporters|correspondents|staff writers?|redaktion|rédaction|redacción|redazione)$",
      Pattern.UNICODE_CASE);
  /** Class and id words of bylines ({@code p-author} and the like contain "author"). */
  private static final String[] BYLINE_CLASS = {"byline", "author", "autor", "auteur", "writtenby", "written-by",
    "dateline"};
  /** A part of every word of {@link #BYLINE_CLASS}: four searches rule out most class names instead of seven. */
  private static final String[] BYLINE_CLASS_STEMS = {"aut", "byline", "written", "dateline"};
  private static final Pattern NOT_BYLINE_CLASS = Pattern.compile(
      "(?i)comment|bio|avatar|about|related|more-from|-box|card|list|photo|image|img|social|follow|share");

  /** News agencies and photo agencies: credited on wire copy, but not the person who wrote a bylined story. */
  private static final Pattern AGENCY = Pattern.compile(
      "(?:the\\s+)?(?:afp|ap|associated\\s+press|agence\\s+france[-\\s]presse|reuters|thomson\\s+reuters|dpa"
          + "|deutsche\\s+presse[-\\s]agentur|efe|ansa|apa|sda|kna|epd|anp|belga|tass|ria\\s+novosti|interfax|xinhua"
          + "|kyodo|jiji|yonhap|aap|pti|ians|ani|upi|united\\s+press\\s+international|pa|pa\\s+media"
          + "|press\\s+association|bloomberg|getty(?:\\s+images)?|epa|newscom|shutterstock)"
          + "(?:\\s+(?:staff|photo|wire|news))?", Pattern.CASE_INSENSITIVE);
  /** How many agency-only byline cues are passed over in search of a person. */
  private static final int MAX_AGENCY_CUES = 5;
  /** Licences and copyright notices that pages put in author slots: never a name. */
  private static final Pattern LICENCE = Pattern.compile(
      "(?:cc(?:[-\\s]?(?:by|0|zero))?(?:[-\\s](?:sa|nc|nd))*|creative\\s+commons.*|public\\s+domain"
          + "|all\\s+rights\\s+reserved|copyright\\b.*|©.*|\\(c\\).*)", Pattern.CASE_INSENSITIVE);

  /** {@return whether {@code name} is a news or photo agency ("AFP", "Associated Press", "dpa")} */
  static boolean isAgency(String name) {
    return AGENCY.matcher(name.trim()).matches();
  }

  /**
   * {@return the authors to keep: the declared ones, unless they are agencies only and the page prints a person's
   * byline; else the printed ones, else whatever agency was found}
   */
  static List<String> choose(List<String> declared, java.util.function.Supplier<List<String>> printed) {
    if (!declared.isEmpty() && !agenciesOnly(declared)) return declared;
    List<String> p = printed.get();
    if (declared.isEmpty() || !p.isEmpty() && !agenciesOnly(p)) return p;
    return declared;
  }

  private static boolean agenciesOnly(List<String> names) {
    for (String n : names) {
      if (!isAgency(n)) return false;
    }
    return true;
  }

  /** {@return the authors the page declares for machines (JSON-LD, then author meta tags), never {@code site}} */
  static List<String> declared(MetaJsonLd ld, MetaTags meta, String site) {
    List<String> names = accept(fromJsonLd(ld), site);
    if (!names.isEmpty()) return names;
    for (String key : List.of("dc.creator", "dcterms.creator", "author", "parsely-author", "sailthru.author",
        "article:author", "byl", "citation_author", "dc.contributor")) {
      List<String> all = new ArrayList<>();
      for (String v : meta.all(key)) all.addAll(clean(v));
      names = accept(all, site);
      if (!names.isEmpty()) return names;
    }
    return List.of();
  }

  /** {@return the authors read from the page's text (byline markup, then "By" lines), never {@code site}} */
  static List<String> printed(BylineCues cues, String site) {
    // an agency's credit ("AFP") near the top does not hide a person's byline further down: the cues after it
    // are read too, as far as the first that names anyone else
    List<String> agency = List.of();
    for (int skip = 0; skip <= MAX_AGENCY_CUES; skip++) {
      List<String> raw = fromMarkup(cues, skip);
      if (raw.isEmpty()) break;
      List<String> names = accept(raw, site);
      if (names.isEmpty() && skip == 0) break; // as before: the first cue's names are the markup's answer
      if (!names.isEmpty() && !agenciesOnly(names)) return names;
      if (agency.isEmpty()) agency = names;
    }
    for (int skip = 0; skip <= MAX_AGENCY_CUES; skip++) {
      List<String> names = accept(fromByLines(cues, skip), site);
      if (names.isEmpty()) break;
      if (!agenciesOnly(names)) return names;
      if (agency.isEmpty()) agency = names;
    }
    return agency;
  }

  private static List<String> fromJsonLd(MetaJsonLd ld) {
    List<String> out = new ArrayList<>();
    JsonNode author = ld.field("author");
    if (author == null) author = ld.field("creator");
    for (String n : MetaJsonLd.names(author)) out.addAll(clean(n));
    return out;
  }

  /** Byline markup, in document order; the first element that yields a name wins, after {@code skip} others. */
  private static List<String> fromMarkup(BylineCues cues, int skip) {
    for (Element e : cues.marked()) {
      // small elements only: a byline is short, and looking inside huge ones would make the scan quadratic
      if (!e.tagName().equals("meta") && MetaText.shortText(e, 1000) == null) continue;
      String text;
      Element name = Walk.first(e, ITEMPROP_NAME);
      if (name != null) {
        text = name.hasAttr("content") ? name.attr("content") : name.text();
      } else if (e.hasAttr("content") && e.tagName().equals("meta")) {
        text = e.attr("content");
      } else {
        text = MetaText.shortText(e, 100) == null ? null : lines(e);
      }
      if (text == null || text.length() > 100 || text.isBlank()) continue;
      List<String> names = clean(text);
      if (!names.isEmpty() && skip-- == 0) return names;
    }
    return List.of();
  }

  /** {@return whether {@code e} is marked as a byline: rel or itemprop author, or a byline class outside comments} */
  static boolean isByline(Element e) {
    if (e.attributesSize() == 0) return false; // no rel, itemprop, class or id: most elements
    if (e.attr("rel").equalsIgnoreCase("author")) return !e.attr("href").isEmpty() || e.hasText();
    if (e.attr("itemprop").toLowerCase(Locale.ROOT).contains("author")) return true;
    // the words hold no space, so neither can straddle the two: no joined string for the many that fail
    if (!hasBylineWord(e.className()) && !hasBylineWord(e.id())) return false;
    String cls = e.className() + " " + e.id();
    if (NOT_BYLINE_CLASS.matcher(cls).find()) return false;
    int up = 0;
    for (Element p = e.parent(); p != null && up < 12; p = p.parent(), up++) { // comment boxes sit close
      if ((p.className() + p.id()).toLowerCase(Locale.ROOT).contains("comment")) return false;
    }
    return true;
  }

  private static boolean hasBylineWord(String classOrId) {
    return MetaText.containsAny(classOrId, BYLINE_CLASS_STEMS) && MetaText.containsAny(classOrId, BYLINE_CLASS);
  }

  /** Short blocks that start with "By" (or its translation) followed by a capitalised word. */
  private static List<String> fromByLines(BylineCues cues, int skip) {
    // start from the text that says "By": its element (or the one around a lone "By") is the line
    for (Element e : cues.byLines()) {
      List<String> names = clean(lines(e));
      // a "By" line names people: every name capitalised ("Por sua causa, Carlos." is dialogue)
      if (!names.isEmpty() && names.stream().allMatch(n -> looksLikeName(n)
          && Character.isUpperCase(n.codePointAt(0))) && skip-- == 0) {
        return names;
      }
    }
    return List.of();
  }

  /** {@return the "By" line that the text node opens (its element, or the one around a lone "By"), or null} */
  static Element byLine(TextNode t) {
    String raw = t.getWholeText();
    if (!mayOpenByLine(raw)) return null;
    // BY_START reads no more than the first 11 characters: a long text is settled by its normalised start, which
    // spares normalising all of it (the start of paragraphs that open with "A", "But", "During"...)
    if (raw.length() > 200) {
      String start = StringUtil.normaliseWhitespace(raw.substring(0, 200)).trim();
      if (start.length() > 12 && !BY_START.matcher(start).find()) return null;
    }
    String word = t.text().trim();
    if (word.length() > 120 || !BY_START.matcher(word).find()) return null;
    Element e = t.parent();
    if (e == null) return null;
    String own = MetaText.shortText(e, 120);
    if (own != null && BY_ONLY.matcher(own).matches() && e.parent() != null) {
      e = e.parent(); // "<span>By</span> <a>Name</a>"
      own = MetaText.shortText(e, 120);
    }
    return own == null || own.length() < 4 || !BY_LINE.matcher(own).find() ? null : e;
  }


  /**
   * {@return false when the text cannot start with a "By" word}: its first character after the blanks that
   * {@code TextNode.text().trim()} drops is ASCII and starts none of them, or the character after it is ASCII and
   * is not the second letter of one that the first starts ("But", "During", "Also" and a lone "A" are no "By").
   * Spares the normalised copy of every text node of the page; a text whose first or second character is any
   * other (which may fold to a letter, or be dropped) gets the full check.
   */
  static boolean mayOpenByLine(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c <= ' ' || c == '\u00a0') continue;
      if (c >= 0x80) return true;
      // the second letters of by, written, posted/por/par/przez, von, di/door, autor/autore/auteur
      String seconds = switch (c | 0x20) {
        case 'b' -> "y";
        case 'w' -> "r";
        case 'p' -> "oar";
        case 'v' -> "o";
        case 'd' -> "io";
        case 'a' -> "u";
        default -> null;
      };
      if (seconds == null || i + 1 == raw.length()) return false; // every "By" word has two letters or more
      char next = raw.charAt(i + 1);
      return next >= 0x80 || seconds.indexOf(next | 0x20) >= 0;
    }
    return false;
  }

  /** {@return the element's text with line breaks where {@code <br>} and blocks break it} */
  static String lines(Element e) {
    StringBuilder sb = new StringBuilder();
    Walk.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          sb.append(t.text());
        } else if (node instanceof Element el && (el.tagName().equals("br") || el.isBlock()) && depth > 0) {
          sb.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element el && el.isBlock() && depth > 0) sb.append('\n');
      }
    }, e);
    return LINE_BREAK.matcher(BLANKS_NBSP.matcher(sb).replaceAll(" ")).replaceAll("\n").trim();
  }

  /** {@return where the names in a byline text end ({@link #CUT}, {@link DateCut}), or -1} */
  private static int cut(String s) {
    Matcher m = CUT.matcher(s);
    int at = m.find() ? m.start() : -1;
    if (s.indexOf(',') >= 0 || Phrases.hasDigit(s)) {
      Matcher date = DateCut.PATTERN.matcher(s);
      if (date.find() && (at < 0 || date.start() < at)) at = date.start();
    }
    return at;
  }


  /** {@return the names in a byline text: prefix, dates and roles removed, split at "and" and commas} */
  static List<String> clean(String raw) {
    // keep the first line break: what follows it is a role, a date or the desk ("By X<br>Health News")
    String s = LINE_BREAK.matcher(BLANKS.matcher(raw.replace('\u00a0', ' ')).replaceAll(" ")).replaceAll("\n").trim();
    int nl = s.indexOf('\n');
    if (nl > 0 && BY_PREFIX.matcher(s.substring(0, nl)).replaceFirst("").trim().length() > 1) s = s.substring(0, nl);
    s = s.replace('\n', ' ').trim();
    s = BY_PREFIX.matcher(s).replaceFirst("");
    s = BY_PREFIX.matcher(s).replaceFirst(""); // "Written by: By X"
    s = BY_SHORT.matcher(s).replaceFirst("");
    s = BY_SHORT_ONE_NAME.matcher(s).replaceFirst("");
    int cut = cut(s);
    if (cut > 0) s = s.substring(0, cut);
    s = LEADING_PUNCT.matcher(TRAILING_PUNCT.matcher(s).replaceAll("")).replaceAll("").trim();
    if (s.isEmpty()) return List.of();
    List<String> out = new ArrayList<>();
    if (s.contains("(")) {
      out.add(s);
      return out;
    }
    String[] parts = SPLIT.split(s);
    boolean allNames = parts.length > 1;
    for (String p : parts) {
      if (!looksLikeName(p.trim())) allNames = false;
    }
    if (allNames) {
      for (String p : parts) {
        if (!CREDENTIAL.matcher(p.trim()).matches()) out.add(p.trim());
      }
    } else {
      out.add(s);
    }
    return out;
  }

  private static boolean looksLikeName(String p) {
    if (p.isEmpty()) return false;
    String[] words = p.split(" ");
    if (words.length > 5) return false;
    for (String w : words) {
      if (Character.isLowerCase(w.codePointAt(0)) && !PARTICLE.matcher(w).matches()) return false;
    }
    return true;
  }

  /** Drops what cannot be an author and repeated names. */
  static List<String> accept(List<String> names, String site) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : names) {
      String t = withoutSite(n.trim(), site);
      if (valid(t, site)) out.add(t);
    }
    // beside a person, an agency is the wire the story came over, not an author
    if (!agenciesOnly(new ArrayList<>(out))) out.removeIf(MetaAuthors::isAgency);
    return new ArrayList<>(out);
  }

  /** {@return the name without the site's name glued after it ("Jane Roe USA TODAY")} */
  private static String withoutSite(String n, String site) {
    if (site.length() < 3 || n.length() <= site.length() + 2) return n;
    if (n.toLowerCase(Locale.ROOT).endsWith(site.toLowerCase(Locale.ROOT))) {
      return SEPARATORS_AT_END.matcher(n.substring(0, n.length() - site.length())).replaceAll("").trim();
    }
    return n;
  }

  /** Two or three capitalised words and nothing an organisation would be called. */
  static boolean personLike(String n) {
    String[] w = SPACES.split(n.trim());
    if (w.length < 2 || w.length > 3 || ORGANISATION.matcher(n).matches()) return false;
    for (String x : w) {
      if (!Character.isUpperCase(x.codePointAt(0))) return false;
      if (x.length() > 1 && x.chars().skip(1).allMatch(Character::isUpperCase)) return false; // "BBC"
    }
    return true;
  }

  /**
   * {@return whether the name holds the site's name as whole words ("CNN Business" on CNN) or is a multi-word
   * part of it ("Business Insider" on Business Insider UK)}
   */
  private static boolean partOf(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) return false;
    String sa = " " + a + " ";
    String sb = " " + b + " ";
    return (a.contains(" ") && sb.contains(sa)) || (b.length() >= 3 && sa.contains(sb));
  }

  static boolean valid(String n, String site) {
    if (n.isEmpty() || n.length() > 80 || SPACES.split(n).length > 8) return false;
    String l = n.toLowerCase(Locale.ROOT);
    if (l.contains("://") || l.startsWith("www.") || l.contains("/") || l.contains("@") || l.contains(".com")) {
      return false;
    }
    if (hasDigit(n)) return false;
    if (Dates.normalize(n).isPresent()) return false;
    if (NOT_A_NAME.matcher(n).matches() || DESK.matcher(n).matches() || BY_ONLY.matcher(n).matches()) return false;
    if (LICENCE.matcher(n).matches()) return false;
    if (n.contains("|") || l.startsWith("sign in") || l.startsWith("log in")) return false;
    // a lower-case handle ("mcupdate", "kei_eno", "jdadmin") is an account, not a byline
    if (n.equals(l) && n.chars().anyMatch(c -> c < 0x250 && Character.isLetter(c))
        && (!n.contains(" ") || n.contains("_"))) {
      return false;
    }
    // a byline that repeats the site's name is the site, unless the site is a person's own blog
    if (!site.isEmpty()) {
      // the keys made once: MetaTags.same(n, site) is their equality when they are not empty
      String kn = MetaTags.key(n);
      String ks = MetaTags.key(site);
      boolean same = !kn.isEmpty() && kn.equals(ks);
      if (same && !personLike(n)) return false;
      if (!same && partOf(kn, ks)) return false;
    }
    return hasLetter(n);
  }

  /** {@return whether a character of {@code s} is a digit, as {@code s.chars().anyMatch(Character::isDigit)}} */
  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) return true;
    }
    return false;
  }

  /** {@return whether a code point of {@code s} is a letter, as {@code s.codePoints().anyMatch(Character::isLetter)}} */
  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (Character.isLetter(c)) return true;
      i += Character.charCount(c);
    }
    return false;
  }
}
