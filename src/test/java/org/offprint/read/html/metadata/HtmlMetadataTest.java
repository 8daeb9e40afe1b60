package org.offprint.read.html.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Metadata;
import org.offprint.read.Source;
import org.offprint.read.html.charset.HtmlCharset;

class HtmlMetadataTest {
  private static final String BODY_TEXT =
      "<p>The council met on Tuesday to discuss the new budget, which has been criticised by residents for"
          + " its cuts to the library service and to the bus routes that serve the outer villages.</p>";

  private static Metadata meta(String head, String body) throws Exception {
    return meta(head, body, "https://news.example.org/story.html");
  }

  private static Metadata meta(String head, String body, String location) throws Exception {
    String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body>" + body
        + "</body></html>";
    Source s = Source.of("t.html", html.getBytes(StandardCharsets.UTF_8)).withLocation(URI.create(location));
    return HtmlMetadata.extract(HtmlCharset.parse(s), s);
  }

  private static String ld(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  // --- title

  @Test
  void titleFromJsonLdHeadline() throws Exception {
    Metadata m = meta(ld("{\"@type\":\"NewsArticle\",\"headline\":\"Budget cuts anger villages\"}")
        + "<title>Home | Daily Planet</title>", BODY_TEXT);
    assertEquals("Budget cuts anger villages", m.title());
  }

  @Test
  void titleFromOpenGraphThenTwitter() throws Exception {
    assertEquals("OG headline", meta("<meta property=\"og:title\" content=\"OG headline\">"
        + "<title>Other</title>", BODY_TEXT).title());
    assertEquals("Tweet headline", meta("<meta name=\"twitter:title\" content=\"Tweet headline\">"
        + "<title>Other</title>", BODY_TEXT).title());
  }

  @Test
  void titleElementLosesTheSiteNameSuffixAndPrefix() throws Exception {
    String site = "<meta property=\"og:site_name\" content=\"Daily Planet\">";
    assertEquals("Budget cuts anger villages",
        meta(site + "<title>Budget cuts anger villages | Daily Planet</title>", BODY_TEXT).title());
    assertEquals("Budget cuts anger villages",
        meta(site + "<title>Daily Planet — Budget cuts anger villages</title>", BODY_TEXT).title());
  }

  @Test
  void declaredTitlesLoseTheKnownSiteNameToo() throws Exception {
    String site = "<meta property=\"og:site_name\" content=\"Weinkenner.de\">";
    assertEquals("St. Magdalener: Rotweine mit Eleganz und Charakter", meta(site
        + "<meta property=\"og:title\" content=\"St. Magdalener: Rotweine mit Eleganz und Charakter | Weinkenner.de\">"
        + "<title>St. Magdalener: Rotweine mit Eleganz und Charakter | Weinkenner.de</title>", BODY_TEXT).title());
    // a last part that names the site inside a longer phrase is the headline's, and a first part that only holds
    // the site's name among other words is no site name
    String gipfel = "<meta property=\"og:site_name\" content=\"Spiegel\">";
    assertEquals("Outdoor - Neue Schneekarten auf Spiegel Online", meta(gipfel
        + "<meta property=\"og:title\" content=\"Outdoor - Neue Schneekarten auf Spiegel Online\">", BODY_TEXT).title());
    assertEquals("Der Spiegel-Test – Wie gut ist die neue Fähre?", meta(gipfel
        + "<meta property=\"og:title\" content=\"Der Spiegel-Test – Wie gut ist die neue Fähre?\">", BODY_TEXT).title());
    // no site name known: a declared title stays whole
    assertEquals("How to Build a Terrarium | eHow",
        meta("<meta property=\"og:title\" content=\"How to Build a Terrarium | eHow\">", BODY_TEXT).title());
  }

  @Test
  void headingThatOpensTheTitleWins() throws Exception {
    Metadata m = meta("<title>Budget cuts anger villages - Local news - Planet</title>",
        "<article><h1>Budget cuts anger villages</h1>" + BODY_TEXT + "</article>");
    assertEquals("Budget cuts anger villages", m.title());
  }

  @Test
  void disagreeingTitlesAreSettledByTheOtherSources() throws Exception {
    Metadata m = meta("<meta property=\"og:title\" content=\"Share this story!\">"
        + "<meta name=\"twitter:title\" content=\"Budget cuts anger villages\">"
        + "<title>Budget cuts anger villages | Planet</title>",
        "<article><h1>Budget cuts anger villages</h1>" + BODY_TEXT + "</article>");
    assertEquals("Budget cuts anger villages", m.title());
  }

  @Test
  void aTitleThatIsTheSiteNameIsIgnored() throws Exception {
    Metadata m = meta("<meta property=\"og:site_name\" content=\"Daily Planet\">"
        + "<meta property=\"og:title\" content=\"Daily Planet\">"
        + "<title>Budget cuts anger villages | Daily Planet</title>", BODY_TEXT);
    assertEquals("Budget cuts anger villages", m.title());
  }

  @Test
  void aWebPageNodeIsNoHeadline() throws Exception {
    Metadata m = meta(ld("{\"@type\":\"WebPage\",\"name\":\"Home | Planet\"}")
        + "<meta property=\"og:title\" content=\"Budget cuts anger villages\"><title>Home | Planet</title>",
        BODY_TEXT);
    assertEquals("Budget cuts anger villages", m.title());
  }

  @Test
  void aTitleTooShortForAHeadlineLosesToTheOnlyHeading() throws Exception {
    assertEquals("Budget cuts anger villages",
        meta("<title>Home</title>", "<h1>Budget cuts anger villages</h1>" + BODY_TEXT).title());
    assertEquals("Council", meta("<title>Council</title>", "<h1>News</h1>" + BODY_TEXT).title());
  }

  // --- authors

  @Test
  void authorsFromJsonLdArrayOfObjects() throws Exception {
    Metadata m = meta(ld("{\"@type\":\"Article\",\"headline\":\"h\",\"author\":[{\"@type\":\"Person\","
        + "\"name\":\"Ann Lee\"},{\"@type\":\"Person\",\"name\":\"Bob Stone\"}]}"), BODY_TEXT);
    assertEquals(List.of("Ann Lee", "Bob Stone"), m.authors());
  }

  @Test
  void authorsFromJsonLdGraph() throws Exception {
    Metadata m = meta(ld("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\","
        + "\"name\":\"Planet\"},{\"@type\":\"BlogPosting\",\"headline\":\"h\",\"author\":{\"name\":\"Ann Lee\"},"
        + "\"datePublished\":\"2021-05-05\"}]}"), BODY_TEXT);
    assertEquals(List.of("Ann Lee"), m.authors());
    assertEquals("2021-05-05", m.published());
    assertEquals("Planet", m.site());
  }

  @Test
  void graphReferencesAreFollowed() throws Exception {
    Metadata m = meta(ld("{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"Organization\",\"@id\":\"https://p.org/#org\",\"name\":\"Planet\"},"
        + "{\"@type\":\"Person\",\"@id\":\"https://p.org/#ann\",\"name\":\"Ann Lee\"},"
        + "{\"@type\":\"Article\",\"headline\":\"h\",\"author\":{\"@id\":\"https://p.org/#ann\"},"
        + "\"publisher\":{\"@id\":\"https://p.org/#org\"}}]}"), BODY_TEXT);
    assertEquals(List.of("Ann Lee"), m.authors());
    assertEquals("Planet", m.site());
  }

  @Test
  void brokenJsonLdIsTolerated() throws Exception {
    Metadata m = meta("<script type=\"application/ld+json\"><![CDATA[{\"@type\":\"Article\",\"headline\":"
        + "\"Fine\", \"author\": {\"name\": \"Ann Lee\"},}]]></script>"
        + "<script type=\"application/ld+json\">{ not json</script>", BODY_TEXT);
    assertEquals("Fine", m.title());
    assertEquals(List.of("Ann Lee"), m.authors());
  }

  @Test
  void authorFromMetaTagAndArticleAuthorUrlIsSkipped() throws Exception {
    assertEquals(List.of("Ann Lee"), meta("<meta name=\"author\" content=\"Ann Lee\">", BODY_TEXT).authors());
    Metadata m = meta("<meta property=\"article:author\" content=\"https://facebook.com/annlee\">",
        "<p>By <a rel=\"author\" href=\"/people/ann\">Ann Lee</a></p>" + BODY_TEXT);
    assertEquals(List.of("Ann Lee"), m.authors());
  }

  @Test
  void bylineElementIsCleanedAndSplit() throws Exception {
    Metadata m = meta("", "<div class=\"byline\">By Ann Lee and Bob Stone | March 5, 2021</div>" + BODY_TEXT);
    assertEquals(List.of("Ann Lee", "Bob Stone"), m.authors());
  }

  @Test
  void itempropAuthorUsesItsName() throws Exception {
    Metadata m = meta("", "<span itemprop=\"author\" itemscope><span itemprop=\"name\">Ann Lee</span>"
        + "<span>Staff writer</span></span>" + BODY_TEXT);
    assertEquals(List.of("Ann Lee"), m.authors());
  }

  @Test
  void byLinesInSeveralLanguages() throws Exception {
    assertEquals(List.of("Jean Dupont"), meta("", "<p>Par Jean Dupont</p>" + BODY_TEXT).authors());
    assertEquals(List.of("Max Mustermann"), meta("", "<p>Von Max Mustermann</p>" + BODY_TEXT).authors());
    assertEquals(List.of("Иван Петров"), meta("", "<p>Автор: Иван Петров</p>" + BODY_TEXT).authors());
    assertEquals(List.of("Ana García"), meta("", "<p>Por Ana García</p>" + BODY_TEXT).authors());
    assertEquals(List.of("Mario Rossi"), meta("", "<p>di Mario Rossi</p>" + BODY_TEXT).authors());
  }

  @Test
  void byWordInItsOwnElementTakesTheNameBesideIt() throws Exception {
    Metadata m = meta("", "<div><span>By</span> <a href=\"/ann\">Ann Lee</a></div>" + BODY_TEXT);
    assertEquals(List.of("Ann Lee"), m.authors());
  }

  @Test
  void dialogueThatStartsWithPorIsNoByline() throws Exception {
    assertEquals(List.of(), meta("", "<p>Eugênio: Por sua causa, Carlos.</p><p>Por sua causa, Carlos.</p>"
        + BODY_TEXT).authors());
  }

  @Test
  void credentialsAndTheSiteNameAreCutFromBylines() throws Exception {
    String site = "<meta property=\"og:site_name\" content=\"Planet Today\">";
    assertEquals(List.of("Ann Lee"), meta(site, "<div class=\"byline\">By Ann Lee, MS, RD</div>" + BODY_TEXT)
        .authors());
    assertEquals(List.of("Ann Lee", "Bob Stone"), meta(site,
        "<div class=\"byline\">By Ann Lee and Bob Stone Planet Today</div>" + BODY_TEXT).authors());
    assertEquals(List.of("Ann Lee"), meta(site,
        "<div class=\"byline\">By Ann Lee, Planet Today Business</div>" + BODY_TEXT).authors());
  }

  @Test
  void bylineClassWordsInOtherLanguages() throws Exception {
    assertEquals(List.of("Inés Ortega"), meta("", "<p class=\"autor\">Inés Ortega</p>" + BODY_TEXT).authors());
    assertEquals(List.of("Léa Girard"), meta("", "<span class=\"auteur-nom\">Léa Girard</span>" + BODY_TEXT)
        .authors());
  }

  @Test
  void aDeskCreditGivesNoAuthor() throws Exception {
    Metadata m = meta(ld("{\"@type\":\"NewsArticle\",\"creator\":[\"Our Foreign Staff\"]}"),
        "<div class=\"byline\"><span class=\"byline__author-name\">Our Foreign Staff</span></div>" + BODY_TEXT);
    assertEquals(List.of(), m.authors());
  }

  @Test
  void aLineBreakEndsTheByline() throws Exception {
    Metadata m = meta("", "<p class=\"byline\">By Ann Lee<br>Health News Desk</p>" + BODY_TEXT);
    assertEquals(List.of("Ann Lee"), m.authors());
  }

  @Test
  void neverTheSiteNameADateOrAUrlAsAuthor() throws Exception {
    String site = "<meta property=\"og:site_name\" content=\"Planet News\">";
    assertEquals(List.of(), meta(site + "<meta name=\"author\" content=\"Planet News\">", BODY_TEXT).authors());
    assertEquals(List.of(), meta("<meta name=\"author\" content=\"5 May 2021\">", BODY_TEXT).authors());
    assertEquals(List.of(), meta("<meta name=\"author\" content=\"https://x.org/ann\">", BODY_TEXT).authors());
  }

  @Test
  void aPersonsBlogNamedAfterThemKeepsTheAuthor() throws Exception {
    Metadata m = meta("<meta property=\"og:site_name\" content=\"Ann Lee\"><meta name=\"author\" content=\"Ann Lee\">",
        BODY_TEXT);
    assertEquals(List.of("Ann Lee"), m.authors());
  }

  @Test
  void doubleEscapedEntitiesInMetaAreDecoded() throws Exception {
    Metadata m = meta("<meta property=\"og:title\" content=\"&amp;#8216;Light&amp;#8217; &amp;#8211; a festival\">",
        BODY_TEXT);
    assertEquals("\u2018Light\u2019 \u2013 a festival", m.title());
  }

  // --- dates

  @Test
  void publishedFromJsonLdKeepsTheOffset() throws Exception {
    Metadata m = meta(ld("{\"@type\":\"Article\",\"datePublished\":\"2021-05-05T10:30:00+02:00\"}"), BODY_TEXT);
    assertEquals("2021-05-05T10:30+02:00", m.published());
  }

  @Test
  void publishedFromOpenGraphArticleTime() throws Exception {
    Metadata m = meta("<meta property=\"article:published_time\" content=\"2019-01-03T07:00:02.000Z\">", BODY_TEXT);
    assertEquals("2019-01-03T07:00:02Z", m.published());
  }

  @Test
  void publishedFromMetaDateInGermanOrder() throws Exception {
    assertEquals("2021-05-05", meta("<meta name=\"date\" content=\"05.05.2021\">", BODY_TEXT).published());
  }

  @Test
  void publishedFromTimeElement() throws Exception {
    Metadata m = meta("", "<article><time datetime=\"2020-09-21\">Sept 21</time>" + BODY_TEXT + "</article>");
    assertEquals("2020-09-21", m.published());
  }

  @Test
  void publishedFromTheUrl() throws Exception {
    Metadata m = meta("", BODY_TEXT, "https://news.example.org/2021/05/07/budget-cuts/");
    assertEquals("2021-05-07", m.published());
  }

  @Test
  void publishedFromADatelineInTheText() throws Exception {
    assertEquals("2021-05-05", meta("", "<article><p>PARIS, 5 May 2021 — The council met.</p>" + BODY_TEXT
        + "</article>").published());
    assertEquals("2023-05-15", meta("", "<article><p>МОСКВА, 15 мая 2023 — Совет собрался.</p>" + BODY_TEXT
        + "</article>").published());
    assertEquals("2021-05-05", meta("", "<div class=\"meta\">Veröffentlicht am 5. Mai 2021</div>" + BODY_TEXT)
        .published());
  }

  // --- site, language and the rest

  @Test
  void siteFromOpenGraphPublisherApplicationNameAndTitleSuffix() throws Exception {
    assertEquals("Planet", meta("<meta property=\"og:site_name\" content=\"Planet\">", BODY_TEXT).site());
    assertEquals("Planet Group", meta(ld("{\"@type\":\"Article\",\"publisher\":{\"@type\":\"Organization\","
        + "\"name\":\"Planet Group\"}}"), BODY_TEXT).site());
    assertEquals("Planet", meta("<meta name=\"application-name\" content=\"Planet\">", BODY_TEXT).site());
    assertEquals("Daily Planet", meta("<title>Budget cuts anger villages | Daily Planet</title>", BODY_TEXT,
        "https://www.dailyplanet.com/a.html").site());
    assertEquals("", meta("<title>Budget cuts anger villages | Daily Planet</title>", BODY_TEXT,
        "https://example.org/a.html").site());
  }

  @Test
  void languageFromHtmlLangThenOpenGraphLocaleThenContentLanguage() throws Exception {
    String html = "<html lang=\"de-AT\"><head><title>t</title></head><body>" + BODY_TEXT + "</body></html>";
    Source s = Source.of("t.html", html.getBytes(StandardCharsets.UTF_8));
    assertEquals("de-AT", HtmlMetadata.extract(HtmlCharset.parse(s), s).language());
    assertEquals("pt-BR", meta("<meta property=\"og:locale\" content=\"pt_BR\">", BODY_TEXT).language());
    assertEquals("fr", meta("<meta http-equiv=\"content-language\" content=\"fr\">", BODY_TEXT).language());
    assertEquals("en-US", meta("<meta property=\"og:locale\" content=\"en_us\">", BODY_TEXT).language());
  }

  @Test
  void languageDetectedFromTheTextWhenUndeclared() throws Exception {
    assertEquals("en", meta("", BODY_TEXT).language());
    assertEquals("ru", meta("", "<p>Совет собрался во вторник, чтобы обсудить новый бюджет, который жители"
        + " критикуют за сокращение библиотек и автобусных маршрутов, которые обслуживают дальние сёла.</p>")
        .language());
  }

  @Test
  void descriptionImageTagsAndCanonical() throws Exception {
    Metadata m = meta("<meta name=\"description\" content=\"Cuts anger villages.\">"
        + "<meta property=\"og:image\" content=\"/img/lead.jpg\">"
        + "<meta property=\"article:tag\" content=\"budget\"><meta property=\"article:tag\" content=\"transport\">"
        + "<meta name=\"keywords\" content=\"budget, libraries\">"
        + "<link rel=\"canonical\" href=\"/2021/05/05/budget\">", BODY_TEXT);
    assertEquals("Cuts anger villages.", m.description());
    assertEquals("https://news.example.org/img/lead.jpg", m.image());
    assertEquals(List.of("budget", "transport", "libraries"), m.tags());
    assertEquals("https://news.example.org/2021/05/05/budget", m.source());
  }

  @Test
  void deeplyNestedPagesDoNotOverflowTheStack() throws Exception {
    String body = "<div class=\"byline\">".repeat(100_000) + "By Ann Lee" + "</div>".repeat(100_000) + BODY_TEXT;
    Metadata m = meta("<title>Deep page</title>", body);
    assertEquals("Deep page", m.title());
  }

  @Test
  void relativeImagesResolveAgainstBaseElementAndBaseUrlOption() throws Exception {
    String head = "<base href=\"https://cdn.example.net/site/\"><meta property=\"og:image\" content=\"lead.jpg\">";
    assertEquals("https://cdn.example.net/site/lead.jpg", meta(head, BODY_TEXT).image());
    String html = "<html><head><meta property=\"og:image\" content=\"lead.jpg\"></head><body></body></html>";
    Source s = Source.of("t.html", html.getBytes(StandardCharsets.UTF_8))
        .withLocation(URI.create("file:///tmp/t.html"))
        .withBaseUrl(URI.create("https://example.org/news/"));
    assertEquals("https://example.org/news/lead.jpg", HtmlMetadata.extract(HtmlCharset.parse(s), s).image());
  }

  @Test
  void sourceIsTheLocationOnlyWhenItIsAWebAddress() throws Exception {
    assertEquals("https://news.example.org/story.html", meta("", BODY_TEXT).source());
    assertTrue(meta("", BODY_TEXT, "file:///tmp/story.html").source().isEmpty());
  }
}
