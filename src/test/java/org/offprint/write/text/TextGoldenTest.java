package org.offprint.write.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.offprint.model.Fixtures;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.WriteOptions;

/**
 * The fixture as text, with the link list, against a golden file. Regenerate with
 * {@code mvn test -Dtest=TextGoldenTest -Dgolden.update=true} and review the diff.
 */
class TextGoldenTest {
  @Test
  void everything() throws Exception {
    String actual = TextWriter.builder(WriteOptions.of(ThemeLoader.builtIn("default"))).linkList(true).figures(true).build()
        .render(Fixtures.everything());
    Path golden = Path.of("src/test/resources/golden/txt/everything.txt");
    if (org.offprint.testing.Goldens.update()) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
  }
}
