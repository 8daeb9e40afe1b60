package org.offprint.read.html.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Chooses the headline by agreement between its sources: JSON-LD {@code headline}, OpenGraph, Twitter and Dublin
 * Core titles, the article's {@code <h1>} and the {@code <title>} with the site name cut off. When the declared
 * titles disagree, the one most other sources repeat wins; a title that is only the site's name is ignored.
 */
final class MetaTitle {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PERMALINK = Pattern.compile("\\s*[¶§#]$");
  private MetaTitle() {}

  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—»·/\\\\~]|::|:::)\\s+");

  /**
   * {@code pageTitle}: the page's {@code <title>} ({@link HtmlMetadata#title}); {@code headlines}: its
   * {@code h1, [itemprop=headline]} elements in document order.
   */
  static String find(String pageTitle, List<Element> headlines, MetaJsonLd ld, MetaTags meta, String site) {
    List<String> declared = new ArrayList<>();
    List<String> declaredKeys = new ArrayList<>(); // each one's comparison key, made once
    String siteKey = MetaTags.key(site); // made once: MetaTags.same(t, site) is the equality of the keys
    for (String v : List.of(ld.text("headline"), ld.text("name"),
        meta.first("og:title"), meta.first("twitter:title"), meta.first("dc.title"), meta.first("dcterms.title"),
        meta.first("parsely-title"), meta.first("title"), meta.first("sailthru.title"))) {
      String t = withoutSite(clean(v), site); // og:title is often the <title>, "Headline | Site" and all
      if (t.isEmpty() || declared.contains(t)) continue;
      String key = MetaTags.key(t);
      if (key.isEmpty() || !key.equals(siteKey)) {
        declared.add(t);
        declaredKeys.add(key);
      }
    }
    String doc = clean(pageTitle);
    String stripped = stripSite(doc, site);
    List<String> headings = headings(headlines);

    if (!declared.isEmpty()) {
      // each comparison key made once: normalising text is the costly part of comparing it. The witnesses: the
      // declared titles, the <title>, the <title> without the site, the headings
      String strippedKey = MetaTags.key(stripped);
      List<String> witnessKeys = new ArrayList<>(declaredKeys);
      witnessKeys.add(MetaTags.key(doc));
      witnessKeys.add(strippedKey);
      for (String h : headings) witnessKeys.add(MetaTags.key(h));
      String best = declared.get(0);
      int bestSupport = -1;
      for (int i = 0; i < declared.size(); i++) {
        String d = declared.get(i);
        // the first declared title (JSON-LD, else OpenGraph) breaks ties
        int support = i == 0 ? 1 : 0;
        String key = declaredKeys.get(i);
        if (!key.isEmpty()) {
          for (String w : witnessKeys) if (key.equals(w)) support++;
        }
        boolean isStripped = !key.isEmpty() && key.equals(strippedKey);
        if (!isStripped && opens(doc, d)) support++; // "<title>Headline | Site"
        if (support > bestSupport) {
          best = d;
          bestSupport = support;
        }
      }
      return best;
    }
    for (String h : headings) {
      if (MetaTags.same(h, stripped) || opens(doc, h)) return h;
    }
    // a <title> too short or too long to be a headline ("Home", a keyword list) loses to the page's only <h1>
    if (headings.size() == 1 && (stripped.length() < 15 || stripped.length() > 150)
        && words(headings.get(0)) >= 3 && words(headings.get(0)) > words(stripped)) {
      return headings.get(0);
    }
    if (!stripped.isEmpty()) return stripped;
    return headings.isEmpty() ? "" : headings.get(0);
  }

  /**
   * {@return whether the heading opens the {@code <title>} and a separator follows it ("Headline - Section -
   * Site")}; without the separator the rest may belong to the headline, so the whole title is kept.
   */
  private static boolean opens(String doc, String heading) {
    if (heading.length() < 10 || !doc.startsWith(heading)) return false;
    var m = SEPARATOR.matcher(doc);
    return m.find(heading.length()) && m.start() == heading.length();
  }

  /** The {@code <h1>} (or {@code itemprop=headline}) of the article, else every {@code <h1>} of the page. */
  private static List<String> headings(List<Element> all) {
    List<String> out = new ArrayList<>();
    // A walk up from each heading is much cheaper than descendant selectors.
    List<Element> hs = new ArrayList<>();
    for (Element h : all) {
      if (h.attr("itemprop").equals("headline") || inArticle(h)) hs.add(h);
    }
    if (hs.isEmpty()) {
      for (Element h : all) if (h.normalName().equals("h1")) hs.add(h);
    }
    for (Element h : hs) {
      String t = clean(h.hasAttr("content") ? h.attr("content") : h.text());
      if (!t.isEmpty() && t.length() < 300) out.add(t);
    }
    return out;
  }

  private static boolean inArticle(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("article") || tag.equals("main") || p.attr("itemprop").equals("articleBody")) return true;
    }
    return false;
  }

  /** {@return {@code title} without the site name before or after a separator} */
  static String stripSite(String title, String site) {
    if (!maySeparate(title)) return title; // as below: no separator, one part
    String[] parts = SEPARATOR.split(title);
    if (parts.length < 2) return title;
    var m = SEPARATOR.matcher(title);
    List<int[]> seps = new ArrayList<>();
    while (m.find()) seps.add(new int[] {m.start(), m.end()});
    int[] last = seps.get(seps.size() - 1);
    int[] first = seps.get(0);
    String tail = title.substring(last[1]);
    String head = title.substring(0, first[0]);
    if (!site.isEmpty()) {
      if (siteLike(tail, site)) return stripSite(title.substring(0, last[0]), site);
      if (siteLike(head, site)) return stripSite(title.substring(first[1]), site);
    }
    String before = title.substring(0, last[0]);
    // no known site name: cut the last part when it is short, as site names are
    // (a headline of four words or fewer may itself hold a dash: keep the whole title then)
    if (words(tail) <= 4 && words(before) >= 5 && tail.length() < before.length()) return before;
    return title;
  }

  /** {@return {@code title} without the known site name before or after a separator; as it is when none is known} */
  static String withoutSite(String title, String site) {
    if (site.isEmpty() || !maySeparate(title)) return title;
    var m = SEPARATOR.matcher(title);
    int firstStart = -1;
    int firstEnd = -1;
    int lastStart = -1;
    int lastEnd = -1;
    while (m.find()) {
      if (firstStart < 0) {
        firstStart = m.start();
        firstEnd = m.end();
      }
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (firstStart < 0) return title;
    // once, and the head only when it is the site's name itself: "Der Spiegel-Test – …" names more than the site
    String tail = title.substring(lastEnd);
    if (siteLike(tail, site) && words(tail) <= words(site) + 2) return title.substring(0, lastStart);
    if (MetaTags.key(title.substring(0, firstStart)).equals(MetaTags.key(site))) return title.substring(firstEnd);
    return title;
  }

  /**
   * {@return false when {@link #SEPARATOR} cannot match {@code title}: none of its separator characters is there}
   * (most declared titles and names are plain; spares the pattern's search through them)
   */
  static boolean maySeparate(String title) {
    for (int i = 0; i < title.length(); i++) {
      if ("|-–—»·/\\~:".indexOf(title.charAt(i)) >= 0) return true;
    }
    return false;
  }

  private static boolean siteLike(String part, String site) {
    String p = MetaTags.key(part);
    String s = MetaTags.key(site);
    if (p.isEmpty() || s.isEmpty()) return false;
    String pc = p.replace(" ", "");
    String sc = s.replace(" ", "");
    return pc.equals(sc) || sc.contains(pc) || pc.contains(sc);
  }

  private static int words(String s) {
    String t = s.trim();
    return t.isEmpty() ? 0 : SPACES.split(t).length;
  }

  static String clean(String s) {
    // headings often end in a permalink sign ("Title¶")
    if (s == null) return "";
    if (s.indexOf('&') >= 0) s = org.jsoup.parser.Parser.unescapeEntities(s, false);
    if (isPlain(s)) return s.trim(); // what the patterns below leave of it, without their copies
    return PERMALINK.matcher(SPACES.matcher(s.replace('\u00a0', ' ')).replaceAll(" ")).replaceAll("").trim();
  }

  /**
   * {@return whether {@link #clean}'s patterns leave {@code s} as it is}: no space but single plain ones, no line
   * terminator (before which {@code $} matches too), and no permalink sign at the end
   */
  private static boolean isPlain(String s) {
    int n = s.length();
    if (n > 0 && "¶§#".indexOf(s.charAt(n - 1)) >= 0) return false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ' ? i > 0 && s.charAt(i - 1) == ' '
          : c < ' ' || c == '\u00a0' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }
}
