package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors exit 2 with one line; help and version work on every command; README and code agree. */
class UsageTest {
  @TempDir Path dir;

  @Test
  void versionPrintsTheVersion() {
    CliRun r = CliRun.run("--version");
    assertEquals(0, r.exit);
    assertTrue(r.out.startsWith("offprint "), r.out);
  }

  @Test
  void everyCommandHasHelpAndVersionWithExitCodes() {
    for (String cmd : List.of("convert", "inspect", "formats", "themes")) {
      CliRun help = CliRun.run(cmd, "--help");
      assertEquals(0, help.exit, cmd);
      assertTrue(help.out.contains("Exit codes:"), cmd + " help lists exit codes");
      CliRun version = CliRun.run(cmd, "--version");
      assertEquals(0, version.exit, cmd);
      assertTrue(version.out.startsWith("offprint "), cmd + " --version: " + version.out);
    }
  }

  @Test
  void noCommandIsAUsageError() {
    assertEquals(ExitCodes.USAGE, CliRun.run().exit);
  }

  @Test
  void unknownFormatNamesTheKnownOnes() throws IOException {
    Path page = Files.writeString(dir.resolve("a.html"), "<p>Hello there, reader.</p>");
    CliRun r = CliRun.run("convert", page.toString(), "--to", "docx", "-d", dir.toString());
    assertEquals(ExitCodes.USAGE, r.exit);
    assertTrue(r.err.contains("Unknown output format 'docx'"), r.err);
  }

  @Test
  void badOptionValuesAreOneLineUsageErrors() throws IOException {
    Path page = Files.writeString(dir.resolve("a.html"), "<p>Hello there, reader.</p>");
    String[][] cases = {
      {"--to", "md", "--wrap", "abc"},
      {"--to", "md", "--timeout", "0"},
      {"--to", "md", "--per-host", "0"},
      {"--to", "md", "--delay", "-1"},
      {"--to", "md", "--frobnicate"},
      {"--to", "pdf", "--page-size", "1x1in"},
    };
    for (String[] c : cases) {
      List<String> args = new java.util.ArrayList<>(List.of("convert", page.toString(), "-d", dir.toString()));
      args.addAll(List.of(c));
      CliRun r = CliRun.run(args.toArray(String[]::new));
      assertEquals(ExitCodes.USAGE, r.exit, String.join(" ", c) + ": " + r.err);
      assertEquals(1, r.err.lines().count(), String.join(" ", c) + ": " + r.err);
      assertTrue(r.err.startsWith("offprint: "), r.err);
    }
  }

  @Test
  void aLongOptionWithOneDashSuggestsTheLongOne() throws IOException {
    Path page = Files.writeString(dir.resolve("a.html"), "<p>Hello there, reader.</p>");
    CliRun r = CliRun.run("convert", page.toString(), "-to", "epub");
    assertEquals(ExitCodes.USAGE, r.exit, r.err);
    assertEquals("offprint: Unknown option '-to'; did you mean '--to'?", r.err.strip());
    CliRun verbose = CliRun.run("convert", page.toString(), "--to", "md", "-verbose", "-d", dir.toString());
    assertEquals(ExitCodes.USAGE, verbose.exit, verbose.err);
    assertTrue(verbose.err.startsWith("offprint: Unknown option '-verbose'; did you mean '--verbose'?"), verbose.err);
    assertEquals(1, verbose.err.lines().count(), verbose.err);
    CliRun typo = CliRun.run("convert", page.toString(), "--to", "md", "--wrp", "30");
    assertTrue(typo.err.contains("did you mean --wrap?"), typo.err);
    assertEquals(1, typo.err.lines().count(), typo.err);
  }

  @Test
  void missingFormatIsAUsageError() throws IOException {
    Path page = Files.writeString(dir.resolve("a.html"), "<p>Hello there, reader.</p>");
    CliRun r = CliRun.run("convert", page.toString());
    assertEquals(ExitCodes.USAGE, r.exit);
    assertTrue(r.err.contains("--to"), r.err);
  }

  @Test
  void outputFileWithTwoFormatsIsAUsageError() throws IOException {
    Path page = Files.writeString(dir.resolve("a.html"), "<p>Hello there, reader.</p>");
    CliRun r = CliRun.run("convert", page.toString(), "--to", "md,txt", "-o", dir.resolve("x.md").toString());
    assertEquals(ExitCodes.USAGE, r.exit);
  }

  @Test
  void unknownThemeIsAUsageError() throws IOException {
    Path page = Files.writeString(dir.resolve("a.html"), "<p>Hello there, reader.</p>");
    CliRun r = CliRun.run("convert", page.toString(), "--to", "md", "-d", dir.toString(), "--theme", "nosuch");
    assertEquals(ExitCodes.USAGE, r.exit);
    assertTrue(r.err.contains("Unknown theme 'nosuch'"), r.err);
  }

  @Test
  void unknownCharsetIsAUsageError() throws IOException {
    Path page = Files.writeString(dir.resolve("a.html"), "<p>Hello there, reader.</p>");
    CliRun r = CliRun.run("inspect", page.toString(), "--charset", "no-such-charset");
    assertEquals(ExitCodes.USAGE, r.exit);
  }

  /** The README's exit-code table must list exactly the codes and meanings the code has. */
  @Test
  void readmeExitCodeTableMatchesTheCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("(?m)^\\| (\\d) \\| (.+?) \\|$").matcher(readme);
    List<String> rows = new ArrayList<>();
    while (m.find()) rows.add(m.group(1) + ":" + m.group(2));
    assertEquals(List.of(ExitCodes.HELP_LIST), rows);
  }
}
