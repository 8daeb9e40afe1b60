package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offprint.io.LoopbackServer;

/** What scripts rely on: stdin/stdout, URL inputs, the JSON report, messages on stderr only. */
class ScriptContractTest {
  @TempDir Path dir;

  private static final String PAGE = """
      <!doctype html><html lang="ru"><head><title>Паром вернётся к маю | Вестник</title></head><body>
      <nav><a href="/">Главная</a></nav>
      <article><h1>Паром вернётся к маю</h1>
      <p>Паромная переправа между Заречьем и Светлогорском снова заработает в начале мая, сообщили в управлении.</p>
      <p>Билет для взрослого пассажира будет стоить шестьдесят рублей, для школьников и пенсионеров проезд бесплатный.</p>
      <p><img src="/img/ferry.png" alt="Паром у причала"></p>
      </article><footer>© Вестник</footer></body></html>
      """;

  @Test
  void stdinToStdoutForEveryFormatWritesOnlyTheOutput() throws IOException {
    byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
    for (String format : List.of("md", "txt", "html", "epub", "pdf")) {
      CliRun r = CliRun.withStdin(page, "convert", "-", "--to", format, "-o", "-");
      assertEquals(0, r.exit, format + ": " + r.err);
      assertTrue(r.stdout.length > 0, format);
      switch (format) {
        case "epub" -> assertEquals("PK", new String(r.stdout, 0, 2, StandardCharsets.ISO_8859_1));
        case "pdf" -> assertEquals("%PDF", new String(r.stdout, 0, 4, StandardCharsets.ISO_8859_1));
        default -> assertTrue(r.out.contains("Паромная переправа"), format + ": " + r.out);
      }
    }
  }

  @Test
  void stdinIsSniffedWhenNoFormatIsNamed() {
    CliRun md = CliRun.withStdin("---\ntitle: Notes\n---\n\nA paragraph of *notes*.\n".getBytes(StandardCharsets.UTF_8),
        "inspect", "-");
    assertEquals(0, md.exit, md.err);
    assertTrue(md.out.contains("\"title\" : \"Notes\""), md.out);
    assertTrue(md.out.contains("\"type\" : \"emphasis\""), md.out);
  }

  @Test
  void aUrlIsFetchedWithTheCharsetFromTheHttpHeaderOnly() throws IOException {
    Charset cp1251 = Charset.forName("windows-1251");
    try (LoopbackServer s = new LoopbackServer().serve("/news/parom", "text/html; charset=windows-1251", PAGE.getBytes(cp1251))) {
      CliRun r = CliRun.run("convert", s.url("/news/parom"), "--to", "txt", "-d", dir.toString(), "-q");
      assertEquals(0, r.exit, r.err);
      String text = Files.readString(dir.resolve("parom.txt"));
      assertTrue(text.contains("Паромная переправа между Заречьем"), text);
      assertTrue(s.userAgents.get(0).startsWith("offprint/"), s.userAgents.toString());
      assertEquals(1, s.requests.get(), "the page only: its image is not fetched");
    }
  }

  @Test
  void aUrlThatFailsIsAnInputError() throws IOException {
    try (LoopbackServer s = new LoopbackServer().on("/gone", ex -> LoopbackServer.send(ex, 404, "text/plain", new byte[] {'x'}))) {
      CliRun r = CliRun.run("convert", s.url("/gone"), "--to", "md", "-d", dir.toString());
      assertEquals(ExitCodes.INPUT, r.exit);
      assertEquals("offprint: " + s.url("/gone") + ": HTTP 404", r.err.strip());
    }
  }

  @Test
  void headersAndCookiesAreSent() throws IOException {
    try (LoopbackServer s = new LoopbackServer().serve("/a", "text/html", PAGE.getBytes(StandardCharsets.UTF_8))) {
      Path cookies = Files.writeString(dir.resolve("cookies.txt"),
          "# Netscape HTTP Cookie File\n127.0.0.1\tFALSE\t/\tFALSE\t0\tsession\tabc123\n");
      CliRun r = CliRun.run("inspect", s.url("/a"), "--cookies", cookies.toString(), "--header", "X-Test: 1");
      assertEquals(0, r.exit, r.err);
      assertEquals("session=abc123", s.cookies.get(0));
    }
  }

  @Test
  void jsonReportListsOutputsAndWarnings() throws IOException {
    Path page = Files.writeString(dir.resolve("page.html"), PAGE);
    CliRun r = CliRun.run("convert", page.toString(), "--to", "md,epub", "-d", dir.resolve("out").toString(), "--json");
    assertEquals(0, r.exit, r.err);
    JsonNode report = new ObjectMapper().readTree(r.out);
    assertEquals(0, report.get("exitCode").asInt());
    assertEquals(2, report.get("outputs").size());
    JsonNode first = report.get("outputs").get(0);
    assertEquals("md", first.get("format").asText());
    assertEquals(Files.size(Path.of(first.get("path").asText())), first.get("bytes").asLong());
    assertTrue(report.get("warnings").size() >= 1, "the missing image is a warning: " + report);
    assertEquals(page.toString(), report.get("warnings").get(0).get("input").asText());
  }

