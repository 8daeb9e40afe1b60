package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offprint.testing.EpubCheckRunner;
import org.offprint.testing.PdfText;

/**
 * Absurd nesting in every input format goes through every writer on the JVM's default stack (the tests run
 * without {@code -Xss}, as the command does), keeping its words: each reader limits nesting, and the PDF
 * writer stops indenting.
 */
class DeepNestingTest {
  @TempDir Path dir;

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("quotes.md", ">".repeat(1000) + " deepword\n"),
        Arguments.of("quotes10k.md", ">".repeat(10_000) + " deepword\n"),
        Arguments.of("lists.md", nestedLines("- ", 200) + "\n\ndeepword\n"),
        Arguments.of("oneline.md", "- ".repeat(2000) + "deepword\n"),
        Arguments.of("stars.md", "*".repeat(3000) + "deepword" + "*".repeat(3000) + "\n"),
        Arguments.of("emphasis.md", "a " + "<em>".repeat(3000) + "deepword\n"),
        Arguments.of("links.md", "[".repeat(3000) + "deepword" + "](x)".repeat(3000) + "\n"),
        Arguments.of("quotes.html", "<p>" + "<blockquote>".repeat(3000) + "deepword"),
        Arguments.of("lists.html", "<p>" + "<ul><li>".repeat(3000) + "deepword"),
        Arguments.of("spans.html", "<p>" + "<em><a href=x>".repeat(3000) + "deepword"),
        Arguments.of("lists.txt", nestedLines("- ", 300) + "\ndeepword\n"),
        Arguments.of("quotes.txt", "> ".repeat(3000) + "deepword\n"));
  }

  private static String nestedLines(String marker, int levels) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < levels; i++) sb.append("  ".repeat(i)).append(marker).append("item ").append(i).append('\n');
    return sb.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everyWriterTakesItOnTheDefaultStack(String name, String content) throws IOException {
    Path in = Files.writeString(dir.resolve(name), content);
    Path out = dir.resolve("out");
    CliRun r = CliRun.run("convert", in.toString(), "--to", "epub,pdf,md,html,txt", "-d", out.toString());
    assertEquals(0, r.exit, r.err);
    assertFalse(r.err.contains("internal error"), r.err);
    String base = name.substring(0, name.lastIndexOf('.'));
    assertTrue(PdfText.text(Files.readAllBytes(out.resolve(base + ".pdf"))).contains("deepword"), name);
    for (String ext : new String[] {"md", "html", "txt"}) {
      assertTrue(Files.readString(out.resolve(base + "." + ext)).contains("deepword"), base + "." + ext);
    }
    EpubCheckRunner.Result check = EpubCheckRunner.check(Files.readAllBytes(out.resolve(base + ".epub")));
    assertEquals(java.util.List.of(), check.errors(), name);
  }
}
