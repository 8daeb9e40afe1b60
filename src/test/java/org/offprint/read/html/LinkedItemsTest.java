package org.offprint.read.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.offprint.model.Document;

/** An item of a run of like items that links a product or a name stays with its list; a teaser list goes. */
class LinkedItemsTest {
  private static String row(String amount, String name) {
    return "<div class=\"ingredient-row\"><div class=\"cells\"><div class=\"amount\">" + amount
        + "</div><div class=\"name\">" + name + "</div></div></div>";
  }

  @Test
  void anIngredientThatLinksAProductStaysWithTheOthers() throws Exception {
    Document doc = Pages.read(Pages.page(Pages.PROSE + "<h2>Ingredients</h2><div class=\"ingredients\">"
        + row("250 g", "butter, soft, cut into small cubes")
        + row("3", "eggs, size M, at room temperature")
        + row("1 sachet", "gelatine <a href=\"/shop/setting-powder\">for example Quick-set powder (15 g)</a>")
        + row("400 ml", "whipping cream, well chilled")
        + "</div>"));
    String text = Pages.text(doc);
    assertTrue(text.contains("for example Quick-set powder (15 g)"), text);
    assertTrue(text.contains("whipping cream, well chilled"), text);
  }

  @Test
  void aRunOfLinkedTeasersStillGoes() throws Exception {
    Document doc = Pages.read(Pages.page(Pages.PROSE + "<div class=\"more\">"
        + row("New", "<a href=\"/a\">A storm on the coast and the boats that stayed out</a>")
        + row("New", "<a href=\"/b\">The last herring boat leaves the harbour town</a>")
        + row("New", "<a href=\"/c\">Why the lighthouse keeper never left his post</a>")
        + "</div>"));
    String text = Pages.text(doc);
    assertFalse(text.contains("The last herring boat leaves"), text);
  }
}