  @Test
  void warningsGoToStderrInTheirFormAndQuietSilencesThem() throws IOException {
    Path page = Files.writeString(dir.resolve("page.html"), PAGE);
    CliRun r = CliRun.run("convert", page.toString(), "--to", "md", "-d", dir.toString());
    assertEquals(0, r.exit);
    assertTrue(r.err.startsWith("offprint: warning: " + page + ": "), r.err);
    assertEquals("", r.out, "nothing on stdout");
    CliRun q = CliRun.run("convert", page.toString(), "--to", "md", "-d", dir.toString(), "-q");
    assertEquals("", q.err);
  }

  @Test
  void failOnWarningGivesItsOwnExitCode() throws IOException {
    Path page = Files.writeString(dir.resolve("page.html"), PAGE);
    CliRun r = CliRun.run("convert", page.toString(), "--to", "md", "-d", dir.toString(), "-q", "--fail-on-warning");
    assertEquals(ExitCodes.WARNINGS, r.exit);
  }

  @Test
  void sourceDateEpochIsReadAsSeconds() {
    assertEquals(java.time.Instant.parse("2023-11-14T22:13:20Z"), SourceDateEpoch.parse("1700000000").orElseThrow());
    assertTrue(SourceDateEpoch.parse("").isEmpty());
    org.junit.jupiter.api.Assertions.assertThrows(UsageException.class, () -> SourceDateEpoch.parse("yesterday"));
  }

  @Test
  void twoRunsGiveTheSameBytesInEveryFormat() throws IOException {
    // Without SOURCE_DATE_EPOCH every writer dates its output from the article, so runs agree.
    Path page = Files.writeString(dir.resolve("page.html"), PAGE);
    for (String format : List.of("epub", "pdf", "md", "html", "txt")) {
      CliRun a = CliRun.run("convert", page.toString(), "--to", format, "-o", dir.resolve("a." + format).toString(), "-q");
      CliRun b = CliRun.run("convert", page.toString(), "--to", format, "-o", dir.resolve("b." + format).toString(), "-q");
      assertEquals(0, a.exit + b.exit);
      byte[] x = Files.readAllBytes(dir.resolve("a." + format));
      byte[] y = Files.readAllBytes(dir.resolve("b." + format));
      if (format.equals("md") || format.equals("html")) {
        // their side-file folder is named after the output, so compare with the name swapped
        y = new String(y, StandardCharsets.UTF_8).replace("b.assets", "a.assets").getBytes(StandardCharsets.UTF_8);
      }
      assertArrayEquals(x, y, format);
    }
  }

  @Test
  void anOutputThatIsADirectoryOrAnInputIsRefusedAndNothingIsClobbered() throws IOException {
    Path page = Files.writeString(dir.resolve("page.html"), PAGE);
    Files.createDirectories(dir.resolve("taken.md"));
    CliRun r = CliRun.run("convert", page.toString(), "-o", dir.resolve("taken.md").toString());
    assertEquals(ExitCodes.OUTPUT, r.exit);
    assertTrue(r.err.contains("is a directory"), r.err);
    CliRun self = CliRun.run("convert", page.toString(), "--to", "html", "-o", page.toString());
    assertEquals(ExitCodes.OUTPUT, self.exit);
    assertEquals(PAGE, Files.readString(page), "the input is untouched");
    Path existing = Files.writeString(dir.resolve("keep.md"), "old");
    CliRun bad = CliRun.run("convert", dir.resolve("missing.html").toString(), "-o", existing.toString());
    assertEquals(ExitCodes.INPUT, bad.exit);
    assertEquals("old", Files.readString(existing));
    try (var files = Files.list(dir)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
    }
  }

  @Test
  void outputsGetTheSamePermissionsAsAnyNewFileNotTheOwnerOnlyOnesOfATemporaryFile() throws IOException {
    Path page = Files.writeString(dir.resolve("page.html"), PAGE);
    Path plain = Files.writeString(dir.resolve("plain.txt"), "made the usual way");
    for (String format : List.of("md", "epub")) {
      Path target = dir.resolve("out." + format);
      CliRun r = CliRun.run("convert", page.toString(), "-o", target.toString());
      assertEquals(0, r.exit, r.err);
      assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target), format);
    }
  }

  @Test
  void aCommandSetUpAloneHasTheSameHelpAsInTheFullCommandLine() {
    for (String command : List.of("convert", "bundle", "inspect", "formats", "themes")) {
      StringWriter alone = new StringWriter();
      StringWriter full = new StringWriter();
      OffprintCommand.commandLine(new String[] {command}).getSubcommands().get(command).usage(new PrintWriter(alone));
      OffprintCommand.commandLine().getSubcommands().get(command).usage(new PrintWriter(full));
      assertEquals(full.toString(), alone.toString(), command);
      assertTrue(alone.toString().startsWith("Usage: offprint " + command), alone.toString());
    }
    assertEquals(1, OffprintCommand.commandLine(new String[] {"convert", "x.html"}).getSubcommands().size());
    assertTrue(OffprintCommand.commandLine(new String[] {"--help"}).getSubcommands().containsKey("bundle"));
  }
}
