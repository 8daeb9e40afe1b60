package org.offprint.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Document;
import org.offprint.model.Paragraph;
import org.offprint.model.Rule;

/** Lines without letters or digits between the article's blocks: spacers go, a dinkus is a thematic break. */
class SpacersTest {
  @Test
  void aSpacerDotAndACloseButtonGo() throws Exception {
    Document doc = Pages.read(Pages.page(Pages.PROSE
        + "<p><span style=\"color: #ffffff;\">.</span></p>"
        + "<p>The boats went out again at dusk, and the town watched them go.</p>"
        + "<p>×</p><p> - </p>"
        + "<p>The lamps were lit along the quay one by one, as they were every night.</p>"));
    List<String> texts = Pages.texts(doc);
    assertFalse(texts.contains("."), texts.toString());
    assertFalse(texts.contains("×"), texts.toString());
    assertFalse(texts.contains("-"), texts.toString());
    assertTrue(texts.contains("The lamps were lit along the quay one by one, as they were every night."), texts.toString());
    assertTrue(Pages.blocksOf(doc, Rule.class).isEmpty());
  }

  @Test
  void aDinkusBetweenSectionsIsOneThematicBreak() throws Exception {
    Document doc = Pages.read(Pages.page(Pages.PROSE
        + "<p>* * *</p><hr><p>___</p>"
        + "<p>Years later, the harbour was quiet, and the boats had gone to other towns.</p>"));
    List<Block> blocks = doc.blocks();
    int rule = -1;
    for (int i = 0; i < blocks.size(); i++) if (blocks.get(i) instanceof Rule) rule = i;
    assertEquals(1, Pages.blocksOf(doc, Rule.class).size(), blocks.toString());
    assertTrue(rule > 0 && blocks.get(rule + 1) instanceof Paragraph p && p.text().startsWith("Years later"),
        blocks.toString());
    assertFalse(Pages.texts(doc).contains("* * *"));
  }

  @Test
  void signsThatSaySomethingStay() throws Exception {
    Document doc = Pages.read(Pages.page(Pages.PROSE + "<p>[…]</p><p>🎉</p>"
        + "<p>The boats went out again at dusk, and the town watched them go.</p>"));
    List<String> texts = Pages.texts(doc);
    assertTrue(texts.contains("[…]"), texts.toString());
    assertTrue(texts.contains("🎉"), texts.toString());
  }
}
