package org.offprint.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Diagnostic;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Footnote;
import org.offprint.model.Metadata;
import org.offprint.model.NoteRef;
import org.offprint.model.Text;
import org.offprint.model.json.ModelJson;

class NoteNumberingTest {
  private static final NoteNumbering STEP = new NoteNumbering();

  private static Footnote note(String id, String words) {
    return new Footnote(id, List.of(Block.paragraph(words)));
  }

  private static Document withNotes(Footnote... notes) {
    return new Document(Metadata.EMPTY, List.of(Block.paragraph(new Text("A"), new NoteRef("a"))), List.of(notes));
  }

  @Test
  void aRepeatedIdKeepsItsWordsUnderAFreshIdAndIsReported() throws Exception {
    Diagnostics.Collector c = Diagnostics.collector();
    Document d = STEP.apply(withNotes(note("a", "one"), note("a", "two"), note("a-2", "three"), note("a", "four")),
        "dup.md", c);
    assertEquals(List.of("a", "a-3", "a-2", "a-4"), d.footnotes().stream().map(Footnote::id).toList());
    assertEquals(List.of("one", "two", "three", "four"),
        d.footnotes().stream().map(f -> ((org.offprint.model.Paragraph) f.content().get(0)).text()).toList());
    assertEquals(Map.of("a", 1, "a-3", 2, "a-2", 3, "a-4", 4), d.noteNumbers());
    assertEquals(2, c.all().size());
    assertEquals(new Diagnostic(Diagnostic.Severity.WARNING, "dup.md", "footnote 'a' is defined twice: references go"
        + " to the first; the second is kept as note 2, which nothing refers to"), c.all().get(0));
    // what the stage hands on can be written as the JSON model and read back, which a repeated id cannot
    assertEquals(d, ModelJson.read(ModelJson.toJson(d).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(d, STEP.apply(d, "dup.md", Diagnostics.IGNORE));
  }

  @Test
  void uniqueIdsAreLeftAlone() {
    Document d = withNotes(note("b", "one"), note("a", "two"));
    assertSame(d, STEP.apply(d, "t", Diagnostics.IGNORE));
    assertEquals(List.of("b", "a"), List.copyOf(d.noteNumbers().keySet()));
    assertEquals(Map.of("b", 1, "a", 2), d.noteNumbers());
  }

  @Test
  void aReferenceToNoNoteIsDroppedWhereverItIsAndReportedOnce() {
    Block deepRef = new org.offprint.model.Quote(List.of(Block.paragraph(new org.offprint.model.Strong(List.of(
        new Text("x"), new NoteRef("gone"))))), List.of(new NoteRef("gone")));
    Document d = new Document(Metadata.EMPTY, List.of(Block.paragraph(new Text("A"), new NoteRef("a"),
        new NoteRef("gone")), deepRef), List.of(new Footnote("a", List.of(Block.paragraph(new NoteRef("b"))))));
    Diagnostics.Collector c = Diagnostics.collector();
    Document out = STEP.apply(d, "page.html", c);
    assertEquals(List.of(Block.paragraph(new Text("A"), new NoteRef("a")),
        new org.offprint.model.Quote(List.of(Block.paragraph(new org.offprint.model.Strong(List.of(new Text("x"))))),
            List.of())), out.blocks());
    assertEquals(List.of(Block.paragraph()), out.footnotes().get(0).content());
    assertEquals(List.of(
        new Diagnostic(Diagnostic.Severity.WARNING, "page.html", "note reference to unknown footnote 'gone' dropped"),
        new Diagnostic(Diagnostic.Severity.WARNING, "page.html", "note reference to unknown footnote 'b' dropped")),
        c.all());
    assertEquals(out, STEP.apply(out, "page.html", Diagnostics.IGNORE));
  }
}
