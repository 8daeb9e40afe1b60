package org.offprint.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offprint.Offprint;
import org.offprint.model.Block;
import org.offprint.model.Document;
import org.offprint.model.Metadata;
import org.offprint.model.Quote;
import org.offprint.model.json.ModelJson;

/** The pipeline, not the readers, runs the transform stage, and it runs it for every reader. */
class PipelineTransformsTest {
  @TempDir Path dir;

  @Test
  void theStepsRunInTheDocumentedOrder() {
    assertEquals(List.of("DepthLimit", "TitleText", "DuplicateTitle", "HeadingLevels", "LinkUrls",
        "NoteNumbering"), Transforms.steps());
  }

  @Test
  void aMarkdownDocumentGoesThroughTheStage() throws Exception {
    // the Markdown reader has no rule of its own for a paragraph that repeats the front matter's title
    Path md = Files.writeString(dir.resolve("a.md"), "---\ntitle: Tide tables\n---\n\nTide tables\n\nThe body.\n");
    assertEquals(List.of(Block.paragraph("The body.")), Offprint.read(md).blocks());
  }

  @Test
  void aJsonDocumentGoesThroughTheStage() throws Exception {
    Block deep = Block.paragraph("bottom");
    for (int i = 0; i < 100; i++) deep = new Quote(List.of(deep), List.of());
    Document d = Document.of(Metadata.builder().title("T").build(), List.of(Block.paragraph("T"), deep));
    Path json = Files.writeString(dir.resolve("a.json"), ModelJson.toJson(d));
    Document read = Offprint.read(json);
    assertEquals(1, read.blocks().size());
    assertEquals(Transforms.apply(d, "a.json", org.offprint.model.Diagnostics.IGNORE), read);
  }

  @Test
  void aDocumentBuiltByHandGoesThroughTheStageWhenWritten() throws Exception {
    Document d = Document.of(Metadata.builder().title("Tide tables").build(),
        List.of(Block.paragraph("Tide tables"), Block.paragraph("The body.")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Offprint.write(d, "txt", out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(1, text.split("Tide tables", -1).length - 1, text);
    assertTrue(text.contains("The body."), text);
  }

  @Test
  void aMarkdownNoteDefinedTwiceIsNumberedOnceByEveryWriter() throws Exception {
    Path md = Files.writeString(dir.resolve("dup.md"), "A[^a].\n\n[^a]: one\n[^a]: two\n");
    Document d = Offprint.read(md);
    ByteArrayOutputStream txt = new ByteArrayOutputStream();
    Offprint.write(d, "txt", txt);
    String text = txt.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("A[1].") && text.contains("[1] one") && text.contains("[2] two"), text);
    // before the stage, the model held the id twice and its JSON could not be read back
    assertEquals(d, ModelJson.read(ModelJson.toJson(d).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everyFormatShowsTheSameHeadingLevels() throws Exception {
    // an article whose sections are h4 with an h5 under the second: HTML and EPUB showed the first as h2, Markdown
    // and PDF as a fourth level; now every format has them as siblings at level 2
    Document d = Document.of(Metadata.builder().title("T").build(),
        List.of(Block.heading(4, "First", "first"), Block.paragraph("Text."), Block.heading(4, "Second", ""),
            Block.heading(5, "Under", "")));
    ByteArrayOutputStream md = new ByteArrayOutputStream();
    Offprint.write(d, "md", md);
    String markdown = md.toString(StandardCharsets.UTF_8);
    assertTrue(markdown.contains("\n## First\n") && markdown.contains("\n## Second\n")
        && markdown.contains("\n### Under\n"), markdown);
    ByteArrayOutputStream html = new ByteArrayOutputStream();
    Offprint.write(d, "html", html);
    String page = html.toString(StandardCharsets.UTF_8);
    assertTrue(page.contains(">First</h2>") && page.contains(">Second</h2>") && page.contains(">Under</h3>"), page);
  }

  @Test
  void aTitleWithALineBreakIsOneHeadingLineInMarkdownAndOneLineInText() throws Exception {
    Document d = Document.of(Metadata.builder().title(" The tide\ntables ").build(), List.of(Block.paragraph("x")));
    ByteArrayOutputStream md = new ByteArrayOutputStream();
    Offprint.write(d, "md", md);
    assertTrue(md.toString(StandardCharsets.UTF_8).contains("\n# The tide tables\n"), md.toString());
    ByteArrayOutputStream txt = new ByteArrayOutputStream();
    Offprint.write(d, "txt", txt);
    assertTrue(txt.toString(StandardCharsets.UTF_8).startsWith("The tide tables\n"), txt.toString());
  }
}
