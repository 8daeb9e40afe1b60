package org.offprint.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Document;
import org.offprint.model.Emphasis;
import org.offprint.model.Footnote;
import org.offprint.model.Inline;
import org.offprint.model.ListBlock;
import org.offprint.model.Metadata;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Table;
import org.offprint.model.Text;

/** Mapping every list of inlines: what changes is rebuilt, what does not is kept as the same object. */
class InlinesTest {
  private static final Document DOC = new Document(Metadata.EMPTY, List.of(
      Block.paragraph(new Text("one "), new Emphasis(List.of(new Text("two")))),
      new Quote(List.of(Block.paragraph(new Text("quoted"))), List.of(new Text("by"))),
      new ListBlock(false, 1, List.of(new ListBlock.Item(List.of(Block.paragraph(new Text("item")))))),
      new Table(List.of(), List.of(), List.of(new Table.Row(List.of(Table.Cell.of("cell")))))),
      List.of(new Footnote("n", List.of(Block.paragraph(new Text("note"))))));

  @Test
  void aFunctionThatChangesNothingGivesBackTheSameDocument() {
    assertSame(DOC, Inlines.map(DOC, inlines -> inlines));
  }

  @Test
  void aChangedListRebuildsItsPathOnlyAndEveryListIsVisitedInOrder() {
    List<String> seen = new ArrayList<>();
    Document out = Inlines.map(DOC, inlines -> {
      seen.add(Inline.plainText(inlines));
      if (!inlines.equals(List.of(new Text("item")))) return inlines;
      return List.<Inline>of(new Text("ITEM"));
    });
    assertEquals(List.of("two", "one two", "quoted", "by", "item", "", "cell", "note"), seen);
    assertEquals(new ListBlock(false, 1, List.of(new ListBlock.Item(List.of(Block.paragraph(new Text("ITEM")))))),
        out.blocks().get(2));
    assertNotSame(DOC, out);
    for (int i : new int[] {0, 1, 3}) assertSame(DOC.blocks().get(i), out.blocks().get(i));
    assertSame(DOC.footnotes(), out.footnotes());
    assertEquals(DOC.metadata(), out.metadata());
  }

  @Test
  void aChangeInsideFormattingOrANoteRebuildsItsContainers() {
    Document out = Inlines.map(DOC, inlines -> inlines.equals(List.of(new Text("two"))) || inlines.equals(
        List.of(new Text("note"))) ? List.<Inline>of(new Text("2")) : inlines);
    assertEquals(new Paragraph(List.of(new Text("one "), new Emphasis(List.of(new Text("2"))))), out.blocks().get(0));
    assertEquals(List.of(new Footnote("n", List.of(Block.paragraph(new Text("2"))))), out.footnotes());
    assertSame(DOC.blocks().get(1), out.blocks().get(1));
  }
}
