package org.offprint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.OutputStream;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.read.InputException;
import org.offprint.read.InputFormat;
import org.offprint.read.InputFormats;
import org.offprint.read.Source;
import org.offprint.theme.Theme;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.Format;
import org.offprint.write.Formats;
import org.offprint.write.WriteOptions;

/**
 * Fuzz tests: any bytes given to any reader either become a document or an {@link InputException}, and any
 * document a reader makes is accepted by every writer. In {@code mvn verify} these run once over the seeds and
 * the committed regression inputs in {@code src/test/resources/org/offprint/fuzz/PipelineFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=PipelineFuzzTest} fuzzes for real (README, "Fuzzing").
 */
class PipelineFuzzTest {
  private static final Theme THEME = ThemeLoader.builtIn("default");
  private static final OutputStream NULL = OutputStream.nullOutputStream();

  private static Document read(String format, byte[] data) throws IOException {
    InputFormat f = InputFormats.find(format).orElseThrow();
    try {
      // as the pipeline does: the reader, then the transform stage, which writers count on
      Document read = f.reader().read(Source.of("fuzz." + format, data), Diagnostics.IGNORE);
      return org.offprint.transform.Transforms.apply(read, "fuzz." + format, Diagnostics.IGNORE);
    } catch (InputException e) {
      return null; // a clear rejection is a correct answer to junk
    }
  }

  @FuzzTest(maxDuration = "10m")
  void htmlReader(byte[] data) throws IOException {
    read("html", data);
  }

  @FuzzTest(maxDuration = "10m")
  void markdownReader(byte[] data) throws IOException {
    if (InputFormats.find("markdown").isPresent()) read("markdown", data);
  }

  @FuzzTest(maxDuration = "10m")
  void textReader(byte[] data) throws IOException {
    if (InputFormats.find("text").isPresent()) read("text", data);
  }

  /** Any bytes are an MHTML file's first page read, or a clear rejection. */
  @FuzzTest(maxDuration = "10m")
  void mhtmlReader(byte[] data) throws IOException {
    read("mhtml", data);
  }

  /** Any bytes are a WARC's first page read, or a clear rejection. */
  @FuzzTest(maxDuration = "10m")
  void warcReader(byte[] data) throws IOException {
    read("warc", data);
  }

  /**
   * Any model JSON is read or rejected, what is read is written by every writer, and written as JSON again it
   * reads back equal.
   */
  @FuzzTest(maxDuration = "10m")
  void jsonReader(byte[] data) throws IOException {
    Document doc = read("json", data);
    if (doc == null) return;
    WriteOptions options = WriteOptions.of(THEME);
    for (Format f : Formats.all()) f.writer(options).write(doc, NULL);
    String json = org.offprint.model.json.ModelJson.toJson(doc);
    if (!doc.equals(org.offprint.model.json.ModelJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
      throw new AssertionError("the model JSON does not read back equal: " + json);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void wholePipeline(byte[] data) throws IOException {
    Document doc = read("html", data);
    if (doc == null) return;
    WriteOptions options = WriteOptions.of(THEME);
    for (Format f : Formats.all()) f.writer(options).write(doc, NULL);
  }
}
