package org.offprint.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offprint.model.Block;
import org.offprint.model.Book;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Fixtures;
import org.offprint.model.Metadata;
import org.offprint.model.Rule;
import org.offprint.testing.PdfPages;

/**
 * No article ends on a nearly empty page: articles of many lengths, alone and in a book, end with at least
 * {@link PagePlanner#MIN_LINES} lines on their last page (or take one page), and planning the pages leaves no
 * paragraph's first line alone at a page's foot or its last line alone at a page's top.
 */
class PagePlanTest {
  private static final String FILLER = "The tide came in over the breakwater while the boats waited in the lee of "
      + "the harbour wall, and the auction hall filled with the sound of crates being stacked for the morning sale.";

  /** {@return an article of {@code n} paragraphs "P0 …", "P1 …" of varied lengths} */
  private static Document article(int n) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      blocks.add(Block.paragraph("P" + i + " " + FILLER.substring(0, 60 + i * 7 % (FILLER.length() - 60))
          .repeat(1 + i % 3)));
    }
    return Document.of(Fixtures.metadata(), blocks);
  }

  private static List<PdfPages.Page> pages(byte[] pdf) throws IOException {
    return PdfPages.read(pdf, PdfTesting.THEME.page().top(), PdfTesting.THEME.page().bottom());
  }

  // without planning, 21, 32, 44, 53 and 65 paragraphs end with 4, 3, 4, 2 and 3 lines on a page of their own:
  // 21 gets company from the page before, the others go back onto pages that run a line long
  @ParameterizedTest
  @ValueSource(ints = {9, 12, 21, 22, 32, 44, 53, 65})
  void anArticleNeverEndsOnANearlyEmptyPage(int paragraphs) throws IOException {
    List<PdfPages.Page> pages = pages(PdfTesting.render(article(paragraphs)));
    PdfPages.Article a = PdfPages.articles(pages).get(0);
    assertEquals(pages.size(), a.pages());
    assertTrue(a.pages() == 1 || a.lastLines() >= PagePlanner.MIN_LINES,
        "the last of " + a.pages() + " pages holds " + a.lastLines() + " lines");
    noWidowsOrOrphans(pages);
  }

  // two pages, the last with 1, 2 and 3 lines without planning: the first goes back onto a page a line long, the
  // others get company from a first page that runs short
  @ParameterizedTest
  @ValueSource(ints = {0, 3, 5})
  void aTwoPageArticleNeverEndsOnANearlyEmptyPage(int words) throws IOException {
    List<Block> blocks = new ArrayList<>(article(11).blocks());
    blocks.add(Block.paragraph("P11 " + "word ".repeat(words * 5)));
    List<PdfPages.Page> pages = pages(PdfTesting.render(Document.of(Fixtures.metadata(), blocks)));
    PdfPages.Article a = PdfPages.articles(pages).get(0);
    assertTrue(a.pages() == 1 || a.lastLines() >= PagePlanner.MIN_LINES,
        "the last of " + a.pages() + " pages holds " + a.lastLines() + " lines");
    noWidowsOrOrphans(pages);
  }

  // an article that ends with a rule and a short line, as many pages do ("[[ up ]]", "Share this"): 11, 21 and 44
  // paragraphs end on a page of five lines of text whose spacing and rule fill the height of six or more, which
  // the planner took for enough while it measured the last page by its height
  @ParameterizedTest
  @ValueSource(ints = {11, 21, 44})
  void lastPageLinesAreCountedAsTextNotHeight(int paragraphs) throws IOException {
    List<Block> blocks = new ArrayList<>(article(paragraphs).blocks());
    blocks.add(new Rule());
    blocks.add(Block.paragraph("[[ up ]]"));
    List<PdfPages.Page> pages = pages(PdfTesting.render(Document.of(Fixtures.metadata(), blocks)));
    PdfPages.Article a = PdfPages.articles(pages).get(0);
    assertTrue(a.pages() == 1 || a.lastLines() >= PagePlanner.MIN_LINES,
        "the last of " + a.pages() + " pages holds " + a.lastLines() + " lines");
    noWidowsOrOrphans(pages);
  }

  @Test
  void noArticleOfABookEndsOnANearlyEmptyPageAndTheContentsStayRight() throws IOException {
    List<Document> docs = new ArrayList<>();
    for (int n : new int[] {21, 14, 32, 9, 53}) {
      Document d = article(n);
      docs.add(new Document(d.metadata().toBuilder().title("Article of " + n).build(), d.blocks(), d.footnotes()));
    }
    Metadata meta = Metadata.builder().title("Lengths").language("en").build();
    PdfWriter w = PdfWriter.builder(PdfTesting.options(Diagnostics.IGNORE, Fixtures.images())).build();
    byte[] pdf = PdfTesting.renderBook(w, new Book(meta, docs));
    List<PdfPages.Page> pages = pages(pdf);
    List<PdfPages.Article> articles = PdfPages.articles(pages);
    assertEquals(docs.size() + 1, articles.size(), "the contents, then each article: " + articles);
    String contents = PdfTesting.normalize(PdfTesting.pages(pdf).get(0));
    for (int i = 1; i < articles.size(); i++) {
      PdfPages.Article a = articles.get(i);
      assertTrue(a.pages() == 1 || a.lastLines() >= PagePlanner.MIN_LINES, "article " + i + ": " + a);
      String title = docs.get(i - 1).metadata().title();
      assertTrue(pages.get(a.first() - 1).body().get(0).startsWith(title), "page " + a.first() + " starts " + title);
      assertTrue(contents.contains(title + " " + a.first()), title + " on page " + a.first() + ": " + contents);
    }
    noWidowsOrOrphans(pages);
  }

  /** A page ends with a paragraph's first line (orphan) or starts with its last line alone (widow). */
  private static void noWidowsOrOrphans(List<PdfPages.Page> pages) {
    for (int p = 0; p + 1 < pages.size(); p++) {
      List<String> here = pages.get(p).body();
      List<String> next = pages.get(p + 1).body();
      if (!pages.get(p + 1).runningHead() || here.isEmpty() || next.isEmpty()) continue; // a new article
      boolean continues = !next.get(0).matches("P\\d+ .*");
      String last = here.get(here.size() - 1);
      assertFalse(continues && last.matches("P\\d+ .*"), "page " + (p + 1) + " ends with an orphan: " + last);
      boolean widow = continues && (next.size() == 1 || next.get(1).matches("P\\d+ .*"));
      assertFalse(widow, "page " + (p + 2) + " starts with a widow: " + next.get(0));
    }
  }
}
