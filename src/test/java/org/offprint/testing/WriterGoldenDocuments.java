package org.offprint.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.offprint.model.Document;
import org.offprint.model.Fixtures;
import org.offprint.model.Resource;
import org.offprint.model.ResourceResolver;
import org.offprint.model.json.ModelJson;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.WriteOptions;

/**
 * The documents the writer goldens (HTML, EPUB, PDF) render: the model fixture with every kind of block, and two
 * reviewed reader goldens from {@code input/} (a Russian news page with a JPEG photo, an English technical post
 * with code and a PNG chart), with their images served from {@code input/images/}.
 */
public final class WriterGoldenDocuments {
  /** The fixed build time the writers record, so that the goldens do not depend on the clock. */
  public static final Instant TIMESTAMP = Instant.parse("2024-01-15T10:00:00Z");

  private static final String PAGE_FOLDER = "file:///PAGE-FOLDER/";

  private WriterGoldenDocuments() {}

  /** A document to render, its golden name and the images it may use. */
  public record Sample(String name, Document document, ResourceResolver images) {
    @Override
    public String toString() {
      return name;
    }
  }

  public static List<Sample> samples() throws IOException {
    return List.of(new Sample("everything", Fixtures.everything(), Fixtures.images()),
        fromModelGolden("vestnik-priozerya-parom"), fromModelGolden("byteforge-sqlite-batch-inserts"));
  }

  /** {@return default-theme options with the sample's images and the fixed timestamp} */
  public static WriteOptions options(Sample s) {
    return WriteOptions.of(ThemeLoader.builtIn("default")).withResources(s.images())
        .withTimestamp(Optional.of(TIMESTAMP));
  }

  private static Sample fromModelGolden(String name) throws IOException {
    Document doc = ModelJson.read(Files.readAllBytes(Path.of("src/test/resources/golden/model", name + ".json")));
    ResourceResolver images = uri -> {
      if (!uri.startsWith(PAGE_FOLDER)) return Optional.empty();
      Path file = Path.of("input").resolve(uri.substring(PAGE_FOLDER.length())).normalize();
      if (!file.startsWith("input") || !Files.isRegularFile(file)) return Optional.empty();
      String type = file.toString().endsWith(".png") ? "image/png" : "image/jpeg";
      return Optional.of(new Resource(uri, type, Files.readAllBytes(file)));
    };
    return new Sample(name, doc, images);
  }
}
