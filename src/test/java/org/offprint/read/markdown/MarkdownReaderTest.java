package org.offprint.read.markdown;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.CodeBlock;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Emphasis;
import org.offprint.model.Figure;
import org.offprint.model.Heading;
import org.offprint.model.LineBreak;
import org.offprint.model.Link;
import org.offprint.model.ListBlock;
import org.offprint.model.NoteRef;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Superscript;
import org.offprint.model.Table;
import org.offprint.model.Text;
import org.offprint.read.InputException;
import org.offprint.read.Source;

class MarkdownReaderTest {
  private static Document read(String md) throws Exception {
    return read(md, Diagnostics.IGNORE);
  }

  private static Document read(String md, Diagnostics d) throws Exception {
    return MarkdownReader.create().read(Source.of("in.md", md.getBytes(StandardCharsets.UTF_8)), d);
  }

  @Test
  void frontMatterGivesMetadataReadAsYaml() throws Exception {
    Document d = read("---\ntitle: \"Hello: world\"\nauthor: [A, B]\ndate: 2023-03-04\nsite: no\n"
        + "tags: a, b\nlang: ru\nweather: fine\n---\n\nBody.\n");
    assertEquals("Hello: world", d.metadata().title());
    assertEquals(List.of("A", "B"), d.metadata().authors());
    assertEquals("2023-03-04", d.metadata().published());
    assertEquals("no", d.metadata().site());
    assertEquals(List.of("a", "b"), d.metadata().tags());
    assertEquals("ru", d.metadata().language());
    assertEquals(Map.of("weather", "fine"), d.metadata().extra());
    assertEquals(List.of(Block.paragraph("Body.")), d.blocks());
  }

  @Test
  void frontMatterBylineIsTheCreditLine() throws Exception {
    Document d = read("---\nauthors: [Ann Lee]\nbyline: \"By Ann Lee, Canal Desk\"\n---\n\nBody.\n");
    assertEquals("By Ann Lee, Canal Desk", d.metadata().byline());
    assertEquals(Map.of(), d.metadata().extra());
  }

  @Test
  void withoutALanguageInFrontMatterItIsGuessedFromTheText() throws Exception {
    assertEquals("de", read("# Hafen\n\nDie Boote liegen im Hafen, und der Markt ist noch nicht offen. Es ist kalt, "
        + "aber die Fischer sind mit dem Fang zufrieden.\n\n- Das ist ein Punkt der Liste\n").metadata().language());
    assertEquals("ru", read("Паромная переправа между Заречьем и Светлогорском снова заработает в начале мая, "
        + "сообщили в управлении.\n").metadata().language());
    assertEquals("fr", read("---\nlang: fr\n---\n\nThe text is English but the front matter says French.\n")
        .metadata().language(), "the front matter wins");
  }

  @Test
  void firstLevelOneHeadingIsTheTitleWithoutFrontMatter() throws Exception {
    Document d = read("# The *Title*\n\n## Part\n\nText.\n");
    assertEquals("The Title", d.metadata().title());
    assertEquals(List.of(new Heading(2, List.of(new Text("Part")), "part"), Block.paragraph("Text.")), d.blocks());
  }

  @Test
  void badYamlIsReportedNotThrown() throws Exception {
    Diagnostics.Collector c = Diagnostics.collector();
    Document d = read("---\ntitle: [unclosed\n---\n\n# T\n", c);
    assertEquals("T", d.metadata().title());
    assertEquals(1, c.all().size());
  }

