package org.offprint.write.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offprint.model.Block;
import org.offprint.model.Document;
import org.offprint.model.Metadata;
import org.offprint.write.WriteOptions;

/**
 * The escaper's guard (research/dependencies.md §4.2): random strings over an alphabet of Markdown's
 * special characters, written as a paragraph, must parse back with flexmark as one paragraph holding the same
 * text.
 */
class MarkdownEscapingTest {
  private static final WriteOptions OPTIONS = MarkdownWriterTest.options();
  private static final String[] ALPHABET = {
    "\\", "`", "*", "_", "[", "]", "<", ">", "!", "&", "|", "~", "#", "^", "-", "+", "=", ".", ")", "(", ":",
    "\"", "'", "{", "}", "$", "%", "@", "/", ";", "?", ",", "0", "1", "9", "12.", "1)", "a", "b", "Z", " ",
    "  ", "\t", "\n", "é", "ж", "Ω", "漢", "\u00A0", "&amp;", "&#42;", "<b>", "http://x.y", "[^1]:", "---",
    "===", "```", "~~~", "    ", "> ", "- ", "* ", "+ ", "# ", "![", "](", "<!--", "-->", "\\*", "😀",
    "<http://x.y>", "&copy;", "<?", "</p>", "#", "!", "AT&T", "<", "&#x2A;", " #", "1.", "&"
  };

  @Test
  void twentyThousandRandomStringsRoundTrip() throws Exception {
    Random random = new Random(20_000);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String s = randomString(random);
      String problem = roundTrip(s, 0);
      if (problem != null && failures.size() < 10) failures.add(problem);
      if (problem != null && failures.size() >= 10) break;
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @ParameterizedTest
  @ValueSource(ints = {20, 33, 60})
  void wrappedStringsRoundTrip(int wrap) throws Exception {
    Random random = new Random(wrap);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 3_000 && failures.size() < 10; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 6; k++) sb.append(randomString(random)).append(' ');
      String problem = roundTrip(sb.toString(), wrap);
      if (problem != null) failures.add(problem);
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void unescapedControlFails() {
    // The control case: the same strings written raw break often, so the round trip above is a real check.
    Random random = new Random(20_000);
    int broken = 0;
    for (int i = 0; i < 2_000; i++) {
      String s = randomString(random);
      Node doc = Flexmark.parse(s);
      if (!(doc.getFirstChild() instanceof Paragraph) || doc.getFirstChild().getNext() != null
          || text(doc.getFirstChild()) == null || !normalise(text(doc.getFirstChild())).equals(normalise(s))) {
        broken++;
      }
    }
    assertTrue(broken > 200, "only " + broken + " raw strings broke");
  }

  static String randomString(Random random) {
    int len = 1 + random.nextInt(12);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < len; k++) sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    return sb.toString();
  }

  /** {@return null when {@code s} survives, else a description of what went wrong} */
  static String roundTrip(String s, int wrap) throws Exception {
    Document doc = Document.of(Metadata.EMPTY, List.of(Block.paragraph(s)));
    String md = MarkdownWriter.builder(OPTIONS).wrap(wrap).build().render(doc);
    Node parsed = Flexmark.parse(md);
    String expected = normalise(s);
    if (expected.isEmpty()) {
      return parsed.hasChildren() ? "blank " + show(s) + " gave " + show(md) : null;
    }
    if (!(parsed.getFirstChild() instanceof Paragraph) || parsed.getFirstChild().getNext() != null) {
      return "not one paragraph: " + show(s) + " -> " + show(md);
    }
    String collected = text(parsed.getFirstChild());
    if (collected == null) return "markup leaked: " + show(s) + " -> " + show(md);
    String actual = normalise(collected);
    if (wrap > 0) {
      for (String line : md.split("\n")) {
        if (line.length() > wrap && line.indexOf(' ') > 0) return "line over " + wrap + ": " + show(line);
      }
    }
    return actual.equals(expected) ? null : show(s) + " -> " + show(md) + " -> " + show(actual);
  }

  /**
   * {@return the paragraph's text, or null when it holds anything but text and soft breaks (emphasis, code, HTML,
   * links: all signs that markup leaked through)} flexmark's TextCollectingVisitor keeps the backslash of an
   * escape after a soft break, so the text is collected here, unescaped as flexmark's HTML renderer does.
   */
  static String text(Node paragraph) {
    StringBuilder sb = new StringBuilder();
    for (Node c = paragraph.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Text) sb.append(c.getChars().unescape());
      else if (c instanceof SoftLineBreak) sb.append(' ');
      else return null;
    }
    return sb.toString();
  }

  /** Markdown folds whitespace runs and trims paragraphs; the model's text is normalised the same way. */
  static String normalise(String s) {
    return s.replaceAll("[ \\t\\n\\r\\f\\u000B]+", " ").strip();
  }

  private static String show(String s) {
    return "\"" + s.replace("\n", "\\n").replace("\t", "\\t") + "\"";
  }

  @Test
  void normaliseFoldsWhitespace() {
    assertEquals("a b", normalise(" a \t\n b "));
  }
}
