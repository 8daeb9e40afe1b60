package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A plain convert read without picocli ({@link PlainConvert}) is read as picocli reads it, or left to picocli. */
class PlainConvertTest {
  private static final OffprintCommand TOP = new OffprintCommand(Invocation.of(Path.of(""), Map.of(),
      InputStream.nullInputStream(), new PrintStream(PrintStream.nullOutputStream()),
      new PrintStream(PrintStream.nullOutputStream())));

  /** Arguments of every kind: inputs, the options PlainConvert reads (in each form), others, and mistakes. */
  private static final List<String> WORDS = List.of("page.html", "b.md", "-", "x y.html", "a=b.html", "-t", "--to",
      "--to=epub", "epub", "epub,pdf", "md", "-o", "--output", "--output=out.epub", "out.epub", "-d", "--output-dir",
      "out", "--theme", "classic", "--from", "html", "--url", "https://example.org/a", "--charset", "windows-1252",
      "--base-url", "-q", "--quiet", "-v", "--verbose", "--debug", "--json", "--fail-on-warning", "--fetch-images",
      "--timeout", "7", "--pdf-page-size", "-qv", "-oout.epub", "-to", "--", "@args.txt", "--quiet=true", "",
      "--outptu", ",epub", "epub,", "\"epub\"", "--help", "-V");

  private static String[] convert(List<String> args) {
    List<String> all = new ArrayList<>(List.of("convert"));
    all.addAll(args);
    return all.toArray(new String[0]);
  }

  /** {@return the command picocli's annotated model makes of {@code args}, or null when it refuses them} */
  private static ConvertCommand picocli(List<String> args) {
    CommandLine cl = ConvertModelTest.annotated();
    try {
      cl.parseArgs(args.toArray(new String[0]));
    } catch (CommandLine.ParameterException e) {
      return null;
    }
    return cl.getCommand();
  }

  private static void assertReadAlike(List<String> args) throws IllegalAccessException {
    ConvertCommand plain = PlainConvert.parse(convert(args), TOP);
    if (plain == null) return;
    ConvertCommand expected = picocli(args);
    assertNotNull(expected, "picocli refuses what PlainConvert reads: " + args);
    assertEquals(ConvertModelTest.values(expected), ConvertModelTest.values(plain), String.join(" ", args));
    assertEquals(ConvertModelTest.formatValues(expected), ConvertModelTest.formatValues(plain), args.toString());
  }

  @Test
  void readsTheCommonFormsAsPicocliDoes() throws IllegalAccessException {
    List<List<String>> cases = List.of(
        List.of("page.html"),
        List.of("page.html", "-o", "out.epub", "-q"),
        List.of("page.html", "b.md", "--to", "epub,pdf", "-t", "md", "-d", "out", "--theme", "classic"),
        List.of("-", "--from", "html", "--base-url", "https://example.org/a", "-o", "-"),
        List.of("--output=out.epub", "--to=epub", "page.html", "--json", "--fail-on-warning", "--debug", "-v"),
        List.of("site.warc", "--url", "https://example.org/a", "--charset", "windows-1252", "--quiet"));
    for (List<String> args : cases) {
      assertNotNull(PlainConvert.parse(convert(args), TOP), "read without picocli: " + args);
      assertReadAlike(args);
    }
  }

  @Test
  void leavesEverythingElseToPicocli() {
    List<List<String>> cases = List.of(
        List.of(), List.of("-o", "out.epub"), List.of("page.html", "--help"), List.of("page.html", "-qv"),
        List.of("page.html", "-oout.epub"), List.of("page.html", "-to", "epub"), List.of("--", "page.html"),
        List.of("@args.txt"), List.of("page.html", "--quiet=true"), List.of("page.html", "-o"),
        List.of("page.html", "-o", "-q"), List.of("page.html", "-o", "a.epub", "-o", "b.epub"),
        List.of("page.html", "-q", "--quiet"), List.of("page.html", "--to", ",epub"),
        List.of("page.html", "--to", "\"epub,pdf\""), List.of("page.html", "--fetch-images"),
        List.of("page.html", "--pdf-page-size", "A5"), List.of("page.html", "--outptu", "x.epub"),
        List.of("page.html", "-o", ""), List.of(""));
    for (List<String> args : cases) assertNull(PlainConvert.parse(convert(args), TOP), args.toString());
  }

  /** Random argument lists: whatever PlainConvert reads, picocli reads the same way. */
  @Test
  void randomArgumentsAreReadAlikeOrLeftToPicocli() throws IllegalAccessException {
    Random random = new Random(20261207);
    int read = 0;
    for (int n = 0; n < 4000; n++) {
      List<String> args = new ArrayList<>();
      int length = 1 + random.nextInt(7);
      for (int i = 0; i < length; i++) args.add(WORDS.get(random.nextInt(WORDS.size())));
      if (PlainConvert.parse(convert(args), TOP) != null) read++;
      assertReadAlike(args);
    }
    assertTrue(read > 200, "too few random lists read without picocli to compare: " + read);
  }

  @Test
  void aPlainConvertRunsAsThroughPicocli(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("page.html");
    Files.writeString(page, "<html><head><title>T</title></head><body><article><h1>T</h1><p>"
        + "A paragraph long enough to be the article's text, with a few words more. ".repeat(4)
        + "</p></article></body></html>");
    String[] twoFormats = {"convert", page.toString(), "--to", "epub,md", "-o", dir.resolve("x.epub").toString()};
    assertNotNull(PlainConvert.parse(twoFormats, TOP));
    CliRun usage = CliRun.run(twoFormats);
    assertEquals(ExitCodes.USAGE, usage.exit);
    assertEquals("offprint: -o takes one input and one format; use -d DIR for several", usage.err.strip());
    CliRun missing = CliRun.run("convert", dir.resolve("none.html").toString(), "-o", dir.resolve("n.md").toString());
    assertEquals(ExitCodes.INPUT, missing.exit);
    assertTrue(missing.err.startsWith("offprint: ") && missing.err.contains("none.html"), missing.err);
    CliRun json = CliRun.run("convert", page.toString(), "--json", "-o", dir.resolve("page.md").toString());
    assertEquals(0, json.exit, json.err);
    assertTrue(json.out.contains("\"format\"") && json.out.contains("page.md"), json.out);
    assertTrue(Files.readString(dir.resolve("page.md")).contains("A paragraph long enough"));
  }
}
