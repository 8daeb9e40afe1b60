package org.offprint.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Diagnostic;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Heading;
import org.offprint.model.Inline;
import org.offprint.model.Metadata;
import org.offprint.model.Quote;

class DuplicateTitleTest {
  private static final DuplicateTitle STEP = new DuplicateTitle();
  private static final Block BODY = Block.paragraph("The council voted on Tuesday.");

  private static Document titled(String title, Block... blocks) {
    return Document.of(Metadata.builder().title(title).build(), List.of(blocks));
  }

  private static List<Block> blocksAfter(Document d) {
    return STEP.apply(d, "t", Diagnostics.IGNORE).blocks();
  }

  @Test
  void aFirstParagraphThatRepeatsTheTitleGoesWithSpacesAndCaseIgnored() {
    Diagnostics.Collector c = Diagnostics.collector();
    Document d = titled("Aldwick bridge  to close", Block.paragraph(" ALDWICK bridge\nto close "), BODY);
    assertEquals(List.of(BODY), STEP.apply(d, "page.html", c).blocks());
    assertEquals(List.of(new Diagnostic(Diagnostic.Severity.INFO, "page.html",
        "removed the first block, which repeats the title")), c.all());
  }

  @Test
  void aFirstHeadingOfAnyLevelThatRepeatsTheTitleGoes() {
    Block h = new Heading(3, List.of(Inline.text("Bridge to close")), "");
    assertEquals(List.of(BODY), blocksAfter(titled("Bridge to close", h, BODY)));
  }

  @Test
  void otherFirstBlocksStay() {
    Block other = Block.paragraph("Bridge to close for repairs");
    assertEquals(List.of(other, BODY), blocksAfter(titled("Bridge to close", other, BODY)));
    Block quote = new Quote(List.of(Block.paragraph("Bridge to close")), List.of());
    assertEquals(List.of(quote, BODY), blocksAfter(titled("Bridge to close", quote, BODY)));
    // only the first block is compared
    Block repeat = Block.paragraph("Bridge to close");
    assertEquals(List.of(BODY, repeat), blocksAfter(titled("Bridge to close", BODY, repeat)));
  }

  @Test
  void aDocumentOfOnlyTheTitleOrWithoutATitleKeepsItsBlocks() {
    Block repeat = Block.paragraph("Bridge to close");
    assertEquals(List.of(repeat), blocksAfter(titled("Bridge to close", repeat)));
    Block empty = Block.paragraph("");
    assertEquals(List.of(empty, BODY), blocksAfter(titled("  ", empty, BODY)));
  }

  @Test
  void everyLeadingRepeatGoesSoTheStepIsIdempotent() {
    Document once = STEP.apply(titled("T", Block.paragraph("T"), Block.paragraph("t"), BODY, Block.paragraph("T")),
        "t", Diagnostics.IGNORE);
    assertEquals(List.of(BODY, Block.paragraph("T")), once.blocks());
    assertEquals(once, STEP.apply(once, "t", Diagnostics.IGNORE));
  }
}
