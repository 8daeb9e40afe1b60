package org.offprint.roundtrip;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Fixtures;
import org.offprint.read.Source;
import org.offprint.read.markdown.MarkdownReader;
import org.offprint.read.text.TextReader;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.WriteOptions;
import org.offprint.write.markdown.MarkdownWriter;
import org.offprint.write.text.TextWriter;

/**
 * A document converted to Markdown and read back gives the same text as the direct text output (token 5-shingle
 * F1 ≥ 0.99), for the fixture, every text dump and every scraped page in {@code input/}.
 */
class MarkdownToTextTest {
  private static final WriteOptions OPTIONS = WriteOptions.of(ThemeLoader.builtIn("default"));

  @Test
  void fixture() throws Exception {
    check(Fixtures.everything());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-institute-dateline", "en-blog-hardwrapped", "ru-news-dateline", "de-news"})
  void textDumps(String name) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/textdumps/" + name + ".txt")) {
      check(TextReader.create().read(Source.of(name, in.readAllBytes()), Diagnostics.IGNORE));
    }
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("org.offprint.roundtrip.MarkdownSamplesTest#pages")
  void scrapedPages(java.nio.file.Path page) throws Exception {
    check(org.offprint.Offprint.read(page));
  }

  private static void check(Document doc) throws Exception {
    TextWriter text = TextWriter.builder(OPTIONS).build();
    String direct = text.render(doc);
    String md = MarkdownWriter.builder(OPTIONS).wrap(72).build().render(doc);
    Document back = MarkdownReader.create().read(Source.of("x.md", md.getBytes(StandardCharsets.UTF_8)),
        Diagnostics.IGNORE);
    String viaMarkdown = text.render(back);
    double f1 = f1(shingles(direct), shingles(viaMarkdown));
    assertTrue(f1 >= 0.99, "F1 " + f1 + "\n" + direct + "\n----\n" + viaMarkdown);
  }

  private static Set<String> shingles(String s) {
    List<String> tokens = List.of(s.toLowerCase().split("[^\\p{L}\\p{N}]+"));
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 5 <= tokens.size(); i++) out.add(String.join(" ", tokens.subList(i, i + 5)));
    return out;
  }

  private static double f1(Set<String> a, Set<String> b) {
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    if (a.isEmpty() || b.isEmpty()) return a.equals(b) ? 1 : 0;
    double p = (double) both.size() / b.size();
    double r = (double) both.size() / a.size();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
