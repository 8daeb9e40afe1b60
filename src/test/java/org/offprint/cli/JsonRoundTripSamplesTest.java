package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A round trip through JSON changes no byte: every sample (input/ and the test resources' pages and text dumps,
 * plus a page and a Markdown file of this test's own with what the samples lack: metadata extra, aligned and
 * spanning cells, code languages, a local figure whose path holds a space), converted directly and converted to JSON then from JSON, gives the same EPUB, PDF, Markdown, HTML and text, and
 * the same image files beside the Markdown and HTML. The JSON lies beside its page, so the image policy is the
 * page's own (its folder).
 */
class JsonRoundTripSamplesTest {
  static final List<String> FORMATS = List.of("epub", "pdf", "md", "html", "txt");
  /** The folders of samples; their .html, .md and .txt files are the inputs. */
  static final Map<String, Path> GROUPS = new TreeMap<>(Map.of(
      "input", Path.of("input"),
      "hard", Path.of("src/test/resources/samples/hard"),
      "meta", Path.of("src/test/resources/samples/meta"),
      "extraction", Path.of("src/test/resources/samples/extraction"),
      "textdumps", Path.of("src/test/resources/textdumps"),
      "features", Path.of("features")));

  @TempDir static Path work;
  static Map<String, String> env;
  static final Map<String, String> directErr = new HashMap<>();
  static final Map<String, String> viaErr = new HashMap<>();

