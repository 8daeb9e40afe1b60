package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offprint.write.Format;
import org.offprint.write.FormatOption;
import org.offprint.write.Formats;

/**
 * The options each format declares ({@link Format#options()}) are the ones {@code convert} and {@code bundle}
 * offer, and their values reach that format's writer.
 */
class FormatOptionsTest {
  private static final String LUMEN = "input/lumen-frozen-lake-microbes.html";
  private static final String BYTEFORGE = "input/byteforge-sqlite-batch-inserts.html";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"convert", "bundle"})
  void everyFormatsOptionsAreOfferedOnceWithTheirHelp(String command) {
    CliRun help = CliRun.run(command, "--help");
    assertEquals(0, help.exit, help.err);
    List<String> optionLines = help.out.lines().filter(l -> l.startsWith("      --")).toList();
    String flat = help.out.replaceAll("\\s+", " ");
    int declared = 0;
    for (Format f : Formats.all()) {
      for (FormatOption o : f.options()) {
        declared++;
        String head = o.label().isEmpty() ? o.name() : o.name() + "=" + o.label();
        assertEquals(1, optionLines.stream().filter(l -> l.startsWith("      " + head + " ")
            || l.equals("      " + head)).count(), head + " in\n" + help.out);
        assertTrue(flat.contains(o.description().replaceAll("\\s+", " ")), o.description());
      }
    }
    assertTrue(declared >= 12, "the built-in formats declare their options: " + declared);
  }

  @Test
  void markdownOptionsReachTheMarkdownWriter() throws IOException {
    String plain = convert(LUMEN, "a.md");
    String wrapped = convert(LUMEN, "b.md", "--wrap", "30");
    assertTrue(plain.lines().anyMatch(l -> l.length() > 60), "unwrapped paragraphs are long lines");
    String body = wrapped.substring(wrapped.indexOf("\n---\n", 4) + 5); // after the front matter
    assertTrue(longest(body, l -> !l.startsWith("#") && !l.startsWith("|") && !l.startsWith("[")
        && !l.contains("](")) <= 30,
        "prose lines are wrapped at 30 columns");
    assertTrue(convert(LUMEN, "c.md", "--inline-images").contains("](data:image/"));
    assertFalse(plain.contains("](data:image/"));
    String refs = convert(BYTEFORGE, "d.md", "--reference-links");
    assertTrue(refs.lines().anyMatch(l -> l.matches("\\[[^\\]^]+\\]: https?://.*")), refs);
    assertFalse(convert(BYTEFORGE, "e.md").lines().anyMatch(l -> l.matches("\\[[^\\]^]+\\]: https?://.*")));
  }

  @Test
  void textOptionsReachTheTextWriter() throws IOException {
    assertTrue(convert(LUMEN, "a.txt", "--figures").contains("[Image: "));
    assertFalse(convert(LUMEN, "b.txt").contains("[Image: "));
    String linked = convert(BYTEFORGE, "c.txt", "--link-list");
    String plain = convert(BYTEFORGE, "d.txt");
    assertTrue(count(linked, "https://") > count(plain, "https://"), linked);
  }

  @Test
  void pdfOptionsReachThePdfWriter() throws IOException {
    convertPath(BYTEFORGE, "a.pdf", "--page-size", "A5", "--pdfa", "--link-list");
    convertPath(BYTEFORGE, "b.pdf");
    try (PDDocument a = Loader.loadPDF(dir.resolve("a.pdf").toFile());
        PDDocument b = Loader.loadPDF(dir.resolve("b.pdf").toFile())) {
      assertEquals(419.5, a.getPage(0).getMediaBox().getWidth(), 1.0, "A5 is 148 mm wide");
      assertEquals(595.3, b.getPage(0).getMediaBox().getWidth(), 1.0, "the theme's A4");
      String xmp = new String(a.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
      assertTrue(xmp.contains("pdfaid:part"), "a PDF/A identification");
      PDFTextStripper text = new PDFTextStripper();
      assertTrue(count(text.getText(a), "https://") > count(text.getText(b), "https://"), "the link list");
    }
  }

  @Test
  void epubAndHtmlOptionsReachTheirWriters() throws IOException {
    Path cover = Path.of("input/images/ferry.jpg");
    convertPath(LUMEN, "a.epub");
    convertPath(LUMEN, "b.epub", "--cover", cover.toString());
    byte[] a = Files.readAllBytes(dir.resolve("a.epub"));
    byte[] b = Files.readAllBytes(dir.resolve("b.epub"));
    assertFalse(java.util.Arrays.equals(a, b), "--cover changes the book");
    convertPath(LUMEN, "c.epub", "--toc-depth", "1");
    assertFalse(java.util.Arrays.equals(a, Files.readAllBytes(dir.resolve("c.epub"))), "--toc-depth alone changes the book");

    convertPath(LUMEN, "side/a.html", "--side-files");
    assertTrue(Files.isDirectory(dir.resolve("side/a.assets")));
    convertPath(LUMEN, "whole/a.html", "--side-files", "--self-contained");
    assertFalse(Files.exists(dir.resolve("whole/a.assets")), "--self-contained wins");
    assertArrayEquals(Files.readAllBytes(dir.resolve("whole/a.html")),
        Files.readAllBytes(Path.of(convertPath(LUMEN, "plain.html"))));
  }

  @Test
  void aBadValueIsAUsageErrorNamingTheOptionWhateverTheFormat() {
    CliRun r = CliRun.run("convert", LUMEN, "--to", "md", "--toc-depth", "9", "-o", dir.resolve("x.md").toString());
    assertEquals(ExitCodes.USAGE, r.exit);
    assertEquals("offprint: --toc-depth must be 1 to 6", r.err.strip());
    assertFalse(Files.exists(dir.resolve("x.md")));
    CliRun missing = CliRun.run("convert", LUMEN, "--to", "epub", "--cover", "no-such.png", "-o",
        dir.resolve("x.epub").toString());
    assertEquals(ExitCodes.INPUT, missing.exit);
    assertTrue(missing.err.contains("no-such.png: cannot read the cover image"), missing.err);
    assertFalse(Files.exists(dir.resolve("x.epub")));
  }

  private String convert(String input, String output, String... options) throws IOException {
    return Files.readString(Path.of(convertPath(input, output, options)));
  }

  private String convertPath(String input, String output, String... options) {
    List<String> args = new ArrayList<>(List.of("convert", input, "-o", dir.resolve(output).toString(), "-q"));
    args.addAll(List.of(options));
    CliRun r = CliRun.run(args.toArray(String[]::new));
    assertEquals(0, r.exit, r.err);
    return dir.resolve(output).toString();
  }

  private static int longest(String text, java.util.function.Predicate<String> which) {
    return text.lines().filter(which).mapToInt(l -> l.codePointCount(0, l.length())).max().orElse(0);
  }

  private static int count(String text, String what) {
    return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
  }
}
