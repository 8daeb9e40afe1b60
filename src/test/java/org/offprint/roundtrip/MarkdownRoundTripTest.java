package org.offprint.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.read.Source;
import org.offprint.read.markdown.MarkdownReader;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.WriteOptions;
import org.offprint.write.markdown.MarkdownWriter;

/** Seeded random documents written as Markdown and read back give the same normalised document. */
class MarkdownRoundTripTest {
  private static final WriteOptions OPTIONS = WriteOptions.of(ThemeLoader.builtIn("default"));

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void inlineLinks(long seed) throws Exception {
    roundTrip(seed, MarkdownWriter.builder(OPTIONS).build());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void referenceLinksWrappedAt40(long seed) throws Exception {
    roundTrip(seed + 1000, MarkdownWriter.builder(OPTIONS).referenceLinks(true).wrap(40).build());
  }

  private static void roundTrip(long seed, MarkdownWriter writer) throws Exception {
    Document doc = new RandomDocuments(seed).document();
    String md = writer.render(doc);
    Document back = MarkdownReader.create()
        .read(Source.of("seed-" + seed + ".md", md.getBytes(StandardCharsets.UTF_8)), Diagnostics.IGNORE);
    if (doc.metadata().language().isEmpty()) {
      // a document without a language is written without one, and the reader may guess it from the text
      back = new Document(back.metadata().toBuilder().language("").build(), back.blocks(), back.footnotes());
    }
    assertEquals(ModelNormaliser.normalise(doc), ModelNormaliser.normalise(back), md);
  }
}
