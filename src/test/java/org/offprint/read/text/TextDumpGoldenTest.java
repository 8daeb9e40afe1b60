package org.offprint.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.read.Source;

/**
 * Text dumps in src/test/resources/textdumps/ read into the outline in the matching {@code .expected} file.
 * Regenerate with {@code mvn test -Dtest=TextDumpGoldenTest -Dgolden.update=true} and review the diff.
 */
class TextDumpGoldenTest {
  static Document read(String name) throws IOException {
    try (InputStream in = TextDumpGoldenTest.class.getResourceAsStream("/textdumps/" + name)) {
      return TextReader.create().read(Source.of(name, in.readAllBytes()), Diagnostics.IGNORE);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-institute-dateline", "en-blog-hardwrapped", "en-wrapped-no-blank-lines",
      "en-nbsp-site-name", "ru-news-dateline", "ru-blog-byline", "de-news", "en-cookies-comments", "ru-one-line-paragraphs"})
  void matchesGolden(String name) throws IOException {
    String actual = Outline.of(read(name + ".txt"));
    Path golden = Path.of("src/test/resources/textdumps", name + ".expected");
    if (org.offprint.testing.Goldens.update()) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    try (InputStream in = TextDumpGoldenTest.class.getResourceAsStream("/textdumps/" + name + ".expected")) {
      String expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (Files.exists(golden)) expected = Files.readString(golden, StandardCharsets.UTF_8);
      assertEquals(expected, actual);
    }
  }

  static Stream<String> names() {
    return Stream.of();
  }
}
