package org.offprint.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Emphasis;
import org.offprint.model.Footnote;
import org.offprint.model.Inline;
import org.offprint.model.Metadata;
import org.offprint.model.Nesting;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Text;

class DepthLimitTest {
  private static final DepthLimit STEP = new DepthLimit();

  private static Block quotes(int depth, String words) {
    Block b = Block.paragraph(words);
    for (int i = 0; i < depth; i++) b = new Quote(List.of(b), List.of());
    return b;
  }

  private static int quoteDepth(Block b) {
    int d = 0;
    while (b instanceof Quote q) {
      d++;
      b = q.content().get(0);
    }
    return d;
  }

  private static Inline emphasis(int depth, String words) {
    Inline i = new Text(words);
    for (int k = 0; k < depth; k++) i = new Emphasis(List.of(i));
    return i;
  }

  private static Document apply(Document d) {
    return STEP.apply(d, "t", Diagnostics.IGNORE);
  }

  @Test
  void quotesDeeperThanTheLimitBecomeOneParagraphOfTheirWords() {
    Document d = apply(Document.of(Metadata.EMPTY, List.of(quotes(100, "deep words"))));
    Block b = d.blocks().get(0);
    assertEquals(Nesting.MAX_BLOCK_DEPTH, quoteDepth(b));
    for (int i = 0; i < Nesting.MAX_BLOCK_DEPTH; i++) b = ((Quote) b).content().get(0);
    assertEquals("deep words", assertInstanceOf(Paragraph.class, b).text());
  }

  @Test
  void inlinesDeeperThanTheLimitBecomePlainText() {
    Document d = apply(Document.of(Metadata.EMPTY, List.of(new Paragraph(List.of(emphasis(40, "deep words"))))));
    Inline i = ((Paragraph) d.blocks().get(0)).content().get(0);
    int depth = 0;
    while (i instanceof Emphasis e) {
      depth++;
      i = e.content().get(0);
    }
    assertEquals(Nesting.MAX_INLINE_DEPTH, depth);
    assertEquals(new Text("deep words"), i);
  }

  @Test
  void footnotesAreLimitedToo() {
    Document d = apply(new Document(Metadata.EMPTY, List.of(),
        List.of(new Footnote("n", List.of(quotes(100, "note words"))))));
    // a note's content counts as one level down already
    assertEquals(Nesting.MAX_BLOCK_DEPTH - 1, quoteDepth(d.footnotes().get(0).content().get(0)));
  }

  @Test
  void shallowDocumentsAreUnchangedAndTheStepIsIdempotent() {
    Document shallow = Document.of(Metadata.EMPTY, List.of(quotes(3, "a"), new Paragraph(List.of(emphasis(2, "b")))));
    assertEquals(shallow, apply(shallow));
    assertSame(shallow, apply(shallow)); // nothing to flatten: nothing copied
    Document once = apply(Document.of(Metadata.EMPTY, List.of(quotes(200, "x"))));
    assertEquals(once, apply(once));
  }

  @Test
  void flatteningTenThousandLevelsNeedsNoDeepStack() throws Exception {
    Block deep = quotes(10_000, "bottom");
    Document[] out = new Document[1];
    // 256 KiB is far less than a recursive walk of 10,000 levels needs
    Thread t = new Thread(null, () -> out[0] = apply(Document.of(Metadata.EMPTY, List.of(deep))), "small", 256 << 10);
    t.start();
    t.join();
    assertTrue(out[0].toString().contains("bottom"));
    assertSame(Paragraph.class, innermost(out[0].blocks().get(0)).getClass());
  }

  private static Block innermost(Block b) {
    while (b instanceof Quote q) b = q.content().get(0);
    return b;
  }
}
