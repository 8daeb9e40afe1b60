package org.offprint.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offprint.Offprint;
import org.offprint.model.Block;
import org.offprint.model.Code;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Emphasis;
import org.offprint.model.Figure;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Inline;
import org.offprint.model.Link;
import org.offprint.model.ListBlock;
import org.offprint.model.Metadata;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Strong;
import org.offprint.model.Table;
import org.offprint.model.Text;
import org.offprint.read.Source;
import org.offprint.read.markdown.MarkdownReader;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.WriteOptions;
import org.offprint.write.markdown.MarkdownWriter;

/**
 * Markdown keeps every word apart: a space at the edge of emphasis, a link or a code span is written outside
 * the delimiters, so that writing a document and reading it back gives the same words, none glued to its
 * neighbour ("byKarl"). Over every sample in {@code input/} and the hard samples (other scripts and
 * charsets), and over generated paragraphs.
 */
class MarkdownWordsTest {
  private static final WriteOptions OPTIONS = WriteOptions.of(ThemeLoader.builtIn("default"));

  static Stream<Path> samples() throws IOException {
    List<Path> all = new ArrayList<>();
    for (String dir : List.of("input", "src/test/resources/samples/hard")) {
      try (Stream<Path> s = Files.list(Path.of(dir))) {
        s.filter(p -> p.toString().matches(".*\\.(html|md|txt)$")).sorted().forEach(all::add);
      }
    }
    return all.stream();
  }

  private static Document roundTrip(Document doc) throws IOException {
    String md = MarkdownWriter.builder(OPTIONS).build().render(doc);
    return MarkdownReader.create().read(Source.of("back.md", md.getBytes(StandardCharsets.UTF_8)),
        Diagnostics.collector());
  }

  /** {@return the words of the body and notes, in order} */
  static List<String> words(Document d) {
    StringBuilder sb = new StringBuilder();
    blocks(d.blocks(), sb);
    for (Footnote f : d.footnotes()) blocks(f.content(), sb);
    return Arrays.stream(sb.toString().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  private static void blocks(List<Block> blocks, StringBuilder sb) {
    for (Block b : blocks) {
      if (b instanceof Paragraph p) sb.append(Inline.plainText(p.content())).append('\n');
      else if (b instanceof Heading h) sb.append(h.text()).append('\n');
      else if (b instanceof Quote q) {
        blocks(q.content(), sb);
        sb.append(Inline.plainText(q.attribution())).append('\n');
      } else if (b instanceof ListBlock l) {
        for (ListBlock.Item i : l.items()) blocks(i.content(), sb);
      } else if (b instanceof Figure f) {
        sb.append(Inline.plainText(f.caption())).append('\n');
      } else if (b instanceof Table t) {
        for (List<Table.Row> rows : List.of(t.head(), t.body())) {
          for (Table.Row r : rows) for (Table.Cell c : r.cells()) sb.append(Inline.plainText(c.content())).append('\n');
        }
        sb.append(Inline.plainText(t.caption())).append('\n');
      }
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySampleKeepsEveryWord(Path sample) throws IOException {
    Document doc = Offprint.read(sample);
    assertEquals(words(doc), words(roundTrip(doc)), sample.toString());
  }

  @Test
  void spacesAtTheEdgesOfEmphasisAndLinksGoOutside() throws IOException {
    Document doc = Document.of(Metadata.EMPTY, List.of(new Paragraph(List.of(
        new Text("illustrated by"),
        new Emphasis(List.of(new Link("https://example.org/kt", "", List.of(new Text(" "), Emphasis.of("Karl Tate"))))),
        new Text(" or"), new Strong(List.of(new Text(" Facebook "))), new Text("and"),
        new Code(" x = 1 "), new Text("or"), new Link("https://example.org", "", List.of(new Text(" here"))),
        new Text(".")))));
    String md = MarkdownWriter.builder(OPTIONS).build().render(doc);
    assertTrue(md.contains("illustrated by *[_Karl Tate_](https://example.org/kt)* or **Facebook** and `x = 1` or "
        + "[here](https://example.org)."), md);
    MutableDataSet o = new MutableDataSet().set(Parser.EXTENSIONS,
        List.of(TablesExtension.create(), StrikethroughExtension.create()));
    String text = new TextCollectingVisitor().collectAndGetText(Parser.builder(o).build().parse(md));
    assertTrue(text.contains("illustrated by Karl Tate or Facebook and x = 1 or here."), text);
  }

  static LongStream seeds() {
    return LongStream.range(1, 201);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void generatedParagraphsKeepEveryWord(long seed) throws IOException {
    Random r = new Random(seed);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) blocks.add(new Paragraph(inlines(r, 0)));
    Document doc = Document.of(Metadata.EMPTY, blocks);
    assertEquals(words(doc), words(roundTrip(doc)), () -> {
      try {
        return MarkdownWriter.builder(OPTIONS).build().render(doc);
      } catch (IOException e) {
        return e.toString();
      }
    });
  }

  private static final String[] WORDS = {"harbour", "sea", "wall", "boats", "café", "море", "1871.", "(paren)",
      "a*b", "ok:", "\"quoted\"", "x"};
  private static final String[] SPACES = {"", "", " ", "  ", "\u00A0"};

  /** Spans of words with spaces, often at their edges, nested up to three deep. */
  private static List<Inline> inlines(Random r, int depth) {
    List<Inline> out = new ArrayList<>();
    for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
      String words = SPACES[r.nextInt(SPACES.length)] + WORDS[r.nextInt(WORDS.length)]
          + (r.nextBoolean() ? " " + WORDS[r.nextInt(WORDS.length)] : "") + SPACES[r.nextInt(SPACES.length)];
      int k = depth >= 3 ? 0 : r.nextInt(6);
      switch (k) {
        case 1 -> out.add(new Emphasis(inlines(r, depth + 1)));
        case 2 -> out.add(new Strong(inlines(r, depth + 1)));
        case 3 -> out.add(new Link("https://example.org/" + i, "", inlines(r, depth + 1)));
        case 4 -> out.add(new Code(words.replace('\u00A0', ' ')));
        default -> out.add(new Text(words));
      }
    }
    return out;
  }
}
