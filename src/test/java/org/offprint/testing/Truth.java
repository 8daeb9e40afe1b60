package org.offprint.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The expected reading of a sample page (src/test/resources/samples/SLUG.truth.json, described in that folder's
 * README).
 */
public record Truth(String slug, Path page, String title, List<String> authors, String published, String language,
    String site, List<String> paragraphs, List<String> headings, List<String> chrome, List<String> figures,
    List<String> footnotes) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** {@return the truths of every page in {@code input/}} */
  public static List<Truth> inputs() throws IOException {
    return load(Path.of("src/test/resources/samples"), Path.of("input"));
  }

  /** {@return the truths of the non-English pages in {@code src/test/resources/samples/hard/}} */
  public static List<Truth> hard() throws IOException {
    Path dir = Path.of("src/test/resources/samples/hard");
    return load(dir, dir);
  }

  private static List<Truth> load(Path truthDir, Path pageDir) throws IOException {
    List<Truth> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(truthDir)) {
      for (Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".truth.json")).sorted()::iterator) {
        String slug = p.getFileName().toString().replace(".truth.json", "");
        JsonNode n = MAPPER.readTree(p.toFile());
        out.add(new Truth(slug, pageDir.resolve(slug + ".html"), n.path("title").asText(), strings(n, "authors"),
            n.path("published").asText(), n.path("language").asText(), n.path("site").asText(),
            strings(n, "paragraphs"), strings(n, "headings"), strings(n, "chrome"), strings(n, "figures"),
            strings(n, "footnotes")));
      }
    }
    return out;
  }

  private static List<String> strings(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    n.path(field).forEach(v -> out.add(v.asText()));
    return out;
  }

  @Override
  public String toString() {
    return slug;
  }
}
