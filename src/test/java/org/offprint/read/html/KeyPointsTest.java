package org.offprint.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Document;
import org.offprint.model.ListBlock;

/** Key points listed under the headline, outside the article's container, open the article as a list. */
class KeyPointsTest {
  private static String page(String underHeadline) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The harbour town votes on its new wall"
        + " | Coast News</title></head><body><div class=\"top\"><a href=\"/\">Coast News</a></div>"
        + "<div class=\"intro\"><h1>The harbour town votes on its new wall</h1><div class=\"date\">12 May 2024</div>"
        + "<div class=\"summary\">" + underHeadline + "</div></div>"
        + "<div class=\"row\"><div class=\"col-8\">" + Pages.PROSE + "</div><div class=\"col-4\"><a href=\"/a\">A"
        + " storm on the coast</a></div></div></body></html>";
  }

  @Test
  void theKeyPointsUnderTheHeadlineOpenTheArticle() throws Exception {
    Document doc = Pages.read(page("<ul><li>The council wants a higher wall before the winter storms come.</li>"
        + "<li>The fishermen fear for their moorings inside the old harbour.</li>"
        + "<li>The town votes on the plan in the spring, after a hearing.</li></ul>"));
    List<ListBlock> lists = Pages.blocksOf(doc, ListBlock.class);
    assertEquals(1, lists.size(), doc.blocks().toString());
    assertTrue(doc.blocks().get(0) instanceof ListBlock, doc.blocks().toString());
    assertTrue(Pages.text(doc).contains("The fishermen fear for their moorings inside the old harbour."));
  }

  @Test
  void aListOfLinksOrOfWordsThereIsNoKeyPoints() throws Exception {
    Document links = Pages.read(page("<ul><li><a href=\"/p\">Politics of the coast and the council</a></li>"
        + "<li><a href=\"/s\">Sport on the beach and in the harbour</a></li></ul>"));
    assertFalse(Pages.text(links).contains("Politics of the coast"), Pages.text(links));
    Document words = Pages.read(page("<ul><li>Wall</li><li>Council</li><li>Vote</li></ul>"));
    assertFalse(Pages.text(words).contains("Council"), Pages.text(words));
  }
}
