package org.offprint.write.markdown;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.offprint.model.Fixtures;
import org.offprint.testing.Goldens;

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

  private static void check(String name, String actual) throws Exception {
    Goldens.check(Path.of("src/test/resources/golden/md", name), actual);
  }
}
