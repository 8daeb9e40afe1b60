package org.offprint.write.markdown;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.offprint.model.Fixtures;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.WriteOptions;

class MarkdownWriterTest {
  static WriteOptions options() {
    return WriteOptions.of(ThemeLoader.builtIn("default"));
  }

  @Test
  void printsFixture() throws Exception {
    String md = MarkdownWriter.builder(options()).build().render(Fixtures.everything());
    System.out.println(md);
    System.out.println(Flexmark.html(md));
  }
}
