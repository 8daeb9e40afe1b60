package org.offprint.read.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Diagnostics;
import org.offprint.read.Source;

/**
 * The sample pages of {@code src/test/resources/samples/extraction}, one per way extraction used to fail on sites
 * nobody tuned it to: what each must keep, and the chrome it must drop.
 */
class ExtractionSamplesTest {
  private static String text(String name) throws IOException {
    Path p = Path.of("src/test/resources/samples/extraction", name);
    return Pages.text(HtmlReader.create().read(Source.of(name, Files.readAllBytes(p)), Diagnostics.IGNORE));
  }

  private static void check(String text, List<String> kept, List<String> dropped) {
    for (String k : kept) assertTrue(text.contains(k), "kept: " + k + "\n" + text);
    for (String d : dropped) assertFalse(text.contains(d), "dropped: " + d + "\n" + text);
  }

  @Test
  void aWordPressPostWithTaxonomyClassesKeepsItsBodyAndItsInlineTagLinks() throws IOException {
    check(text("wp-taxonomy-post.html"),
        List.of("Wenn draußen die Blätter fallen", "Die Kinder wiegen sie mit der Balkenwaage aus dem Materialschrank",
            "Dort liegt das Bilderbuch Frederick von Leo Lionni bereit", "Ein Sanduhr-Timer sorgt dafür",
            "Im nächsten Jahr kommt eine vierte Station"),
        List.of("Petra M.", "Balkenwaage übernehme ich", "Schreibe einen Kommentar", "Neueste Beiträge",
            "Schlagwörter", "Die Lesekiste", "Stolz präsentiert", "Verschlagwortet"));
  }

  @Test
  void unnamedResponsesBelowTheArticleAreComments() throws IOException {
    check(text("responses-comments.html"),
        List.of("the library board said no", "The head librarian, Tomas Reyes"),
        List.of("Responses (3)", "smell of the drawers", "Stealing it", "Did the county pay", "More from Marginalia",
            "Get started", "Clap"));
  }

  @Test
  void aForumThreadKeepsEveryPostAndDropsThePostersPanels() throws IOException {
    check(text("forum-thread.html"),
        List.of("I picked up a 1970s cast iron bench vise", "Electrolysis, every time, for cast iron",
            "Tried the electrolysis over two nights"),
        List.of("Well-known member", "Joined", "Measure twice", "Reply to thread", "Similar threads",
            "Restoring a Record", "Terms and rules"));
  }

  @Test
  void aRecipeKeepsItsIngredientsAndMethodAndDropsTheRatingWidget() throws IOException {
    check(text("recipe-rating-widget.html"),
        List.of("A thick winter soup", "150 g pearl barley, rinsed", "Melt the butter in a large pot",
            "Tip: the soup thickens as it stands"),
        List.of("212 votes", "Rate this recipe", "151 votes", "You might also like", "French onion soup"));
  }
}
