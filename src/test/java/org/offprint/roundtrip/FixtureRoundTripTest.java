package org.offprint.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Fixtures;
import org.offprint.read.Source;
import org.offprint.read.markdown.MarkdownReader;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.WriteOptions;
import org.offprint.write.markdown.MarkdownWriter;

/**
 * The fixture written as Markdown and read back. Tests that join a reader and a writer live in this package so
 * the reader and writer packages, tests included, never import each other.
 */
class FixtureRoundTripTest {
  private static Document read(String md) throws Exception {
    return MarkdownReader.create().read(Source.of("in.md", md.getBytes(StandardCharsets.UTF_8)), Diagnostics.IGNORE);
  }

  @Test
  void fixtureSurvivesWriteAndRead() throws Exception {
    String md = MarkdownWriter.builder(WriteOptions.of(ThemeLoader.builtIn("default"))).build()
        .render(Fixtures.everything());
    Document back = read(md);
    assertEquals(Fixtures.metadata().toBuilder().image("").build(), back.metadata());
    assertEquals(ModelNormaliser.normalise(Fixtures.everything().withMetadata(back.metadata())),
        ModelNormaliser.normalise(back));
  }

}
