package org.offprint.read.html.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.offprint.model.Metadata;
import org.offprint.read.Dates;
import org.offprint.read.Languages;
import org.offprint.read.Source;
import org.offprint.read.html.dom.Walk;

/**
 * Reads an article's metadata from the page's head and markup: JSON-LD, OpenGraph, Twitter, Dublin Core and plain
 * meta tags, {@code <time>}, byline markup, the URL and, as a last resort, the text itself (datelines, the
 * language of the words). Each field has its own ladder of sources; see the helpers {@link MetaTitle},
 * {@link MetaAuthors}, {@link org.offprint.read.Dates} and {@link Languages}.
 */
public final class HtmlMetadata {
  // tag queries: one set lookup of the tag per element (Walk.tags)
  private static final Evaluator DATELINE_PARTS = Walk.tags("p", "time", "span", "div");
  private static final Evaluator DIV_OR_P = Walk.tags("div", "p");
  private static final Evaluator ARTICLE = Walk.tags("article");
  private static final Evaluator TITLE = Walk.tags("title");
  /** Language tags as {@link Locale} writes them, by the value the page gave: a page or two has a handful. */
  private static final Map<String, String> LANGUAGE_TAGS = new ConcurrentHashMap<>();

  private HtmlMetadata() {}

  private static final Pattern LANG_TAG = Pattern.compile("^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$");
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—»·/\\\\~]|::)\\s+");
  /** Class and id words of date lines ("dateline", "timestamp" and "pubdate" contain them). */
  private static final String[] DATE_CLASS = {"date", "time", "posted", "published", "byline", "meta"};

  /** {@return the metadata found in {@code page}} */
  public static Metadata extract(Document page, Source source) {
    MetaScan scan = MetaScan.of(page);
    MetaJsonLd ld = MetaJsonLd.of(scan.jsonLd);
    MetaTags meta = MetaTags.of(scan.metas);
    String location = source.location().map(Object::toString).orElse("");
    // relative URLs resolve against --base-url, else <base href> (jsoup keeps it as the baseUri), else the location
    String base = source.baseUrl().map(Object::toString).orElse(page.baseUri().isEmpty() ? location : page.baseUri());
    String canonical = canonical(scan, meta, base, location);

    String pageTitle = title(page);
    String site = site(pageTitle, ld, meta, canonical.isEmpty() ? location : canonical);
    Metadata.Builder b = Metadata.builder();
    String title = MetaTitle.find(pageTitle, scan.headlines, ld, meta, site);
    b.title(title);
    String description = MetaTitle.clean(firstNonEmpty(meta.firstOf("og:description", "description",
        "twitter:description", "dc.description"), ld.text("description")));
    b.subtitle(Standfirst.find(page, scan.headlines, title, description));
    List<String> declared = MetaAuthors.declared(ld, meta, site);
    BylineCues cues = BylineCues.of(page);
    List<String> authors = MetaAuthors.choose(declared, () -> MetaAuthors.printed(cues, site));
    b.authors(authors);
    b.byline(MetaByline.find(cues, authors));
    b.published(published(page, scan, ld, meta, canonical, location));
    b.site(site);
    b.language(language(page, scan, ld, meta));
    b.source(canonical);
    b.description(description);
    b.image(image(scan, ld, meta, base, webScheme(base, canonical, location)));
    b.tags(tags(ld, meta));
    return b.build();
  }

  /**
   * {@return whether the page declares its authors for machines (JSON-LD or author meta tags)}; Readability.js
   * then takes them as its byline, so the metadata benchmark does too when it compares with it
   */
  static boolean declaresAuthors(Document page, String site) {
    MetaScan scan = MetaScan.of(page);
    return !MetaAuthors.declared(MetaJsonLd.of(scan.jsonLd), MetaTags.of(scan.metas), site).isEmpty();
  }

  private static String firstNonEmpty(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) return v.trim();
    }
    return "";
  }

  /** The canonical link, og:url, else the page's own http(s) location. */
  private static String canonical(MetaScan scan, MetaTags meta, String base, String location) {
    Element link = scan.canonical;
    for (String v : new String[] {link == null ? "" : link.attr("href"), meta.first("og:url")}) {
      String abs = absolute(base, v);
      if (abs.startsWith("http://") || abs.startsWith("https://")) return abs;
    }
    return location.startsWith("http://") || location.startsWith("https://") ? location : "";
  }

  /** {@return "http" or "https", from the first web URL among {@code urls}; "https" when there is none} */
  private static String webScheme(String... urls) {
    for (String u : urls) {
      if (u.startsWith("http://")) return "http";
      if (u.startsWith("https://")) return "https";
    }
    return "https";
  }

  private static String absolute(String base, String url) {
    return absolute(base, url, "https");
  }

  private static String absolute(String base, String url, String webScheme) {
    String u = url.trim();
    if (u.isEmpty()) return "";
    if (u.startsWith("http://") || u.startsWith("https://")) return u;
    // a protocol-relative URL names a web host, whatever the page's own location (a file on disk)
    if (u.startsWith("//")) return webScheme + ":" + u;
    if (base.isEmpty()) return "";
    String r = StringUtil.resolve(base, u);
    return r == null ? "" : r;
  }

  /**
   * {@return the page's {@code <title>} as {@link Document#title()} gives it}, found by a plain walk of the head:
   * jsoup's query runs on a stream that checks the tree at every node
   */
  static String title(Document page) {
    Element t = Walk.first(page.head(), TITLE);
    return t == null ? "" : StringUtil.normaliseWhitespace(t.text()).trim();
  }

  private static String site(String pageTitle, MetaJsonLd ld, MetaTags meta, String url) {
    // the article's own publisher first: og:site_name is often the platform ("Medium") or a legal name
    JsonNode publisher = ld.field("publisher");
    String pub = MetaTitle.clean(MetaJsonLd.text(publisher));
    if (!pub.isEmpty() && !pub.contains("://")) return pub;
    String og = MetaTitle.clean(meta.first("og:site_name"));
    if (!og.isEmpty() && !og.contains("://")) return og;
    String app = MetaTitle.clean(meta.firstOf("application-name", "apple-mobile-web-app-title"));
    // an application name that reads like a title ("News - Latest Headlines") is not a name
    if (!app.isEmpty() && !SEPARATOR.matcher(app).find() && app.split("\\s+").length <= 4) return app;
    String webSite = MetaTitle.clean(MetaJsonLd.text(ld.firstOfType("WebSite").get("name")));
    if (!webSite.isEmpty()) return webSite;
    return titleSuffix(MetaTitle.clean(pageTitle), url);
  }

  /** The last part of a {@code <title>} when the page's host name spells it. */
  private static String titleSuffix(String title, String url) {
    String[] parts = SEPARATOR.split(title);
    if (parts.length < 2 || url.isEmpty()) return "";
    String host;
    try {
      host = java.net.URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return "";
    }
    if (host == null) return "";
    host = host.toLowerCase(Locale.ROOT).replaceAll("^www\\.", "").replace(".", "");
    for (String part : new String[] {parts[parts.length - 1], parts[0]}) {
      String k = MetaTags.key(part).replace(" ", "");
      if (k.length() >= 3 && part.split("\\s+").length <= 4 && host.contains(k)) return part.trim();
    }
    return "";
  }

  private static String published(Document page, MetaScan scan, MetaJsonLd ld, MetaTags meta, String canonical,
      String location) {
    List<String> values = new ArrayList<>();
    values.add(ld.text("datePublished"));
    for (String k : List.of("article:published_time", "article:published", "og:published_time",
        "og:article:published_time", "parsely-pub-date", "datepublished", "pubdate", "publishdate", "publish-date",
        "publish_date", "sailthru.date", "article.published", "dc.date.issued", "dcterms.issued", "dc.date",
        "dcterms.date", "dcterms.created", "date", "citation_publication_date", "citation_date", "release_date")) {
      values.add(meta.first(k));
    }
    values.add(ld.text("dateCreated"));
    for (String v : values) {
      Optional<String> d = Dates.normalize(v);
      if (d.isPresent()) return d.get();
    }
    Optional<String> d = fromTimeElements(scan.dates);
    if (d.isPresent()) return d.get();
    for (String url : new String[] {canonical, location}) {
      d = Dates.inUrl(url);
      if (d.isPresent()) return d.get();
    }
    return dateline(page, scan).orElse("");
  }

  private static Optional<String> fromTimeElements(List<Element> candidates) {
    // One list; the order of preference is kept by going through it once per kind.
    List<java.util.function.Predicate<Element>> kinds = List.of(
        e -> e.attr("itemprop").equals("datePublished"),
        e -> e.normalName().equals("time") && e.hasAttr("pubdate"),
        e -> e.normalName().equals("time") && e.hasAttr("datetime") && e.closest(ARTICLE) != null,
        e -> e.normalName().equals("time") && e.hasAttr("datetime"));
    for (java.util.function.Predicate<Element> kind : kinds) {
      for (Element e : candidates) {
        if (!kind.test(e)) continue;
        String v = firstNonEmpty(e.attr("datetime"), e.attr("content"), e.text());
        Optional<String> d = Dates.normalize(v);
        if (d.isPresent()) return d;
      }
    }
    return Optional.empty();
  }

  /** A date written in the page: in a short date/byline element, else at the start of the first paragraphs. */
  private static Optional<String> dateline(Document page, MetaScan scan) {
    Element body = page.body();
    if (body == null) return Optional.empty();
    // element by element in document order, as far as the first date: no list of the body's elements
    for (Node n = body; n != null; n = Walk.following(n, body)) { // a plain walk: jsoup's iterator checks the tree
      if (!(n instanceof Element e) || e.attributesSize() == 0) continue; // no class or id to match
      if (!MetaText.containsAny(e.className(), DATE_CLASS) && !MetaText.containsAny(e.id(), DATE_CLASS)) continue;
      String t = MetaText.shortText(e, 200);
      if (t == null || t.isEmpty()) continue;
      Optional<String> d = Dates.inText(t);
      if (d.isPresent()) return d;
    }
    Element article = articleRoot(page, scan);
    int seen = 0;
    for (Element p : Walk.all(article, DATELINE_PARTS)) {
      if (p.tagName().equals("div") && Walk.first(p, DIV_OR_P) != null) continue;
      String t = MetaText.shortText(p, 2000);
      if (t == null || t.length() < 6) continue;
      // a dateline opens a paragraph ("PARIS, 5 May 2021 —") or is a short line of its own
      String head = t.length() > 80 ? t.substring(0, 80) : t;
      Optional<String> d = Dates.inText(head);
      if (d.isPresent()) return d;
      if (++seen >= 12) break;
    }
    return Optional.empty();
  }

  private static Element articleRoot(Document page, MetaScan scan) {
    Element a = scan.articleRoot;
    if (a != null && MetaText.shortText(a, 200) == null) return a; // more than a teaser
    return page.body() == null ? page : page.body();
  }

  private static String language(Document page, MetaScan scan, MetaJsonLd ld, MetaTags meta) {
    Element html = scan.html;
    List<String> values = new ArrayList<>();
    if (html != null) {
      values.add(html.attr("lang"));
      values.add(html.attr("xml:lang"));
    }
    values.add(meta.first("og:locale"));
    values.add(meta.first("content-language"));
    values.add(meta.first("dc.language"));
    values.add(meta.first("language"));
    values.add(ld.text("inLanguage"));
    for (String v : values) {
      String t = v.trim();
      int comma = t.indexOf(',');
      if (comma > 0) t = t.substring(0, comma).trim();
      if (LANG_TAG.matcher(t).matches()) {
        // BCP 47 casing: "en-us" and "en_US" both become "en-US"
        return languageTag(t);
      }
    }
    // the guess reads the start of the text only: the text of a long article is not built past it
    return Languages.detect(MetaText.leadingText(articleRoot(page, scan), Languages.SAMPLE_LENGTH));
  }

  /** {@return the BCP 47 casing of {@code t}, a value {@link #LANG_TAG} matches ("en-us" and "en_US": "en-US")} */
  private static String languageTag(String t) {
    String cached = LANGUAGE_TAGS.get(t);
    if (cached != null) return cached;
    String tag = Locale.forLanguageTag(t.replace('_', '-')).toLanguageTag();
    String out = tag.equals("und") ? t.replace('_', '-') : tag;
    if (LANGUAGE_TAGS.size() < 1000) LANGUAGE_TAGS.put(t, out); // bounded: the values come from the pages
    return out;
  }

  private static String image(MetaScan scan, MetaJsonLd ld, MetaTags meta, String base, String webScheme) {
    Element link = scan.imageSrc;
    for (String v : new String[] {meta.firstOf("og:image", "og:image:url", "og:image:secure_url"),
        meta.firstOf("twitter:image", "twitter:image:src"), ld.text("image"), ld.text("thumbnailUrl"),
        link == null ? "" : link.attr("href")}) {
      String abs = absolute(base, v, webScheme);
      if (!abs.isEmpty()) return abs;
    }
    return "";
  }

  /**
   * Adds the cleaned keywords of a list separated by commas or semicolons, as a split at {@code [,;]} gives them
   * (and the empty ones, which the caller drops), without the pattern that such a split compiles on each call.
   */
  private static void addKeywords(String list, Set<String> out) {
    int from = 0;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (c == ',' || c == ';') {
        out.add(MetaTitle.clean(list.substring(from, i)));
        from = i + 1;
      }
    }
    out.add(MetaTitle.clean(list.substring(from)));
  }

  private static List<String> tags(MetaJsonLd ld, MetaTags meta) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : meta.all("article:tag")) out.add(MetaTitle.clean(t));
    JsonNode kw = ld.field("keywords");
    if (kw != null && kw.isArray()) {
      for (JsonNode k : kw) out.add(MetaTitle.clean(k.asText()));
    } else if (kw != null) {
      addKeywords(kw.asText(), out);
    }
    for (String key : List.of("keywords", "news_keywords")) {
      for (String v : meta.all(key)) {
        addKeywords(v, out);
      }
    }
    out.remove("");
    List<String> list = new ArrayList<>(out);
    return list.size() > 30 ? list.subList(0, 30) : list;
  }
}
