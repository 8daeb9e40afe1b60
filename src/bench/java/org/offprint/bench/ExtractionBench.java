package org.offprint.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;
import org.offprint.model.Diagnostics;
import org.offprint.read.Source;
import org.offprint.read.html.HtmlReader;
import org.offprint.transform.Transforms;

/**
 * Extracts the article body of every page of a corpus folder ({@code html/<id>.html.gz}, {@code ids.txt},
 * {@code ground-truth.json}) with offprint, Readability4J and boilerpipe in one JVM, writes one prediction file
 * per extractor ({@code {id: {"articleBody": text}}}) and prints each one's warm pages per second on one thread:
 * one pass gives the predictions, three more warm the JIT up, then the timed passes run in turns.
 *
 * <p>Usage: {@code ExtractionBench CORPUS_DIR OUT_DIR [TIMED_PASSES] [EXTRACTORS]}
 */
public final class ExtractionBench {
  /** Untimed passes after the first (which gives the predictions), so that the JIT has settled. */
  private static final int WARM_UP_PASSES = Integer.getInteger("bench.warmups", 3);

  private ExtractionBench() {}

  /** One extractor under test: page bytes and URL in, plain text out. */
  interface Extractor {
    String extract(byte[] html, String url) throws Exception;
  }

  record Page(String id, String url, byte[] html) {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/scrapinghub-dev");
    Path out = Path.of(args.length > 1 ? args[1] : "target/bench/extraction");
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    String which = args.length > 3 ? args[3] : "offprint,readability4j,boilerpipe";
    Files.createDirectories(out);
    List<Page> pages = load(corpus);
    Map<String, Extractor> extractors = new LinkedHashMap<>();
    HtmlReader reader = HtmlReader.create();
    extractors.put("offprint", (html, url) -> {
      Source s = Source.of("page", html);
      if (!url.isEmpty()) s = s.withLocation(URI.create(url));
      // as a user gets it: the reader, then the transform stage every document goes through
      return PlainText.of(Transforms.apply(reader.read(s, Diagnostics.IGNORE), "page", Diagnostics.IGNORE));
    });
    extractors.put("readability4j", (html, url) ->
        new Readability4J(url.isEmpty() ? "http://localhost/" : url, new String(html, StandardCharsets.UTF_8))
            .parse().getTextContent());
    extractors.put("boilerpipe", (html, url) ->
        ArticleExtractor.INSTANCE.getText(new String(html, StandardCharsets.UTF_8)));
    ObjectMapper json = new ObjectMapper();
    extractors.keySet().removeIf(name -> !which.contains(name));
    for (Map.Entry<String, Extractor> en : extractors.entrySet()) {
      ObjectNode predictions = json.createObjectNode();
      int failures = 0;
      for (Page p : pages) { // the warm-up pass, which also gives the predictions
        String text;
        try {
          text = en.getValue().extract(p.html(), p.url());
        } catch (Exception | StackOverflowError e) {
          failures++;
          text = "";
        }
        predictions.putObject(p.id()).put("articleBody", text == null ? "" : text);
      }
      if (failures > 0) System.out.println(en.getKey() + ": " + failures + " pages failed");
      json.writerWithDefaultPrettyPrinter().writeValue(out.resolve(en.getKey() + ".json").toFile(), predictions);
    }
    if (passes == 0) return; // predictions only: no timing
    // Warm-up passes, untimed, in turns: one pass leaves the JIT still compiling (on one core it competes with
    // the timed work), which costs an extractor of many stages more than a small one. JMH warms up too.
    for (int i = 0; i < WARM_UP_PASSES; i++) {
      for (Extractor x : extractors.values()) {
        for (Page p : pages) {
          try {
            x.extract(p.html(), p.url());
          } catch (Exception | StackOverflowError e) {
            // counted in the first pass
          }
        }
      }
    }
    // Timed passes take turns between the extractors, so that load from elsewhere on the machine falls on all
    // of them alike.
    Map<String, Long> nanos = new LinkedHashMap<>();
    Map<String, Long> cpuNanos = new LinkedHashMap<>();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < passes; i++) {
      for (Map.Entry<String, Extractor> en : extractors.entrySet()) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (Page p : pages) {
          try {
            en.getValue().extract(p.html(), p.url());
          } catch (Exception | StackOverflowError e) {
            // counted in the warm-up pass
          }
        }
        nanos.merge(en.getKey(), System.nanoTime() - start, Long::sum);
        cpuNanos.merge(en.getKey(), threads.getCurrentThreadCpuTime() - cpuStart, Long::sum);
      }
    }
    for (Map.Entry<String, Long> en : nanos.entrySet()) {
      double seconds = en.getValue() / 1e9;
      System.out.printf("%-14s %7.1f pages/s  (%d pages x %d timed passes, %.2f s)%n", en.getKey(),
          passes * pages.size() / seconds, pages.size(), passes, seconds);
    }
    if (nanos.containsKey("offprint") && nanos.containsKey("readability4j")) {
      System.out.printf("speed ratio offprint / readability4j: %.2fx (in thread CPU time, which other jobs on the"
          + " machine disturb less: %.2fx)%n", (double) nanos.get("readability4j") / nanos.get("offprint"),
          (double) cpuNanos.get("readability4j") / cpuNanos.get("offprint"));
    }
    if (extractors.containsKey("offprint")) bigPages(pages, extractors.get("offprint"));
  }

  /** Pages of about a megabyte or more: each one's median time over several warm runs, and the time per MB. */
  private static void bigPages(List<Page> pages, Extractor offprint) throws Exception {
    for (Page p : pages) {
      if (p.html().length < 900_000) continue;
      long[] runs = new long[15];
      for (int i = 0; i < runs.length; i++) {
        long start = System.nanoTime();
        offprint.extract(p.html(), p.url());
        runs[i] = System.nanoTime() - start;
      }
      java.util.Arrays.sort(runs);
      double ms = runs[runs.length / 2] / 1e6;
      double mb = p.html().length / 1e6;
      System.out.printf("offprint, %.2f MB page %s: %.1f ms median of %d (%.1f ms per MB)%n", mb,
          p.id().substring(0, 8), ms, runs.length, ms / mb);
    }
  }

  static List<Page> load(Path corpus) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode truth = json.readTree(corpus.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (String id : Files.readAllLines(corpus.resolve("ids.txt"))) {
      id = id.trim();
      if (id.isEmpty() || id.startsWith("#")) continue;
      Path file = corpus.resolve("html").resolve(id + ".html.gz");
      byte[] html;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        in.transferTo(buf);
        html = buf.toByteArray();
      }
      JsonNode t = truth.get(id);
      String url = t != null && t.has("url") ? t.get("url").asText("") : "";
      pages.add(new Page(id, url, html));
    }
    return pages;
  }
}
