package org.offprint.bench.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The pages the JMH benchmarks walk, parsed by jsoup: the repository's samples ({@code input/*.html} and the test
 * resources' HTML), or, when the system property {@code offprint.jmh.corpus} names a folder of
 * {@code *.html.gz} pages (e.g. {@code ../shared/corpus/scrapinghub-dev/html}), its first 60 pages, which are
 * real sites and ten times larger.
 */
public final class Pages {
  private Pages() {}

  public static List<Document> load() throws IOException {
    String corpus = System.getProperty("offprint.jmh.corpus", "");
    List<Path> files = corpus.isEmpty() ? repoPages() : corpusPages(Path.of(corpus));
    List<Document> docs = new ArrayList<>();
    for (Path f : files) {
      byte[] bytes;
      try (InputStream in = f.toString().endsWith(".gz")
          ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
        bytes = in.readAllBytes();
      }
      docs.add(Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "https://example.org/"));
    }
    if (docs.isEmpty()) throw new IOException("no pages found (run from the repository root)");
    return docs;
  }

  private static List<Path> repoPages() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String dir : List.of("input", "src/test/resources")) {
      try (Stream<Path> s = Files.walk(Path.of(dir))) {
        s.filter(p -> p.toString().endsWith(".html")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  private static List<Path> corpusPages(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".html.gz")).sorted().limit(60).toList();
    }
  }
}
