package org.offprint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The spans of the inline model: what they hold, the same span around other content, and their plain text. */
class InlineTest {
  private static final List<Inline> WORDS = List.of(new Text("a "), Strong.of("b"));
  private static final List<Inline> OTHER = List.of(new Text("c"));

  @Test
  void everySpanGivesWhatItHoldsAndTheSameSpanAroundOtherContent() {
    List<Inline> spans = List.of(new Emphasis(WORDS), new Strong(WORDS), new Strikethrough(WORDS),
        new Superscript(WORDS), new Subscript(WORDS), new Link("https://example.org/", "t", WORDS));
    for (Inline span : spans) {
      assertEquals(WORDS, Inline.children(span), span.toString());
      Inline other = Inline.withChildren(span, OTHER);
      assertEquals(span.getClass(), other.getClass());
      assertEquals(OTHER, Inline.children(other));
    }
    assertEquals(new Link("https://example.org/", "t", OTHER),
        Inline.withChildren(new Link("https://example.org/", "t", WORDS), OTHER));
  }

  @Test
  void leavesHoldNothing() {
    List<Inline> leaves = List.of(new Text("a"), new Code("x"), new Image("i.png", "alt", ""), new LineBreak(),
        new NoteRef("1"));
    for (Inline leaf : leaves) {
      assertNull(Inline.children(leaf), leaf.toString());
      assertThrows(IllegalArgumentException.class, () -> Inline.withChildren(leaf, OTHER));
    }
  }

  @Test
  void plainTextGoesIntoEverySpanAndItsLengthIsCountedAlike() {
    List<Inline> run = List.of(new Text("A "), new Emphasis(List.of(new Strong(List.of(new Text("deep"))))),
        new Text(" "), new Link("https://example.org/", "", List.of(new Superscript(List.of(new Text("1"))))),
        new Subscript(List.of(new Text("2"))), new Strikethrough(List.of(new Code("x"))), new LineBreak(),
        new Image("i.png", "alt", ""), new NoteRef("n"));
    assertEquals("A deep 12x\nalt", Inline.plainText(run));
    assertEquals(Inline.plainText(run).length(), Inline.plainTextLength(run));
  }
}
