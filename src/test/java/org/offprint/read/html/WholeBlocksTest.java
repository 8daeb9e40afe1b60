package org.offprint.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.read.Source;

/**
 * Extraction keeps or drops whole blocks: no word is cut out of a kept paragraph, whatever the classes and ids of
 * the links and spans inside it say ({@link WholeBlocks}). Checked on every sample page, and on generated pages
 * whose sentences hold links and spans named with every chrome word of the vocabulary.
 */
class WholeBlocksTest {
  private static final HtmlReader READER = HtmlReader.create();

  private static Document read(byte[] html) throws IOException {
    return READER.read(Source.of("page.html", html), Diagnostics.IGNORE);
  }

  @Test
  void noSamplePageLosesAWordInsideAKeptBlock() throws IOException {
    List<Path> pages = new ArrayList<>();
    for (Path dir : List.of(Path.of("input"), Path.of("src/test/resources/samples/hard"))) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
      }
    }
    assertTrue(pages.size() >= 14, "the samples: " + pages);
    for (Path p : pages) {
      byte[] html = Files.readAllBytes(p);
      assertEquals(List.of(), WholeBlocks.cuts(html, read(html)), p.toString());
    }
  }

  /**
   * Chrome words a link or span inside a sentence may carry, in the ways pages write them. Not the names of
   * pop-up cards, which are documented inline furniture ({@code extract/RunningText}).
   */
  private static final List<String> NAMES = List.of(
      "tag", "auto-tag_doobie-brothers", "share", "social-link", "related", "menu-item", "nav", "ad", "ad-slot",
      "comment", "newsletter", "popular", "byline", "author", "sidebar", "widget", "promo", "teaser", "sr-only",
      "read-more", "footer", "cookie", "pagerLink", "relatedTerm", "ShareLink", "tags_inline");
  private static final List<String> TAGS = List.of("a", "span", "em", "strong", "b", "i", "small", "time");
  private static final List<String> WORDS = List.of(
      "harbour", "ferry", "council", "bridge", "winter", "market", "tide", "lantern", "engineer", "budget",
      "village", "festival", "river", "station", "museum", "fishermen", "quay", "storm", "ledger", "column");

  @Test
  void generatedPagesKeepEveryWordOfTheirSentences() throws IOException {
    Random random = new Random(20261207);
    for (int page = 0; page < 200; page++) {
      StringBuilder body = new StringBuilder();
      List<String> sentences = new ArrayList<>();
      for (int p = 0; p < 4 + random.nextInt(4); p++) {
        StringBuilder plain = new StringBuilder();
        StringBuilder html = new StringBuilder();
        for (int w = 0; w < 20 + random.nextInt(20); w++) {
          String word = WORDS.get(random.nextInt(WORDS.size())) + (w % 7 == 6 ? "," : "");
          if (random.nextInt(6) == 0) {
            String tag = TAGS.get(random.nextInt(TAGS.size()));
            String attr = random.nextBoolean() ? "class" : "id";
            String name = NAMES.get(random.nextInt(NAMES.size()));
            String href = tag.equals("a") ? " href=\"/t/" + word + "\"" : "";
            html.append('<').append(tag).append(' ').append(attr).append("=\"").append(name).append('"')
                .append(href).append('>').append(word).append("</").append(tag).append("> ");
          } else {
            html.append(word).append(' ');
          }
          plain.append(word).append(' ');
        }
        html.append("and so the day went on.");
        plain.append("and so the day went on.");
        body.append("<p>").append(html).append("</p>\n");
        sentences.add(plain.toString());
      }
      byte[] bytes = Pages.page(body.toString()).getBytes(StandardCharsets.UTF_8);
      Document doc = read(bytes);
      assertEquals(List.of(), WholeBlocks.cuts(bytes, doc), "page " + page + ": " + body);
      String text = WholeBlocks.squash(Pages.text(doc));
      for (String s : sentences) {
        assertTrue(text.contains(WholeBlocks.squash(s)), "page " + page + " lost: " + s + "\n" + body);
      }
    }
  }

  @Test
  void theCheckerSeesAWordCutFromTheMiddleOfASentence() throws IOException {
    byte[] html = Pages.page("<p>The <a href=\"/t\">Doobie Brothers</a> will unite with former frontman"
        + " Michael McDonald for a 2020 North American tour of the coast towns.</p>").getBytes(StandardCharsets.UTF_8);
    Document doc = READER.read(Source.of("page.html", html), Diagnostics.IGNORE);
    Document cut = new Document(doc.metadata(), List.of(org.offprint.model.Block.paragraph(
        "The will unite with former frontman for a 2020 North American tour of the coast towns.")), List.of());
    assertEquals(List.of(), WholeBlocks.cuts(html, doc));
    assertEquals(1, WholeBlocks.cuts(html, cut).size());
  }
}
