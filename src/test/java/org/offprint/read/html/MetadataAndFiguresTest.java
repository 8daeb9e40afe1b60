package org.offprint.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Figure;
import org.offprint.model.Inline;
import org.offprint.model.Metadata;
import org.offprint.read.Source;

/**
 * The metadata and figure cases of issue 15: standfirsts, photo credits, saved {@code <picture>} images,
 * protocol-relative URLs, agency and licence names, and byline lines that carry dates, reading times or comment
 * counts.
 */
class MetadataAndFiguresTest {
  private static final String PROSE = Pages.PROSE;

  private static Document read(String html) throws IOException {
    return Pages.read(html);
  }

  private static Document readAt(String html, String location) throws IOException {
    Source s = Source.of("page.html", html.getBytes(StandardCharsets.UTF_8)).withLocation(URI.create(location));
    return HtmlReader.create().read(s, Diagnostics.IGNORE);
  }

  private static String page(String head, String article) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The Harbour Town | Coast News"
        + "</title>" + head + "</head><body><header class=\"site-header\"><a href=\"/\">Coast News</a></header>"
        + "<main><article>" + article + "</article></main><footer><p>Copyright 2024 Coast News.</p></footer>"
        + "</body></html>";
  }

  private static List<Figure> figures(Document d) {
    return Pages.blocksOf(d, Figure.class);
  }

  // --- standfirst

  @Test
  void standfirstByClassBecomesTheSubtitle() throws IOException {
    Document d = read(page("", "<h1>The Harbour Town</h1><p class=\"article-standfirst\">A fishing port learns to"
        + " live with the tourists who now outnumber its boats.</p><div class=\"byline\">By Anna Berg</div>"
        + "<div class=\"entry-content\">" + PROSE + "</div>"));
    assertEquals("A fishing port learns to live with the tourists who now outnumber its boats.",
        d.metadata().subtitle());
    assertFalse(Pages.text(d).contains("outnumber its boats"), Pages.text(d));
    assertTrue(Pages.text(d).startsWith("The harbour town woke slowly"), Pages.text(d));
  }

  @Test
  void dekAndSubheadlineCuesAndItempropAreStandfirsts() throws IOException {
    for (String open : List.of("<div class=\"c-dek\">", "<h2 class=\"subheadline\">",
        "<p itemprop=\"alternativeHeadline\">", "<div class=\"summaryText\">", "<p class=\"lede\">")) {
      String close = "</" + open.substring(1, open.indexOf(' ')) + ">";
      Document d = read(page("", "<header><h1>The Harbour Town</h1>" + open
          + "A fishing port learns to live with its tourists." + close + "</header>" + PROSE));
      assertEquals("A fishing port learns to live with its tourists.", d.metadata().subtitle(), open);
      assertFalse(Pages.text(d).contains("live with its tourists"), open + Pages.text(d));
    }
  }

  @Test
  void firstParagraphEqualToTheDescriptionBeforeTheBylineIsTheStandfirst() throws IOException {
    String desc = "A fishing port learns to live with the tourists who now outnumber its boats.";
    Document d = read(page("<meta name=\"description\" content=\"" + desc + "\">",
        "<h1>The Harbour Town</h1><p>" + desc + "</p><p class=\"byline\">By Anna Berg</p>" + PROSE));
    assertEquals(desc, d.metadata().subtitle());
    assertFalse(Pages.text(d).contains("outnumber its boats"), Pages.text(d));
  }

  @Test
  void anExcerptOrIntroUnderTheHeadlineOutsideTheBodyIsTheStandfirst() throws IOException {
    // a CMS prints the post's excerpt or intro under the headline, outside the container of the body; the
    // headline is a short form of the title, so only the name tells the lead
    for (String open : List.of("<p class=\"article-excerpt\">", "<div class=\"content__intro\">",
        "<div class=\"intro-text\">")) {
      String close = "</" + open.substring(1, open.indexOf(' ')) + ">";
      String html = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Der Hafen im Winter: was"
          + " Segler jetzt über Reparaturen wissen müssen</title></head><body><div class=\"top\"><h1>Der Hafen im Winter</h1>" + open
          + "Wenn die Boote ruhen, beginnt im Hafen die Zeit der Reparaturen und der langen Abende." + close
          + "<div class=\"author\">Von Anna Berg</div></div><div class=\"row\"><div class=\"col\">" + PROSE
          + "</div></div></body></html>";
      Document d = read(html);
      assertEquals("Wenn die Boote ruhen, beginnt im Hafen die Zeit der Reparaturen und der langen Abende.",
          d.metadata().subtitle(), open);
    }
  }

  @Test
  void aStandfirstBesideThePictureOfAHeaderWhoseHeadlineIsMarkedByItempropIsNoCaption() throws IOException {
    // the header block holds the headline (a div marked itemprop=headline), the excerpt and the post's picture: a
    // header, not a picture with its caption
    String html = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Der Hafen im Winter</title>"
        + "</head><body><h1>Der Hafen im Winter</h1><article><div class=\"post-header\"><div itemprop=\"headline\">"
        + "Der Hafen im Winter</div><p class=\"article-excerpt\">Wenn die Boote ruhen, beginnt im Hafen die Zeit"
        + " der Reparaturen.</p><div class=\"pic\"><img src=\"hafen.jpg\" alt=\"Der Hafen\"></div></div>"
        + "<div class=\"body\">" + PROSE + "</div></article></body></html>";
    assertEquals("Wenn die Boote ruhen, beginnt im Hafen die Zeit der Reparaturen.", read(html).metadata().subtitle());
  }

  @Test
  void anIntroFollowedByTheBodyAsItsSiblingIsTheBodysOpening() throws IOException {
    // "intro" also names the first paragraph of the body: with body paragraphs after it, it stays there
    Document d = read(page("", "<h1>The Harbour Town</h1><p class=\"intro\">Later the boats came back, one by"
        + " one, in the failing light of the evening.</p>" + PROSE));
    assertEquals("", d.metadata().subtitle());
    assertTrue(Pages.text(d).startsWith("Later the boats came back"), Pages.text(d));
  }

  @Test
  void aLedeParagraphFarFromTheHeadlineStaysInTheBody() throws IOException {
    // the cue word alone is not enough: a "lede" class on body text after other paragraphs is body text
    Document d = read(page("", "<h1>The Harbour Town</h1>" + PROSE
        + "<p class=\"lede\">Later the boats came back, one by one, in the failing light of the evening.</p>"
        + PROSE));
    assertEquals("", d.metadata().subtitle());
    assertTrue(Pages.text(d).contains("one by one"));
  }

  @Test
  void aFirstParagraphThatOnlyRepeatsTheDescriptionAfterTheBylineStaysInTheBody() throws IOException {
    String first = "The harbour town woke slowly, with fishermen mending nets, bakers lighting ovens, and gulls"
        + " circling over the quay while the tide, still low, left the boats leaning in the mud.";
    Document d = read(page("<meta name=\"description\" content=\"" + first + "\">",
        "<h1>The Harbour Town</h1><p class=\"byline\">By Anna Berg</p>" + PROSE));
    assertEquals("", d.metadata().subtitle());
    assertTrue(Pages.text(d).startsWith("The harbour town woke slowly"));
  }

  @Test
  void anImageCaptionNamedSubtitleIsNoStandfirst() throws IOException {
    Document d = read(page("", "<h1>The Harbour Town</h1><div class=\"image\"><img src=\"quay.jpg\">"
        + "<div class=\"image-subtitle\">Boats at the quay in the morning light</div></div>" + PROSE));
    assertEquals("", d.metadata().subtitle());
  }

  @Test
  void aBlogTaglineUnderTheSiteNameIsNoStandfirst() throws IOException {
    String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The Harbour Town</title>"
        + "</head><body><header><h1>Harbour Notes</h1><p class=\"sub_title\">Thoughts from a small port on the"
        + " coast</p></header><main><article><h2 class=\"entry-title\">The Harbour Town</h2>" + PROSE
        + "</article></main></body></html>";
    assertEquals("", read(html).metadata().subtitle());
    // the same tagline under the article's own headline would be its standfirst
    assertEquals("Thoughts from a small port on the coast",
        read(html.replace("<h1>Harbour Notes</h1>", "<h1>The Harbour Town</h1>")).metadata().subtitle());
  }

  /** A page whose headline and lead stand in a hero block above the container of the body. */
  private static String heroPage(String headline, String hero) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The Harbour Town | Coast News"
        + "</title></head><body><div class=\"site-top\"><a href=\"/\">Coast News</a></div><div class=\"hero\"><h1>"
        + headline + "</h1><div class=\"hero-text\">" + hero + "</div><div class=\"meta\">12 May 2024</div></div>"
        + "<div class=\"row\"><div class=\"col-8\">" + PROSE + "</div><div class=\"col-4\"><a href=\"/a\">A storm"
        + " on the coast</a></div></div></body></html>";
  }

  @Test
  void aLeadBetweenTheHeadlineAndTheBodysContainerIsTheStandfirst() throws IOException {
    // no name and no description says so: its place does, after the headline and before the body, outside both
    String lead = "The fishing port on the north coast learns to live with the tourists who now outnumber its boats.";
    Document d = read(heroPage("The Harbour Town", "<p>" + lead + "</p>"));
    assertEquals(lead, d.metadata().subtitle());
    assertTrue(Pages.text(d).startsWith("The harbour town woke slowly"), Pages.text(d));
  }

  @Test
  void aDeckSetAsAHeadingWithoutAStopIsTheLead() throws IOException {
    // the page prints its deck as an h2 under the headline, without the full stop that prose has
    String deck = "The fishing port on the north coast learns to live with the tourists who now outnumber its boats";
    String page = heroPage("The Harbour Town", "").replace("<div class=\"hero-text\"></div>", "<h2>" + deck + "</h2>");
    assertEquals(deck, read(page).metadata().subtitle());
    // a section's short title there is no deck; nor is a paragraph of that length without a stop
    assertEquals("", read(heroPage("The Harbour Town", "").replace("<div class=\"hero-text\"></div>",
        "<h2>Life on the quay</h2>")).metadata().subtitle());
    assertEquals("", read(heroPage("The Harbour Town", "<p>" + deck + "</p>")).metadata().subtitle());
  }

  @Test
  void theHeadlineOverALeadMayBeAnyHeadingThatRepeatsTheTitle() throws IOException {
    String lead = "The fishing port on the north coast learns to live with the tourists who now outnumber its boats.";
    String h2 = heroPage("The Harbour Town", "<p>" + lead + "</p>").replace("<h1>", "<h2>").replace("</h1>", "</h2>");
    assertEquals(lead, read(h2).metadata().subtitle());
    // a section's heading that the title happens to contain is no headline
    String section = heroPage("Harbour", "<p>" + lead + "</p>").replace("<h1>", "<h2>").replace("</h1>", "</h2>");
    assertEquals("", read(section).metadata().subtitle());
  }

  @Test
  void aHeadlineThatSaysTheTitleInOtherWordsStandsOverALead() throws IOException {
    String lead = "The fishing port on the north coast learns to live with the tourists who now outnumber its boats.";
    String page = heroPage("Can the harbour town live with its tourists?", "<p>" + lead + "</p>")
        .replace("<title>The Harbour Town", "<title>Living with tourists in the harbour town");
    Document d = read(page);
    assertEquals(lead, d.metadata().subtitle());
    assertTrue(Pages.text(d).startsWith("The harbour town woke slowly"), Pages.text(d));
    // a site name as the h1 shares no words with the title
    assertEquals("", read(heroPage("Coast News Daily", "<p>" + lead + "</p>")
        .replace("<title>The Harbour Town", "<title>Living with tourists in the harbour town")).metadata().subtitle());
  }

  @Test
  void proseUnderAHeadlineThatIsNotTheTitleOrAfterMuchOtherTextIsNoLead() throws IOException {
    String lead = "The fishing port on the north coast learns to live with the tourists who now outnumber its boats.";
    // a site name as the page's h1, with its tagline
    assertEquals("", read(heroPage("Coast News Daily", "<p>" + lead + "</p>")).metadata().subtitle());
    // a box of other text (a teaser with its own title) stands between the headline and the prose
    String box = "<div class=\"box\"><h3><a href=\"/b\">The last herring boat</a></h3><span>A crew of three takes"
        + " the old boat out one more time, past the lighthouse and the wrecks, to the banks where the herring"
        + " were. The skipper remembers every storm, every catch and every friend the sea took from the town over"
        + " fifty years of fishing, and he tells it all to the young deckhand who has never seen a storm</span></div>";
    assertEquals("", read(heroPage("The Harbour Town", box + "<p>" + lead + "</p>")).metadata().subtitle());
    // the caption of the picture under the headline, in a block named so
    assertEquals("", read(heroPage("The Harbour Town", "<div class=\"image-caption\"><p>" + lead + "</p></div>"))
        .metadata().subtitle());
    // a list between the headline and the article counts as other text
    String list = "<ul><li>" + lead + "</li><li>" + lead + "</li><li>" + lead + "</li></ul>";
    assertEquals("", read(heroPage("The Harbour Town", list + "<p>" + lead + "</p>")).metadata().subtitle());
  }

  // --- photo credits

  @Test
  void creditInsideTheFigcaptionIsKept() throws IOException {
    Document d = read(page("", "<h1>The Harbour Town</h1>" + PROSE + "<figure><img src=\"boats.jpg\" alt=\"Boats\">"
        + "<figcaption>Boats at low tide. <span class=\"credit\">Photo: Jane Doe/Agency</span></figcaption>"
        + "</figure>" + PROSE));
    assertEquals(1, figures(d).size());
    assertEquals("Boats at low tide. Photo: Jane Doe/Agency", Inline.plainText(figures(d).get(0).caption()));
  }

  @Test
  void creditBesideTheImageJoinsTheCaption() throws IOException {
    Document d = read(page("", "<h1>The Harbour Town</h1>" + PROSE + "<figure><img src=\"boats.jpg\" alt=\"Boats\">"
        + "<span class=\"image-credit\">Jane Doe/Agency</span><figcaption>Boats at low tide.</figcaption></figure>"
        + PROSE));
    assertEquals("Boats at low tide. Jane Doe/Agency", Inline.plainText(figures(d).get(0).caption()));
  }

  @Test
  void creditOfAFigureWithoutCaptionBecomesItsCaption() throws IOException {
    Document d = read(page("", "<h1>The Harbour Town</h1>" + PROSE + "<figure><img src=\"boats.jpg\" alt=\"Boats\">"
        + "<p class=\"photo-byline\">Photograph: Jane Doe</p></figure>" + PROSE));
    assertEquals("Photograph: Jane Doe", Inline.plainText(figures(d).get(0).caption()));
    assertEquals(List.of("Anna Berg"), read(Pages.page("<figure><img src=\"a.jpg\"><figcaption>Quay."
        + " <span class=\"credit\">Photo: Jane Doe</span></figcaption></figure>" + PROSE)).metadata().authors());
  }

  @Test
  void creditLineAfterAnImageBecomesItsCaption() throws IOException {
    Document d = read(page("", "<h1>The Harbour Town</h1>" + PROSE + "<div class=\"media\"><img src=\"boats.jpg\">"
        + "</div><p class=\"photo-credit\">Photo: Jane Doe/Agency</p>" + PROSE));
    assertEquals("Photo: Jane Doe/Agency", Inline.plainText(figures(d).get(0).caption()));
  }

  // --- <picture> saved with its files

  @Test
  void pictureSavedWithItsFilesKeepsTheLocalImage() throws IOException {
    Document d = read(page("", "<h1>The Harbour Town</h1>" + PROSE + "<figure><picture>"
        + "<source type=\"image/webp\" srcset=\"https://cdn.example.net/boats-800.webp 800w,"
        + " https://cdn.example.net/boats-1600.webp 1600w\">"
        + "<img src=\"page_files/boats-800.jpg\" alt=\"Boats\"></picture><figcaption>Boats.</figcaption></figure>"
        + PROSE));
    assertEquals("file:/home/user/saved/page_files/boats-800.jpg", figures(d).get(0).src());
  }

  @Test
  void savedImageWithARemoteSrcsetKeepsTheLocalImage() throws IOException {
    Document d = read(page("", "<h1>The Harbour Town</h1>" + PROSE + "<figure><img src=\"./page_files/boats.jpg\""
        + " srcset=\"https://cdn.example.net/boats-800.jpg 800w, https://cdn.example.net/boats-1600.jpg 1600w\">"
        + "<figcaption>Boats.</figcaption></figure>" + PROSE));
    assertEquals("file:/home/user/saved/page_files/boats.jpg", figures(d).get(0).src());
  }

  @Test
  void savedLazyImageKeepsItsLocalFileButNotALocalPlaceholder() throws IOException {
    String fig = "<figure><img src=\"page_files/SRC\" data-src=\"https://cdn.example.net/boats.jpg\">"
        + "<figcaption>Boats.</figcaption></figure>";
    String html = page("", "<h1>The Harbour Town</h1>" + PROSE + fig + PROSE);
    assertEquals("file:/home/user/saved/page_files/boats.jpg",
        figures(read(html.replace("SRC", "boats.jpg"))).get(0).src());
    assertEquals("https://cdn.example.net/boats.jpg",
        figures(read(html.replace("SRC", "lazy-placeholder.gif"))).get(0).src());
    assertEquals("https://cdn.example.net/boats.jpg", figures(read(html.replace("SRC", "grey.svg"))).get(0).src());
    // read from stdin, without a location, the relative path leads nowhere: the web address stays
    Source stdin = Source.of("-", html.replace("SRC", "boats.jpg").getBytes(StandardCharsets.UTF_8));
    assertEquals("https://cdn.example.net/boats.jpg",
        figures(HtmlReader.create().read(stdin, Diagnostics.IGNORE)).get(0).src());
  }

  @Test
  void samplePageSavedWithItsFilesPointsAtTheFilesBesideIt() throws IOException {
    java.nio.file.Path page = java.nio.file.Path.of("src/test/resources/samples/meta/kestrel-ridge-walk.html")
        .toAbsolutePath();
    Source s = Source.of("kestrel-ridge-walk.html", java.nio.file.Files.readAllBytes(page)).withLocation(page.toUri());
    List<Figure> figures = figures(HtmlReader.create().read(s, Diagnostics.IGNORE));
    assertEquals(2, figures.size());
    for (Figure f : figures) {
      assertTrue(java.nio.file.Files.isRegularFile(java.nio.file.Path.of(URI.create(f.src()))), f.src());
    }
  }

  @Test
  void onTheWebThePictureSourceStillWins() throws IOException {
    String html = page("", "<h1>The Harbour Town</h1>" + PROSE + "<figure><picture>"
        + "<source srcset=\"https://cdn.example.net/boats-1600.webp 1600w\">"
        + "<img src=\"img/boats-320.jpg\" alt=\"Boats\"></picture><figcaption>Boats.</figcaption></figure>" + PROSE);
    assertEquals("https://cdn.example.net/boats-1600.webp",
        figures(readAt(html, "https://coast.example.org/2024/harbour")).get(0).src());
    // a root-relative src is the site's, not a file saved beside the page
    String rooted = html.replace("img/boats-320.jpg", "/img/boats-320.jpg");
    assertEquals("https://cdn.example.net/boats-1600.webp", figures(read(rooted)).get(0).src());
  }

  // --- protocol-relative URLs

  @Test
  void protocolRelativeImageTakesTheCanonicalScheme() throws IOException {
    Document d = read(page("<link rel=\"canonical\" href=\"http://coast.example.org/harbour\">",
        "<h1>The Harbour Town</h1>" + PROSE + "<figure><img src=\"//cdn.example.net/boats.jpg\">"
            + "<figcaption>Boats.</figcaption></figure><p>See <a href=\"//coast.example.org/tides\">the tide"
            + " tables</a> for the week, which the harbour master posts every Monday at the quay.</p>"));
    assertEquals("http://cdn.example.net/boats.jpg", figures(d).get(0).src());
    assertTrue(org.offprint.model.json.ModelJson.toJson(d).contains("\"http://coast.example.org/tides\""));
  }

  @Test
  void protocolRelativeImageWithoutCanonicalIsHttps() throws IOException {
    Document d = read(page("", "<h1>The Harbour Town</h1>" + PROSE + "<figure><img src=\"//cdn.example.net/b.jpg\">"
        + "<figcaption>Boats.</figcaption></figure>"));
    assertEquals("https://cdn.example.net/b.jpg", figures(d).get(0).src());
  }

  @Test
  void protocolRelativeLeadImageTakesTheCanonicalScheme() throws IOException {
    Document d = read(page("<link rel=\"canonical\" href=\"http://coast.example.org/harbour\">"
        + "<meta property=\"og:image\" content=\"//cdn.example.net/lead.jpg\">", "<h1>The Harbour Town</h1>" + PROSE));
    assertEquals("http://cdn.example.net/lead.jpg", d.metadata().image());
  }

  // --- bylines

  private static Metadata meta(String head, String body) throws IOException {
    return read(page(head, body)).metadata();
  }

  @Test
  void agencyInJsonLdDoesNotBeatAPrintedPerson() throws IOException {
    for (String agency : List.of("AFP", "Associated Press", "Reuters", "dpa", "AP")) {
      Metadata m = meta("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":"
          + "\"Organization\",\"name\":\"" + agency + "\"}}</script>",
          "<h1>The Harbour Town</h1><p class=\"byline\">By Dana Okafor</p>" + PROSE);
      assertEquals(List.of("Dana Okafor"), m.authors(), agency);
    }
  }

  @Test
  void agencyBylineBeforeAPersonDoesNotWin() throws IOException {
    Metadata m = meta("", "<h1>The Harbour Town</h1><span class=\"author\">AFP</span>"
        + "<div class=\"byline\">By Dana Okafor</div>" + PROSE);
    assertEquals(List.of("Dana Okafor"), m.authors());
    assertEquals("By Dana Okafor", m.byline());
  }

  @Test
  void agencyBesideAPersonIsDropped() throws IOException {
    Metadata m = meta("<meta name=\"author\" content=\"Dana Okafor, Associated Press\">", "<h1>X</h1>" + PROSE);
    assertEquals(List.of("Dana Okafor"), m.authors());
  }

  @Test
  void agencyAloneStaysTheAuthor() throws IOException {
    Metadata m = meta("<meta name=\"author\" content=\"Reuters\">", "<h1>X</h1>" + PROSE);
    assertEquals(List.of("Reuters"), m.authors());
  }

  @Test
  void licenceIsNeverAnAuthor() throws IOException {
    assertEquals(List.of("Dana Okafor"), meta("<meta name=\"author\" content=\"CC BY-SA\">",
        "<h1>X</h1><p class=\"byline\">By Dana Okafor</p>" + PROSE).authors());
    assertEquals(List.of(), meta("<meta name=\"author\" content=\"CC\">", "<h1>X</h1>" + PROSE).authors());
    assertEquals(List.of(), meta("<meta name=\"author\" content=\"Creative Commons\">", "<h1>X</h1>" + PROSE)
        .authors());
  }

  @Test
  void bylineLosesItsReadingTimeAndTheAuthorsTheDate() throws IOException {
    Metadata m = meta("", "<h1>X</h1><div class=\"byline\">Dana Okafor Nov 3, 2025 • 7 min read</div>" + PROSE);
    assertEquals(List.of("Dana Okafor"), m.authors());
    // the credit line as printed keeps its date (Metadata.byline); writers print the authors
    assertEquals("Dana Okafor Nov 3, 2025", m.byline());
  }

  @Test
  void bylineLosesItsCommentCount() throws IOException {
    Metadata m = meta("", "<h1>X</h1><p class=\"byline\">By Dana Okafor · 42 Comments</p>" + PROSE);
    assertEquals(List.of("Dana Okafor"), m.authors());
    assertEquals("By Dana Okafor", m.byline());
    Metadata n = meta("", "<h1>X</h1><p class=\"byline\">By Dana Okafor | 5 min read | 12 comments</p>" + PROSE);
    assertEquals("By Dana Okafor", n.byline());
  }

  @Test
  void bylineKeepsItsAffiliation() throws IOException {
    Metadata m = meta("", "<h1>X</h1><p class=\"byline\">By Dana Okafor, Health Desk</p>" + PROSE);
    assertEquals("By Dana Okafor, Health Desk", m.byline());
  }
}
