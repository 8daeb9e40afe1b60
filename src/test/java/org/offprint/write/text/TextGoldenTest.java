package org.offprint.write.text;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.offprint.model.Fixtures;
import org.offprint.testing.Goldens;
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
    Goldens.check(Path.of("src/test/resources/golden/txt/everything.txt"), actual);
  }
}
