package org.offprint.read.html.metadata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.offprint.model.Metadata;
import org.offprint.read.Source;
import org.offprint.read.html.charset.HtmlCharset;

/**
 * Runs {@link HtmlCharset} and {@link HtmlMetadata} over every {@code PAGES_DIR/<page>/source.html} and writes the
 * prediction file that {@code metadata-score.py} reads: {@code {page: {title, byline, published, lang, siteName}}}.
 * The byline is Readability.js's: the authors joined with ", " when the page declares them in JSON-LD or meta
 * tags, else the credit line it prints ({@link Metadata#byline()}); the other fields are there to read.
 * {@code PAGES_DIR} may also hold {@code *.html} or {@code *.html.gz} files (pages
 * without expectations, to look at). Usage: {@code MetadataBench PAGES_DIR OUT.json}.
 */
public final class MetadataBench {
  private MetadataBench() {}

  /** The page URL the Readability fixtures were made with. */
  private static final URI FIXTURE_URL = URI.create("http://fakehost/test/page.html");

  public static void main(String[] args) throws IOException {
    Path pages = Path.of(args[0]);
    Path out = Path.of(args[1]);
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode all = json.createObjectNode();
    List<Path> dirs = new ArrayList<>();
    try (Stream<Path> s = Files.list(pages)) {
      s.filter(d -> Files.isRegularFile(d.resolve("source.html")) || d.toString().endsWith(".html")
          || d.toString().endsWith(".html.gz")).sorted().forEach(dirs::add);
    }
    long nanos = 0;
    for (Path dir : dirs) {
      String name = dir.getFileName().toString().replaceAll("\\.html(\\.gz)?$", "");
      Source source = Source.of(name, read(dir)).withLocation(FIXTURE_URL);
      long t0 = System.nanoTime();
      Document page = HtmlCharset.parse(source);
      Metadata m = HtmlMetadata.extract(page, source);
      nanos += System.nanoTime() - t0;
      ObjectNode p = all.putObject(name);
      p.put("title", m.title());
      // Readability.js's byline: the authors a page declares for machines, else the credit line it prints
      boolean declared = HtmlMetadata.declaresAuthors(page, m.site());
      p.put("byline", declared || m.byline().isEmpty() ? String.join(", ", m.authors()) : m.byline());
      p.put("published", m.published());
      p.put("lang", m.language());
      p.put("siteName", m.site());
      p.put("description", m.description());
      p.put("image", m.image());
      p.put("source", m.source());
      p.put("tags", String.join(", ", m.tags()));
    }
    // warm passes for the speed figure; the last one counts
    long warm = 0;
    for (int pass = 0; pass < 5; pass++) warm = timedPass(dirs);
    Files.createDirectories(out.toAbsolutePath().getParent());
    json.writeValue(out.toFile(), all);
    System.out.printf("%d pages, %.1f ms per page cold, %.1f ms warm (charset + parse + metadata)%n", dirs.size(),
        nanos / 1e6 / Math.max(1, dirs.size()), warm / 1e6 / Math.max(1, dirs.size()));
  }

  private static long timedPass(List<Path> dirs) throws IOException {
    long nanos = 0;
    for (Path dir : dirs) {
      Source source = Source.of(dir.getFileName().toString(), read(dir)).withLocation(FIXTURE_URL);
      long t0 = System.nanoTime();
      HtmlMetadata.extract(HtmlCharset.parse(source), source);
      nanos += System.nanoTime() - t0;
    }
    return nanos;
  }

  private static byte[] read(Path dir) throws IOException {
    Path file = Files.isDirectory(dir) ? dir.resolve("source.html") : dir;
    byte[] bytes = Files.readAllBytes(file);
    if (!file.toString().endsWith(".gz")) return bytes;
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }
}