  @Test
  void blocksMapToTheModel() throws Exception {
    Document d = read("Para with *em*, <sup>2</sup>, a [link](https://x.example \"t\") and a note.[^a]\\\nnext\n\n"
        + "> quoted\n>\n> — Someone\n\n"
        + "3. three\n4. four\n   - nested\n\n"
        + "```js\nlet x = 1;\n```\n\n"
        + "| a | b |\n|---|--:|\n| 1 | `x\\|y` |\n[Cap]\n\n"
        + "![alt](https://i.example/a.png)\\\nCaption\n\n"
        + "[^a]: The note.\n");
    List<Block> b = d.blocks();
    assertEquals(new Paragraph(List.of(new Text("Para with "), Emphasis.of("em"), new Text(", "), Superscript.of("2"),
        new Text(", a "), new Link("https://x.example", "t", List.of(new Text("link"))), new Text(" and a note."),
        new NoteRef("fn-a"), new LineBreak(), new Text("next"))), b.get(0));
    assertEquals(new Quote(List.of(Block.paragraph("quoted")), List.of(new Text("Someone"))), b.get(1));
    ListBlock list = (ListBlock) b.get(2);
    assertTrue(list.ordered());
    assertEquals(3, list.start());
    assertEquals(new ListBlock(false, 1, List.of(new ListBlock.Item(List.of(Block.paragraph("nested"))))),
        list.items().get(1).content().get(1));
    assertEquals(new CodeBlock("js", "let x = 1;"), b.get(3));
    Table t = (Table) b.get(4);
    assertEquals(List.of(new Text("Cap")), t.caption());
    assertEquals(Table.Align.RIGHT, t.body().get(0).cells().get(1).align());
    assertEquals(List.of(new org.offprint.model.Code("x|y")), t.body().get(0).cells().get(1).content());
    assertEquals(new Figure("https://i.example/a.png", "alt", List.of(new Text("Caption"))), b.get(5));
    assertEquals("fn-a", d.footnotes().get(0).id());
    assertEquals(List.of(Block.paragraph("The note.")), d.footnotes().get(0).content());
  }

  @Test
  void emptyInputIsRejected() {
    InputException e = assertThrows(InputException.class, () -> read("  \n\n"));
    assertEquals("in.md", e.input());
  }

  @Test
  void binaryInputIsRejected() {
    byte[] junk = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3};
    assertThrows(InputException.class,
        () -> MarkdownReader.create().read(Source.of("x.md", junk), Diagnostics.IGNORE));
  }

  @Test
  void textThatTripsFlexmarksTablePreprocessorIsReadWithAWarning() throws Exception {
    // Found by fuzzing: tabs, pipes and delimiter rows that make flexmark 0.64.8 throw inside its tables code.
    byte[] bytes;
    try (var in = getClass().getResourceAsStream(
        "/org/offprint/fuzz/PipelineFuzzTestInputs/markdownReader/crash-2aef5f705c63ab07b6d76d70f06eca52a58c9934")) {
      bytes = in.readAllBytes();
    }
    org.offprint.model.Diagnostics.Collector d = org.offprint.model.Diagnostics.collector();
    org.offprint.model.Document doc = MarkdownReader.create().read(Source.of("odd.md", bytes), d);
    assertTrue(!doc.blocks().isEmpty());
    assertTrue(d.all().stream().anyMatch(x -> x.message().contains("a table could not be parsed")), d.all().toString());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"windows-1251", "KOI8-R", "UTF-16LE", "ISO-8859-2"})
  void filesInOtherCharsetsAreDecodedByTheReadersSharedDecoder(String charset) throws Exception {
    // the Markdown reader once tried UTF-8, then took windows-1252 whatever the bytes; it now decodes as the text
    // reader does (read.TextDecoding: byte order mark, then the shared charset detector)
    String heading = charset.equals("ISO-8859-2") ? "Zażółć gęślą jaźń" : "Заголовок раздела";
    String body = charset.equals("ISO-8859-2") ? "Pchnąć w tę łódź jeża lub ośm skrzyń fig, mówią źli ludzie."
        : "Это первый абзац статьи, в нём достаточно слов, чтобы считаться текстом.";
    String md = "## " + heading + "\n\n" + body + "\n";
    byte[] bytes = charset.equals("UTF-16LE") ? ("\uFEFF" + md).getBytes(java.nio.charset.Charset.forName(charset))
        : md.getBytes(java.nio.charset.Charset.forName(charset));
    Document d = MarkdownReader.create().read(Source.of("in.md", bytes), Diagnostics.IGNORE);
    assertEquals(List.of(Block.heading(2, heading, d.blocks().get(0) instanceof Heading h ? h.id() : ""),
        Block.paragraph(body)), d.blocks());
  }
}
