package org.offprint.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Image;
import org.offprint.model.ListBlock;
import org.offprint.model.Metadata;
import org.offprint.model.Quote;

class HeadingLevelsTest {
  private static final HeadingLevels STEP = new HeadingLevels();

  private static Block h(int level, String text) {
    return Block.heading(level, text, "");
  }

  private static List<Integer> levels(Document d) {
    List<Integer> out = new ArrayList<>();
    collect(d.blocks(), out);
    for (Footnote f : d.footnotes()) collect(f.content(), out);
    return out;
  }

  private static void collect(List<Block> blocks, List<Integer> out) {
    for (Block b : blocks) {
      if (b instanceof Heading x) out.add(x.level());
      if (b instanceof Quote q) collect(q.content(), out);
      if (b instanceof ListBlock l) for (ListBlock.Item i : l.items()) collect(i.content(), out);
    }
  }

  private static Document apply(List<Block> blocks, List<Footnote> notes) {
    return STEP.apply(new Document(Metadata.EMPTY, blocks, notes), "t", Diagnostics.IGNORE);
  }

  @Test
  void levelsStartAtTwoAndNeverSkipOnTheWayDown() {
    Document d = apply(List.of(h(4, "a"), Block.paragraph("x"), h(2, "b"), h(5, "c"), h(6, "d"), h(3, "e"),
        h(1, "f")), List.of());
    // the body's headings first move together (level 1 is the highest: one down), then none skips a level
    assertEquals(List.of(2, 3, 4, 5, 4, 2), levels(d));
  }

  @Test
  void theBodysHeadingsMoveTogetherSoThatTheHighestIsTwo() {
    // sections at level 3 (a page whose h2 was the sidebar's; a Markdown file written with ###) are siblings
    assertEquals(List.of(2, 2, 3, 2), levels(apply(List.of(h(3, "a"), h(3, "b"), h(4, "b1"), h(3, "c")), List.of())));
    // sections at level 1 keep their subsections under them
    assertEquals(List.of(2, 3, 2, 3), levels(apply(List.of(h(1, "A"), h(2, "a1"), h(1, "B"), h(2, "b1")), List.of())));
  }

  @Test
  void headingsInQuotesListsAndNotesCountInReadingOrder() {
    Block quote = new Quote(List.of(h(5, "in quote")), List.of());
    Block list = new ListBlock(false, 1, List.of(new ListBlock.Item(List.of(h(6, "in list")))));
    Document d = apply(List.of(h(2, "a"), quote, list), List.of(new Footnote("n", List.of(h(6, "in note")))));
    assertEquals(List.of(2, 3, 4, 5), levels(d));
  }

  @Test
  void aHeadingWithoutWordsOrPictureIsLeftAsItIsAndDoesNotCount() {
    Block pictured = new Heading(6, List.of(new Image("https://example.org/a.png", "", "")), "");
    Document d = apply(List.of(h(2, "a"), h(6, "  "), h(4, "b"), pictured), List.of());
    assertEquals(List.of(2, 6, 3, 4), levels(d));
  }

  @Test
  void theStepIsIdempotentAndKeepsIdsAndContent() {
    Document once = apply(List.of(Block.heading(5, "Deep", "deep"), h(3, "x")), List.of());
    assertEquals(Block.heading(2, "Deep", "deep"), once.blocks().get(0));
    assertEquals(once, STEP.apply(once, "t", Diagnostics.IGNORE));
    assertSame(once, STEP.apply(once, "t", Diagnostics.IGNORE)); // levels already right: nothing copied
  }
}
