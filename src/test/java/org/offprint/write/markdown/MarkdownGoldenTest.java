package org.offprint.write.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.offprint.model.Fixtures;

/**
 * The fixture's Markdown, default options and wrapped reference style, against golden files. Regenerate with
 * {@code mvn test -Dtest=MarkdownGoldenTest -Dgolden.update=true} and review the diff.
 */
class MarkdownGoldenTest {
  @Test
  void everything() throws Exception {
    check("everything.md", MarkdownWriter.builder(MarkdownWriterTest.options()).build().render(Fixtures.everything()));
  }

  @Test
  void everythingWrappedWithReferenceLinks() throws Exception {
    check("everything-wrap60-refs.md", MarkdownWriter.builder(MarkdownWriterTest.options()).wrap(60)
        .referenceLinks(true).build().render(Fixtures.everything()));
  }

  static void check(String name, String actual) throws Exception {
    Path golden = Path.of("src/test/resources/golden/md", name);
    if (org.offprint.testing.Goldens.update()) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    try (var in = MarkdownGoldenTest.class.getResourceAsStream("/golden/md/" + name)) {
      String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8)
          : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(expected, actual);
    }
  }
}
