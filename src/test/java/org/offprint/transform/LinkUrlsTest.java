package org.offprint.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Diagnostic;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Emphasis;
import org.offprint.model.Footnote;
import org.offprint.model.Link;
import org.offprint.model.Metadata;
import org.offprint.model.NoteRef;
import org.offprint.model.Quote;
import org.offprint.model.Text;

class LinkUrlsTest {
  private static final LinkUrls STEP = new LinkUrls();

  private static Link link(String href, String text) {
    return new Link(href, "t", List.of(new Text(text)));
  }

  @Test
  void aUrlTheWebForgivesIsRepairedWhereverTheLinkIs() {
    Document d = new Document(Metadata.EMPTY,
        List.of(Block.paragraph(new Text("See "), new Emphasis(List.of(link("https://example.org/a b", "a"))),
            new NoteRef("n")), new Quote(List.of(), List.of(link("https://example.org/?x=[1]", "q")))),
        List.of(new Footnote("n", List.of(Block.paragraph(link("https://пример.рф/", "n"))))));
    Diagnostics.Collector c = Diagnostics.collector();
    Document out = STEP.apply(d, "page.html", c);
    Document expected = new Document(Metadata.EMPTY,
        List.of(Block.paragraph(new Text("See "), new Emphasis(List.of(link("https://example.org/a%20b", "a"))),
            new NoteRef("n")), new Quote(List.of(), List.of(link("https://example.org/?x=%5B1%5D", "q")))),
        List.of(new Footnote("n", List.of(Block.paragraph(link("https://xn--e1afmkfd.xn--p1ai/", "n"))))));
    assertEquals(expected, out);
    assertEquals(List.of(), c.all());
    assertEquals(out, STEP.apply(out, "page.html", Diagnostics.IGNORE));
  }

  @Test
  void aUrlThatCannotBeRepairedLosesItsLinkKeepsItsTextAndIsReportedOnce() {
    Document d = Document.of(Metadata.EMPTY, List.of(Block.paragraph(new Text("A "),
        new Link("http://exa mple.org:port/x", "", List.of(new Text("broken"), new Emphasis(List.of(new Text("!"))))),
        new Text("."))));
    Diagnostics.Collector c = Diagnostics.collector();
    Document out = STEP.apply(d, "page.html", c);
    assertEquals(List.of(Block.paragraph(new Text("A "), new Text("broken"), new Emphasis(List.of(new Text("!"))),
        new Text("."))), out.blocks());
    assertEquals(List.of(new Diagnostic(Diagnostic.Severity.WARNING, "page.html",
        "link dropped, its URL cannot be repaired (kept its text): http://exa mple.org:port/x")), c.all());
  }

  @Test
  void validAndBlankUrlsAreLeftAlone() {
    Document d = Document.of(Metadata.EMPTY, List.of(Block.paragraph(link("https://example.org/a?b=c#d", "ok"),
        link("#note-1", "n"), link("", "blank"))));
    assertSame(d, STEP.apply(d, "t", Diagnostics.IGNORE));
  }
}
