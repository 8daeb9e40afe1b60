package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.offprint.model.Fixtures;
import org.offprint.testing.EpubCheckRunner;
import org.offprint.testing.ModelSchema;

/**
 * {@code --to json} and {@code --from json} on the command line: a registered format, one file per input, stdout,
 * detection by extension and content, the pipe of the README, bad JSON as a bad input, and the image policy of a
 * page applied to a model's figures.
 */
class JsonFormatTest {
  static final String PAGE = "input/ledger-2026-02-rent-pressure.html";
  static final String LAKE = "input/lumen-frozen-lake-microbes.html";
  static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void formatsListsJsonBothWays() {
    CliRun r = CliRun.run("formats");
    assertEquals(0, r.exit, r.err);
    String output = r.out.substring(0, r.out.indexOf("Input formats"));
    String input = r.out.substring(r.out.indexOf("Input formats"));
    assertTrue(output.contains("  json   .json "), r.out);
    assertTrue(input.contains("  json      .json"), r.out);
  }

  @Test
  void oneFilePerInputInBatchEachWhatInspectPrints() throws IOException {
    Path out = dir.resolve("out");
    CliRun r = CliRun.run("convert", PAGE, LAKE, "--to", "json", "-d", out.toString());
    assertEquals(0, r.exit, r.err);
    for (String page : new String[] {PAGE, LAKE}) {
      String name = Path.of(page).getFileName().toString().replace(".html", ".json");
      String json = Files.readString(out.resolve(name));
      assertEquals(CliRun.run("inspect", page).out, json, name);
      assertEquals(Set.of(), ModelSchema.violations(json), name);
    }
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(2, s.count(), "nothing but the two models");
    }
  }

  @Test
  void toStdoutWithDashAndFromTheOutputsExtension() throws IOException {
    CliRun r = CliRun.run("convert", PAGE, "--to", "json", "-o", "-");
    assertEquals(0, r.exit, r.err);
    assertEquals(CliRun.run("inspect", PAGE).out, r.out);
    Path file = dir.resolve("model.json");
    assertEquals(0, CliRun.run("convert", PAGE, "-o", file.toString()).exit);
    assertEquals(r.out, Files.readString(file));
  }

  @Test
  void theReadmePipeDropsASectionAndMakesAValidEpub() throws IOException {
    byte[] json = CliRun.run("convert", PAGE, "--to", "json", "-o", "-").stdout;
    ObjectNode model = (ObjectNode) MAPPER.readTree(json);
    ArrayNode blocks = (ArrayNode) model.get("blocks");
    // what the recipe's jq filter does: drop the second heading and everything up to the next heading
    int start = -1;
    int headings = 0;
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).get("type").asText().equals("heading") && ++headings == 2) start = i;
    }
    assertTrue(start > 0, "the sample has two headings");
    String dropped = blocks.get(start).get("content").get(0).get("text").asText();
    do blocks.remove(start); while (start < blocks.size() && !blocks.get(start).get("type").asText().equals("heading"));
    Path epub = dir.resolve("page.epub");
    CliRun r = CliRun.withStdin(MAPPER.writeValueAsBytes(model), "convert", "-", "--from", "json", "--to", "epub",
        "-o", epub.toString());
    assertEquals(0, r.exit, r.err);
    byte[] bytes = Files.readAllBytes(epub);
    EpubCheckRunner.Result check = EpubCheckRunner.check(bytes);
    assertTrue(check.clean(), check.toString());
    String chapters = xhtml(bytes);
    Path whole = dir.resolve("whole.epub");
    assertEquals(0, CliRun.run("convert", PAGE, "-o", whole.toString()).exit);
    assertTrue(xhtml(Files.readAllBytes(whole)).contains(dropped), "the page has the section: " + dropped);
    assertFalse(chapters.contains(dropped), "the section is gone: " + dropped);
    assertTrue(chapters.contains(model.get("metadata").get("title").asText()));
  }

  @Test
  void aModelIsRecognisedByExtensionAndByContent() throws IOException {
    byte[] json = CliRun.run("convert", PAGE, "--to", "json", "-o", "-").stdout;
    String expected = CliRun.run("convert", PAGE, "--to", "md", "-o", "-").out;
    // on stdin, with no --from: sniffed
    CliRun piped = CliRun.withStdin(json, "convert", "-", "--to", "md", "-o", "-");
    assertEquals(0, piped.exit, piped.err);
    assertEquals(expected, piped.out);
    // a file whose extension names no format: sniffed
    Path odd = Files.write(dir.resolve("rent.model"), json);
    assertEquals(expected, CliRun.run("convert", odd.toString(), "--to", "md", "-o", "-").out);
    // .json: by its extension, even when the content starts unlike offprint's own output
    Path file = Files.writeString(dir.resolve("rent.json"), "  \n" + new String(json, StandardCharsets.UTF_8));
    assertEquals(expected, CliRun.run("convert", file.toString(), "--to", "md", "-o", "-").out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"modelVersion\": 1, \"metadata\": |not valid JSON at line 1",
    "{\"modelVersion\": 2, \"metadata\": {}, \"blocks\": [], \"footnotes\": []}|modelVersion: version 2 is not supported",
    "LEVEL|blocks[0].level: expected an integer, found a string",
    "SIDEBAR|blocks[0].type: unknown block type \"sidebar\"",
  })
  void badJsonIsOneLineExitThreeAndNoOutput(String json, String problem) throws IOException {
    String text = switch (json) {
      case "LEVEL" -> model("{\"type\": \"heading\", \"level\": \"two\", \"id\": \"\", \"content\": []}");
      case "SIDEBAR" -> model("{\"type\": \"sidebar\", \"content\": []}");
      default -> json;
    };
    Path bad = Files.writeString(dir.resolve("bad.json"), text);
    Path out = dir.resolve("out");
    CliRun r = CliRun.run("convert", bad.toString(), "--to", "epub,md,json", "-d", out.toString());
    assertEquals(ExitCodes.INPUT, r.exit, r.err);
    String[] lines = r.err.strip().split("\n");
    assertEquals(1, lines.length, r.err);
    assertTrue(lines[0].startsWith("offprint: " + bad + ": not an offprint document model: " + problem), r.err);
    assertFalse(r.err.contains("Exception"), r.err);
    assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), "no output written");
    // the same from stdin with --from json
    Path epub = dir.resolve("stdin.epub");
    CliRun s = CliRun.withStdin(text.getBytes(StandardCharsets.UTF_8), "convert", "-", "--from", "json", "-o",
        epub.toString());
    assertEquals(ExitCodes.INPUT, s.exit, s.err);
    assertTrue(s.err.strip().startsWith("offprint: -: not an offprint document model: " + problem), s.err);
    assertFalse(Files.exists(epub));
  }

  @Test
  void aModelsLocalImagesObeyThePagePolicy() throws IOException {
    // a PNG outside the model's folder, and /etc/passwd: neither may be read unless the user allows the folder
    Path secrets = Files.createDirectories(dir.resolve("secrets"));
    byte[] png = Fixtures.png(40, 30);
    Path secret = Files.write(secrets.resolve("secret.png"), png);
    Path work = Files.createDirectories(dir.resolve("work"));
    String figures = "{\"type\": \"figure\", \"src\": \"" + secret.toUri() + "\", \"alt\": \"secret\", \"caption\": []},"
        + "{\"type\": \"figure\", \"src\": \"file:///etc/passwd\", \"alt\": \"passwd\", \"caption\": []},"
        + "{\"type\": \"figure\", \"src\": \"http://127.0.0.1:9/x.png\", \"alt\": \"remote\", \"caption\": []}";
    Path model = Files.writeString(work.resolve("hostile.json"), model(figures));
    String pngBase64 = Base64.getEncoder().encodeToString(png);

    CliRun refused = CliRun.run("convert", model.toString(), "--to", "html", "--self-contained", "-o", "-");
    assertEquals(0, refused.exit, refused.err);
    assertFalse(refused.out.contains(pngBase64), "the secret image is not embedded");
    assertFalse(refused.out.contains("root:"), "/etc/passwd is not read");
    assertTrue(refused.err.contains("local file outside the input's folder not read (allow it with --allow-local-files DIR): "
        + secret.toUri()), refused.err);
    assertTrue(refused.err.contains(": file:///etc/passwd"), refused.err);
    assertTrue(refused.err.contains("remote image not fetched (network access is off"), refused.err);

    // the same image in a page gets the same refusal: the model is no way around the page policy
    Path page = Files.writeString(work.resolve("hostile.html"), "<html><head><title>T</title></head><body><article>"
        + "<p>" + "Words of the article that make it an article. ".repeat(20) + "</p>"
        + "<figure><img src=\"" + secret.toUri() + "\" alt=\"secret\"></figure></article></body></html>");
    CliRun pageRun = CliRun.run("convert", page.toString(), "--to", "html", "--self-contained", "-o", "-");
    assertTrue(pageRun.err.contains("local file outside the input's folder not read (allow it with --allow-local-files DIR): "
        + secret.toUri()), pageRun.err);

    CliRun allowed = CliRun.run("convert", model.toString(), "--to", "html", "--self-contained", "-o", "-",
        "--allow-local-files", secrets.toString());
    assertEquals(0, allowed.exit, allowed.err);
    assertTrue(allowed.out.contains(pngBase64), "allowed with --allow-local-files");
    assertFalse(allowed.out.contains("root:"));
  }

  @Test
  void aModelsScriptLinksAndMarkupDoNotSurvive() throws IOException {
    Path model = Files.writeString(dir.resolve("script.json"), model("{\"type\": \"paragraph\", \"content\": ["
        + "{\"type\": \"link\", \"href\": \"javascript:alert(1)\", \"content\": [{\"type\": \"text\", \"text\": \"click\"}]},"
        + "{\"type\": \"image\", \"src\": \"javascript:alert(2)\", \"alt\": \"i\"},"
        + "{\"type\": \"text\", \"text\": \"<script>alert(3)</script>\"}]}"));
    Path out = dir.resolve("out");
    CliRun r = CliRun.run("convert", model.toString(), "--to", "html,epub", "-d", out.toString());
    assertEquals(0, r.exit, r.err);
    String html = Files.readString(out.resolve("script.html")) + xhtml(Files.readAllBytes(out.resolve("script.epub")));
    assertFalse(html.contains("javascript:"), html);
    assertFalse(html.contains("<script"), html);
    assertTrue(html.contains("click"), html);
  }

  private static String model(String blocks) {
    return "{\"modelVersion\": 1, \"metadata\": {\"title\": \"T\", \"subtitle\": \"\", \"authors\": [], \"byline\": \"\","
        + " \"published\": \"\", \"site\": \"\", \"language\": \"en\", \"source\": \"\", \"description\": \"\","
        + " \"image\": \"\", \"tags\": [], \"extra\": {}}, \"blocks\": [" + blocks + "], \"footnotes\": []}";
  }

  private static String xhtml(byte[] epub) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().endsWith(".xhtml")) sb.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return sb.toString();
  }
}
