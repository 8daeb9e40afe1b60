package org.offprint.read.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.offprint.model.Document;

/** An article printed as a run of chunks of one template: the text of every chunk, without the boxes beside it. */
class TemplateRunsTest {
  private static String chunk(String text, String box) {
    return "<div class=\"block\"><div class=\"row\"><div class=\"col text\">" + text + "</div>"
        + "<div class=\"col facts\"><ul><li><a href=\"/x\">" + box + "</a></li><li><a href=\"/y\">Opening hours"
        + "</a></li></ul></div></div></div>";
  }

  private static String page(String chunks) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Cycling round the old town</title>"
        + "</head><body><div class=\"top\"><a href=\"/\">Visit the Coast</a></div><h1>Cycling round the old town</h1>"
        + "<div class=\"sections\">" + chunks + "</div><div class=\"bottom\">© Visit the Coast</div></body></html>";
  }

  @Test
  void theChunksOfOneTemplateAreOneArticle() throws Exception {
    String first = "<p>The town loves its cyclists. Marked lanes run for miles along the river, past the mills, the"
        + " old harbour and the market, and a quiet route of twenty kilometres is on no map at all, which is why"
        + " the locals like it best, with its chestnut trees, its cafés and its views of the castle on the hill.</p>"
        + "<h2>Starting at the bridge</h2>The route starts at the footbridge on the right bank, and follows the"
        + " water towards the old town, whose domes and towers grow larger with every turn of the pedals, until"
        + " the bridge of the carmelites invites you into the lanes, where the summer crowds sit outside.";
    String second = "<h2>Beyond the town walls</h2>Cycling in the pedestrian zone is allowed, with care for the"
        + " people on foot; a short stop at the cathedral's gates is worth it, before the lanes lead out past the"
        + " brewery and the gardens to the edge of town, where the fields begin and the mountains come close.";
    Document doc = Pages.read(page(chunk(first, "Bike hire in the old town") + chunk(second, "Guided tours")));
    String text = Pages.text(doc);
    assertTrue(text.contains("Marked lanes run for miles"), text);
    assertTrue(text.contains("Cycling in the pedestrian zone is allowed"), text);
    assertFalse(text.contains("Guided tours"), text);
  }
}
