package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offprint.testing.EpubCheckRunner;

/**
 * {@code offprint themes --css NAME}: the stylesheet printed is the one the EPUB and HTML outputs carry, and a theme's
 * own {@code style.css} comes after it.
 */
class ThemeCssCommandTest {
  private static final Pattern FONT_FACE = Pattern.compile("@font-face \\{\n(?:  [^\n]*\n)*\\}\n");
  private static final String SAMPLE = "input/lumen-frozen-lake-microbes.html";

  @TempDir Path dir;

  @Test
  void theEpubCarriesThePrintedStylesheetWithTheFacesItUses() throws IOException {
    CliRun printed = CliRun.run("themes", "--css", "default", "--for", "epub");
    assertEquals(0, printed.exit, printed.err);
    CliRun convert = CliRun.run("convert", SAMPLE, "-o", dir.resolve("a.epub").toString(), "-q");
    assertEquals(0, convert.exit, convert.err);
    String embedded = entry(Files.readAllBytes(dir.resolve("a.epub")), "EPUB/style.css");
    assertEquals(withoutFaces(printed.out), withoutFaces(embedded));
    List<String> faces = faces(embedded);
    assertFalse(faces.isEmpty());
    for (String face : faces) assertTrue(printed.out.contains(face), face);
  }

  @Test
  void theHtmlPageCarriesThePrintedStylesheet() throws IOException {
    CliRun printed = CliRun.run("themes", "--css", "sans");
    assertEquals(0, printed.exit, printed.err);
    assertTrue(printed.out.contains("max-width: "), "the page's stylesheet sets a measure");
    CliRun convert = CliRun.run("convert", SAMPLE, "--theme", "sans", "-o", dir.resolve("a.html").toString(), "-q");
    assertEquals(0, convert.exit, convert.err);
    String html = Files.readString(dir.resolve("a.html"));
    String embedded = html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"));
    assertEquals(withoutFaces(printed.out), withoutFaces(embedded));
    assertFalse(faces(embedded).isEmpty());
  }

  @Test
  void aThemesStyleCssIsAppendedAndTheEpubStaysValid() throws IOException {
    Path mine = copy(Path.of("themes/sans"), dir.resolve("mine"));
    String own = ".byline { letter-spacing: 0.1em; }\nblockquote { margin-left: 2em; }";
    Files.writeString(mine.resolve("style.css"), own + "\n");
    CliRun printed = CliRun.run("themes", "--css", mine.toString(), "--for", "epub");
    assertEquals(0, printed.exit, printed.err);
    assertTrue(printed.out.endsWith("/* The theme's style.css */\n" + own + "\n"), printed.out);

    CliRun convert = CliRun.run("convert", SAMPLE, "--theme", mine.toString(), "-o", dir.resolve("b.epub").toString(),
        "-q");
    assertEquals(0, convert.exit, convert.err);
    byte[] epub = Files.readAllBytes(dir.resolve("b.epub"));
    assertEquals(withoutFaces(printed.out), withoutFaces(entry(epub, "EPUB/style.css")));
    EpubCheckRunner.Result check = EpubCheckRunner.check(epub);
    assertTrue(check.clean(), () -> check.errors() + "\n" + check.warnings());
  }

  @Test
  void anUnknownThemeIsAUsageError() {
    CliRun r = CliRun.run("themes", "--css", "no-such-theme");
    assertEquals(ExitCodes.USAGE, r.exit);
    assertTrue(r.err.contains("Unknown theme 'no-such-theme'"), r.err);
    assertEquals("", r.out);
  }

  private static String withoutFaces(String css) {
    return FONT_FACE.matcher(css).replaceAll("");
  }

  private static List<String> faces(String css) {
    return FONT_FACE.matcher(css).results().map(MatchResult::group).toList();
  }

  private static String entry(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (e.getName().equals(name)) return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no " + name + " in the EPUB");
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
    return to;
  }
}
