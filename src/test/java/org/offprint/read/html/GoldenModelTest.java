package org.offprint.read.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.json.ModelJson;
import org.offprint.read.Source;
import org.offprint.transform.Transforms;

/**
 * Golden model tests: the whole document model of every page in {@code input/}, of the non-English pages and of
 * the extraction samples (one page per failure class of extraction on unseen sites, {@code samples/extraction/})
 * and of the metadata-and-figures pages ({@code samples/meta/}), as JSON, against a reviewed file in
 * {@code src/test/resources/golden/model/}. After a deliberate change, run
 * {@code mvn test -Dtest=GoldenModelTest -Dgolden.update=true} and review the diff before committing it.
 */
class GoldenModelTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/model");

  static List<Path> pages() throws IOException {
    try (Stream<Path> a = Files.list(Path.of("input"));
        Stream<Path> b = Files.list(Path.of("src/test/resources/samples/hard"));
        Stream<Path> c = Files.list(Path.of("src/test/resources/samples/extraction"));
        Stream<Path> d = Files.list(Path.of("src/test/resources/samples/meta"))) {
      return Stream.of(a, b, c, d).flatMap(s -> s).filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("pages")
  void modelMatchesItsGoldenFile(Path page) throws IOException {
    Path abs = page.toAbsolutePath().normalize();
    Source source = Source.of(page.getFileName().toString(), Files.readAllBytes(page)).withLocation(abs.toUri());
    // the model as the pipeline hands it to writers (and `inspect` prints it): the reader, then the transform stage
    Document read = HtmlReader.create().read(source, Diagnostics.IGNORE);
    String json = ModelJson.toJson(Transforms.apply(read, source.name(), Diagnostics.IGNORE))
        // images beside the page resolve to absolute file URIs: make them independent of the checkout
        .replace(abs.getParent().toUri().toString(), "file:///PAGE-FOLDER/")
        .replace("file:" + abs.getParent().toUri().getPath(), "file:///PAGE-FOLDER/") + "\n";
    Path golden = GOLDEN.resolve(page.getFileName().toString().replace(".html", ".json"));
    org.offprint.testing.Goldens.check(golden, json);
  }
}
