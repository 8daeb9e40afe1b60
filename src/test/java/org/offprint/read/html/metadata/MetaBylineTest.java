package org.offprint.read.html.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Metadata;
import org.offprint.read.Source;
import org.offprint.read.html.charset.HtmlCharset;

class MetaBylineTest {
  private static final String TEXT =
      "<p>The lock keepers of the upper canal have kept a log of every boat since the year the basin opened,"
          + " and the ledgers now fill a whole room of the old toll house.</p>";

  private static Metadata meta(String head, String body) throws Exception {
    String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body>" + body
        + "</body></html>";
    Source s = Source.of("t.html", html.getBytes(StandardCharsets.UTF_8))
        .withLocation(URI.create("https://canal.example/log.html"));
    return HtmlMetadata.extract(HtmlCharset.parse(s), s);
  }

  @Test
  void bylineClassGivesTheLineAsPrinted() throws Exception {
    Metadata m = meta("", "<article><h1>Ledgers</h1><div class=\"byline\">By Wren Ashby<br>\n    Canal Trust"
        + "</div>" + TEXT + "</article>");
    assertEquals("By Wren Ashby Canal Trust", m.byline());
    assertEquals(List.of("Wren Ashby"), m.authors());
  }

  @Test
  void theDateAndTheAffiliationStayInTheLineButNotInTheAuthors() throws Exception {
    Metadata m = meta("", "<p class=\"post-author\">by Wren Ashby, Canal Desk 3 May 2021</p>" + TEXT);
    assertEquals("by Wren Ashby, Canal Desk 3 May 2021", m.byline());
    assertEquals(List.of("Wren Ashby"), m.authors());
  }

  @Test
  void inlinePiecesAreJoinedAsThePageJoinsThem() throws Exception {
    Metadata m = meta("", "<p class=\"byline\">by <a href=\"/wren\">Wren Ashby</a><time>3 May 2021</time></p>"
        + TEXT);
    assertEquals("by Wren Ashby3 May 2021", m.byline());
  }

  @Test
  void relAuthorLinkIsACreditLine() throws Exception {
    Metadata m = meta("", "<p>Filed <a rel=\"author\" href=\"/people/wren\">Wren Ashby</a></p>" + TEXT);
    assertEquals("Wren Ashby", m.byline());
  }

  @Test
  void itempropAuthorWithAMicrodataNameGivesTheName() throws Exception {
    Metadata m = meta("", "<div itemprop=\"author\" itemscope><span itemprop=\"name\">Wren Ashby</span>"
        + " · <time>3 May 2021</time></div>" + TEXT);
    assertEquals("Wren Ashby", m.byline());
  }

  @Test
  void classWordsInOtherLanguagesAreCues() throws Exception {
    assertEquals("Inés Ortega, Madrid", meta("", "<p class=\"autor\">Inés Ortega, Madrid</p>" + TEXT).byline());
    assertEquals("Léa Girard", meta("", "<span class=\"auteur-nom\">Léa Girard</span>" + TEXT).byline());
  }

  @Test
  void aByLineWithoutMarkupIsACreditLine() throws Exception {
    Metadata m = meta("", "<p>By Wren Ashby and Tomas Reyes</p>" + TEXT);
    assertEquals("By Wren Ashby and Tomas Reyes", m.byline());
    assertEquals(List.of("Wren Ashby", "Tomas Reyes"), m.authors());
  }

  @Test
  void aTightBylineInsideAnIndentedContainerWins() throws Exception {
    String indent = "\n" + " ".repeat(100);
    Metadata m = meta("", "<div class=\"title-author-date\">" + indent + "<h6 class=\"byline\">By Wren Ashby</h6>"
        + indent + "<p>3 May 2021</p>" + indent + "</div>" + TEXT);
    assertEquals("By Wren Ashby", m.byline());
  }

  @Test
  void aLineOfOneHundredCharactersOrMoreIsNoByline() throws Exception {
    String line = "By Wren Ashby | keeper of the ledgers of the upper canal, of the lower basin and of the tidal locks.";
    assertEquals(100, line.length());
    Metadata m = meta("", "<p class=\"byline\">" + line + "</p>" + TEXT);
    assertEquals(List.of("Wren Ashby"), m.authors());
    assertEquals("", m.byline());
    Metadata shorter = meta("", "<p class=\"byline\">" + line.substring(0, 99) + "</p>" + TEXT);
    assertEquals(line.substring(0, 99), shorter.byline());
  }

  @Test
  void declaredAuthorsStillGetThePrintedLineAsByline() throws Exception {
    Metadata m = meta("<meta name=\"author\" content=\"Wren Ashby\">",
        "<p class=\"byline\">By Wren Ashby, Canal Trust</p>" + TEXT);
    assertEquals(List.of("Wren Ashby"), m.authors());
    assertEquals("By Wren Ashby, Canal Trust", m.byline());
  }

  @Test
  void aDateLineIsNoByline() throws Exception {
    Metadata m = meta("", "<div class=\"author-details\">Last Updated: May 3, 2021</div>" + TEXT);
    assertEquals("", m.byline());
    assertEquals(List.of(), m.authors());
  }

  @Test
  void aDeskIsNeitherAnAuthorNorAByline() throws Exception {
    Metadata m = meta("", "<div class=\"byline\">Our Foreign Staff</div>" + TEXT);
    assertEquals(List.of(), m.authors());
    assertEquals("", m.byline());
  }

  @Test
  void aLineThatNamesSomeoneElseIsSkipped() throws Exception {
    Metadata m = meta("", "<a class=\"author-link\" href=\"/login\">Sign in</a>"
        + "<p class=\"byline\">By Wren Ashby</p>" + TEXT);
    assertEquals("By Wren Ashby", m.byline());
  }

  @Test
  void theNameMustBeAWholeWordOfTheLine() {
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
        "<body><p class=\"author\">Joanna Berg</p><p class=\"author\">By Ann</p></body>");
    assertEquals("By Ann", MetaByline.find(page, List.of("Ann")));
  }

  @Test
  void commentAuthorsAreNoByline() throws Exception {
    Metadata m = meta("", "<div class=\"comments\"><ul><li><span class=\"comment-author\">Wren Ashby fan club"
        + "</span></li></ul></div><p>By Wren Ashby</p>" + TEXT);
    assertEquals("By Wren Ashby", m.byline());
  }

  @Test
  void noCreditNoByline() throws Exception {
    assertEquals("", meta("", TEXT).byline());
  }

  @Test
  void bylineLosesItsReadingTimeAndCommentCount() {
    // moved from MetadataAndFiguresTest.bylineLosesItsReadingTimeAndTheAuthorsTheDate
    assertEquals("By Dana Okafor", MetaByline.withoutCounts("By Dana Okafor · Reading time: 4 minutes"));
    assertEquals("Von Dana Okafor", MetaByline.withoutCounts("Von Dana Okafor | 3 Kommentare"));
    assertEquals("12 comments", MetaByline.withoutCounts("12 comments"));
  }
}
