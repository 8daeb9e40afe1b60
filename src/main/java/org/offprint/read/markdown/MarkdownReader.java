package org.offprint.read.markdown;

import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.offprint.model.Block;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Inline;
import org.offprint.model.ListBlock;
import org.offprint.model.Metadata;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.read.DocumentReader;
import org.offprint.read.InputException;
import org.offprint.read.Languages;
import org.offprint.model.Nesting;
import org.offprint.read.Source;
import org.offprint.read.TextDecoding;

/**
 * Reads CommonMark with GFM tables, strikethrough, footnotes and YAML front matter (flexmark 0.64.8) into the
 * document model. The front matter gives the metadata (read with snakeyaml-engine); without a front-matter
 * title, a leading {@code # } heading becomes the title. A paragraph holding only an image, or an image, a line
 * break and a caption, becomes a figure; in a block quote, a last paragraph starting with "— " is the
 * attribution. These are the conventions MarkdownWriter writes, so the two round-trip.
 *
 * <pre>{@code
 * Document doc = MarkdownReader.create().read(Source.of("notes.md", bytes), diagnostics);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MarkdownReader implements DocumentReader {
  private static final Parser PARSER = Parser.builder(new MutableDataSet()
          .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
              FootnoteExtension.create(), YamlFrontMatterExtension.create()))
          // "a || b" is two cells, not a span: spans have no place in the model's GFM.
          .set(TablesExtension.COLUMN_SPANS, false)
          .set(TablesExtension.APPEND_MISSING_COLUMNS, true))
      .build();

  /** The same parser without GFM tables, for text that trips flexmark's table pre-processor (a fuzz finding). */
  private static final Parser WITHOUT_TABLES = Parser.builder(new MutableDataSet()
          .set(Parser.EXTENSIONS, List.of(StrikethroughExtension.create(), FootnoteExtension.create(),
              YamlFrontMatterExtension.create())))
      .build();

  private MarkdownReader() {}

  /** {@return a reader} */
  public static MarkdownReader create() {
    return new MarkdownReader();
  }

  @Override
  public Document read(Source source, Diagnostics diagnostics) throws IOException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(diagnostics, "diagnostics");
    String text = tameLineStarts(TextDecoding.decode(source, "Markdown"));
    com.vladsch.flexmark.util.ast.Document root;
    try {
      root = PARSER.parse(text);
    } catch (StackOverflowError e) {
      // A last guard: the parser recursed past the stack on some nesting tameLineStarts did not foresee. The
      // parse is abandoned whole, so nothing half-built is used.
      throw new InputException(source.name(), "nested too deeply to be read as Markdown");
    } catch (RuntimeException e) {
      // flexmark 0.64.8 can fail inside its table pre-processor on odd pipe-and-tab runs; what cannot be a
      // table is read as paragraphs instead.
      diagnostics.warn(source.name(), "a table could not be parsed (" + e.getClass().getSimpleName()
          + "); its lines are kept as text");
      try {
        root = WITHOUT_TABLES.parse(text);
      } catch (StackOverflowError again) {
        throw new InputException(source.name(), "nested too deeply to be read as Markdown");
      } catch (RuntimeException again) {
        throw new org.offprint.read.InputException(source.name(), "cannot be parsed as Markdown ("
            + again.getClass().getSimpleName() + ")");
      }
    }
    Metadata meta = Metadata.EMPTY;
    BlockConverter blocks = new BlockConverter(root, source.name(), diagnostics);
    List<Block> body = new ArrayList<>();
    List<Footnote> notes = new ArrayList<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof YamlFrontMatterBlock) {
        meta = FrontMatterReader.read(yamlOf(n.getChars().toString()), source.name(), diagnostics);
      } else if (n instanceof FootnoteBlock f) {
        notes.add(new Footnote(noteId(f.getText().toString()), blocks.children(f)));
      } else if (!(n instanceof Reference)) {
        blocks.convert(n, body);
      }
    }
    if (!body.isEmpty() && body.get(0) instanceof Heading h && h.level() == 1
        && (meta.title().isEmpty() || fold(meta.title()).equals(fold(h.text())))) {
      if (meta.title().isEmpty()) meta = meta.toBuilder().title(fold(h.text())).build();
      body.remove(0);
    }
    // the subtitle that offprint's Markdown prints in italics under the title repeats the front matter's
    if (!body.isEmpty() && !meta.subtitle().isBlank() && body.get(0) instanceof Paragraph p
        && p.content().size() == 1 && p.content().get(0) instanceof org.offprint.model.Emphasis
        && fold(p.text()).equals(fold(meta.subtitle()))) {
      body.remove(0);
    }
    if (meta.language().isEmpty()) meta = meta.toBuilder().language(Languages.detect(text(body))).build();
    return new Document(meta, assignIds(body), notes);
  }

  /** The longest run of block markers (quote, list and rule characters, spaces) kept at a line's start. */
  static final int MAX_LINE_START = 400;

  /**
   * Shortens absurdly long runs of block markers at line starts ({@code >>>>…}, {@code - - - …}, {@code ****…}):
   * flexmark matches them with recursive regular expressions and nests a block per marker, and thousands of them
   * overflow the stack. What lies beyond {@link #MAX_LINE_START} markers could only nest deeper than {@link
   * Nesting} keeps; the words after them stay.
   */
  static String tameLineStarts(String text) {
    StringBuilder out = null;
    int lineStart = 0;
    int n = text.length();
    while (lineStart < n) {
      int end = lineStart;
      while (end < n && isLineStartMarker(text.charAt(end))) end++;
      if (end - lineStart > MAX_LINE_START) {
        if (out == null) out = new StringBuilder(text.substring(0, lineStart));
        out.append(text, lineStart, lineStart + MAX_LINE_START).append(' ');
      } else if (out != null) {
        out.append(text, lineStart, end);
      }
      int next = text.indexOf('\n', end);
      next = next < 0 ? n : next + 1;
      if (out != null) out.append(text, end, next);
      lineStart = next;
    }
    return out == null ? text : out.toString();
  }

  private static boolean isLineStartMarker(char c) {
    return c == '>' || c == '-' || c == '*' || c == '+' || c == '_' || c == '=' || c == ' ' || c == '\t';
  }

  /** {@return the text of the paragraphs and headings, nested ones included, for the language guess} */
  private static String text(List<Block> blocks) {
    StringBuilder sb = new StringBuilder();
    for (Block b : blocks) {
      if (b instanceof Paragraph p) sb.append(Inline.plainText(p.content())).append('\n');
      else if (b instanceof Heading h) sb.append(h.text()).append('\n');
      else if (b instanceof Quote q) sb.append(text(q.content()));
      else if (b instanceof ListBlock l) l.items().forEach(i -> sb.append(text(i.content())));
      if (sb.length() > 20_000) break;
    }
    return sb.toString();
  }

  private static String fold(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /** {@return the model id of the footnote with label {@code label}} */
  static String noteId(String label) {
    return "fn-" + label.strip();
  }

  private static String yamlOf(String block) {
    List<String> lines = new ArrayList<>(block.lines().toList());
    if (!lines.isEmpty()) lines.remove(0);
    if (!lines.isEmpty() && (lines.get(lines.size() - 1).strip().equals("---")
        || lines.get(lines.size() - 1).strip().equals("..."))) {
      lines.remove(lines.size() - 1);
    }
    return String.join("\n", lines);
  }

  /** Gives every heading an id from its text, unique in the document (a GitHub-style slug). */
  private static List<Block> assignIds(List<Block> blocks) {
    Set<String> used = new HashSet<>();
    List<Block> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Heading h && h.id().isEmpty()) {
        String base = slug(h.text());
        String id = base;
        for (int i = 1; !used.add(id); i++) id = base + "-" + i;
        out.add(h.withId(id));
      } else {
        out.add(b);
      }
    }
    return out;
  }

  static String slug(String text) {
    StringBuilder sb = new StringBuilder();
    for (int cp : text.strip().toLowerCase(java.util.Locale.ROOT).codePoints().toArray()) {
      if (Character.isLetterOrDigit(cp)) sb.appendCodePoint(cp);
      else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') sb.append('-');
    }
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') sb.setLength(sb.length() - 1);
    return sb.length() == 0 ? "section" : sb.toString();
  }
}