  static List<Path> inputs(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.toString().matches(".*\\.(html|md|txt)$")).sorted().toList();
    }
  }

  static Stream<Arguments> samples() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (Map.Entry<String, Path> g : GROUPS.entrySet()) {
      List<String> names = g.getKey().equals("features") ? List.of("features.html", "features-notes.md")
          : inputs(g.getValue()).stream().map(p -> p.getFileName().toString()).toList();
      for (String name : names) out.add(Arguments.of(g.getKey(), name.substring(0, name.lastIndexOf('.'))));
    }
    return out.stream();
  }

  private static CliRun run(List<String> args) {
    return CliRun.in(Path.of(""), env, new byte[0], args.toArray(String[]::new));
  }

  /**
   * What no sample page has, in a page and a Markdown file of this test's own: metadata {@code extra}, cell
   * alignment and spans, a code language, notes and a local figure in a subfolder.
   */
  static void writeFeaturePages(Path folder) throws IOException {
    Files.createDirectories(folder.resolve("features_files"));
    Files.write(folder.resolve("features_files/chart one.png"), org.offprint.model.Fixtures.png(300, 200));
    String words = "The survey counted boats, nets and crews along the coast for three winters in a row. ";
    Files.writeString(folder.resolve("features.html"), """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Counting the boats</title>
        <meta name="author" content="Mara Ellison"></head><body><article><h1>Counting the boats</h1>
        <p>%s<sup><a href="#fn1" id="r1">1</a></sup></p>
        <figure><img src="features_files/chart%%20one.png" alt="A chart"><figcaption>Boats per winter</figcaption></figure>
        <p>%s</p>
        <table><caption>Boats</caption><thead><tr><th align="left">Port</th><th style="text-align:right">2024</th>
        <th style="text-align:center">2025</th></tr></thead><tbody><tr><td rowspan="2">Aldwick</td><td>12</td><td>14</td></tr>
        <tr><td colspan="2">closed for repairs</td></tr></tbody></table>
        <pre><code class="language-python">print("boats")
</code></pre>
        <p>%s</p>
        <ol start="4"><li>fourth</li><li>fifth</li></ol>
        <ol class="footnotes"><li id="fn1">Harbour records, 2025. <a href="#r1">↩</a></li></ol>
        </article></body></html>
        """.formatted(words.repeat(3), words.repeat(4), words.repeat(3)));
    Files.writeString(folder.resolve("features-notes.md"), """
        ---
        title: Notes on the count
        authors: [Mara Ellison]
        date: 2025-03-04
        section: Coast
        edition: second
        ---

        The count[^1] went on through March, with a table:

        | Port | Boats |
        |:-----|------:|
        | Aldwick | 12 |

        ```rust
        fn main() {}
        ```

        ![A chart](features_files/chart%20one.png "the chart")

        [^1]: Made by the harbour office.
        """);
  }

  @BeforeAll
  static void convertDirectlyAndThroughJson() throws IOException {
    env = new HashMap<>(System.getenv());
    env.put("SOURCE_DATE_EPOCH", "1700000000");
    for (Map.Entry<String, Path> g : GROUPS.entrySet()) {
      Path pages = work.resolve("pages").resolve(g.getKey());
      if (g.getKey().equals("features")) writeFeaturePages(pages);
      else copy(g.getValue(), pages);
      List<String> in = new ArrayList<>();
      List<String> json = new ArrayList<>();
      for (Path p : inputs(pages)) {
        in.add(p.toString());
        String name = p.getFileName().toString();
        json.add(pages.resolve(name.substring(0, name.lastIndexOf('.')) + ".json").toString());
      }
      List<String> direct = new ArrayList<>(List.of("convert"));
      direct.addAll(in);
      direct.addAll(List.of("--to", String.join(",", FORMATS), "-d", work.resolve("direct").resolve(g.getKey()).toString()));
      CliRun d = run(direct);
      assertEquals(0, d.exit, d.err);
      directErr.put(g.getKey(), d.err);

      List<String> toJson = new ArrayList<>(List.of("convert"));
      toJson.addAll(in);
      toJson.addAll(List.of("--to", "json", "-d", pages.toString(), "-q"));
      CliRun j = run(toJson);
      assertEquals(0, j.exit, j.err);

      List<String> via = new ArrayList<>(List.of("convert"));
      via.addAll(json);
      via.addAll(List.of("--to", String.join(",", FORMATS), "-d", work.resolve("via").resolve(g.getKey()).toString()));
      CliRun v = run(via);
      assertEquals(0, v.exit, v.err);
      viaErr.put(g.getKey(), v.err);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
  }

  /** {@return every output file of one sample: its file in each format and the files beside them, by path} */
  private static Map<String, byte[]> outputs(Path folder, String stem) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = folder.relativize(p).toString();
        if (rel.startsWith(stem + ".") || rel.startsWith(stem + "_files/")) out.put(rel, Files.readAllBytes(p));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("samples")
  void everyFormatIsByteIdentical(String group, String stem) throws IOException {
    Map<String, byte[]> direct = outputs(work.resolve("direct").resolve(group), stem);
    Map<String, byte[]> via = outputs(work.resolve("via").resolve(group), stem);
    for (String f : FORMATS) assertTrue(direct.containsKey(stem + "." + f), stem + "." + f + " written");
    assertEquals(direct.keySet(), via.keySet(), "the same files");
    for (String name : direct.keySet()) {
      assertArrayEquals(direct.get(name), via.get(name), group + "/" + name + " differs after a JSON round trip");
    }
  }

  @Test
  void theFeaturePagesHoldWhatTheyAreThereFor() throws IOException {
    Path pages = work.resolve("pages").resolve("features");
    String page = Files.readString(pages.resolve("features.json"));
    String notes = Files.readString(pages.resolve("features-notes.json"));
    for (String s : List.of("\"align\" : \"right\"", "\"align\" : \"center\"", "\"colspan\" : 2", "\"rowspan\" : 2",
        "\"language\" : \"python\"", "\"type\" : \"noteref\"", "\"start\" : 4",
        "\"src\" : \"file:" + pages.toAbsolutePath().toUri().getRawPath() + "features_files/chart%20one.png\"")) {
      assertTrue(page.contains(s), "features.json holds " + s + ":\n" + page);
    }
    for (String s : List.of("\"edition\" : \"second\"", "\"section\" : \"Coast\"", "\"language\" : \"rust\"",
        "\"type\" : \"figure\"", "\"type\" : \"noteref\"", "features_files/chart%20one.png")) {
      assertTrue(notes.contains(s), "features-notes.json holds " + s + ":\n" + notes);
    }
    assertFalse(outputs(work.resolve("via").resolve("features"), "features").keySet().stream()
        .filter(n -> n.startsWith("features.assets/")).toList().isEmpty(), "the local figure is in the outputs");
  }

  @Test
  void localImagesTravelThroughTheJsonAndNoNewWarningAppears() throws IOException {
    // the pictures are really there (a round trip that lost them on both paths would also be "identical")
    assertFalse(outputs(work.resolve("via").resolve("input"), "lumen-frozen-lake-microbes").keySet().stream()
        .filter(n -> n.startsWith("lumen-frozen-lake-microbes.assets/")).toList().isEmpty());
    assertFalse(outputs(work.resolve("via").resolve("meta"), "kestrel-ridge-walk").keySet().stream()
        .filter(n -> n.startsWith("kestrel-ridge-walk.assets/")).toList().isEmpty());
    for (String g : GROUPS.keySet()) {
      List<String> direct = List.of(directErr.get(g).replaceAll(INPUT_EXTENSION, ": ").split("\n"));
      for (String line : viaErr.get(g).replaceAll(INPUT_EXTENSION, ": ").split("\n")) {
        if (!line.isBlank()) assertTrue(direct.contains(line), "a warning only after the JSON round trip: " + line);
      }
    }
  }

  /** The extension of an input's name in a message, which differs between the page and its JSON. */
  private static final String INPUT_EXTENSION = "\\.(json|html|md|txt): ";
}
