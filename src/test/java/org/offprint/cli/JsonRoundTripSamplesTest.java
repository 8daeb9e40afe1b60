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
 * A round trip through JSON changes no byte: every sample (input/ and the test resources' pages and text dumps),
 * converted directly and converted to JSON then from JSON, gives the same EPUB, PDF, Markdown, HTML and text, and
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
      "textdumps", Path.of("src/test/resources/textdumps")));

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
      for (Path p : inputs(g.getValue())) {
        String name = p.getFileName().toString();
        out.add(Arguments.of(g.getKey(), name.substring(0, name.lastIndexOf('.'))));
      }
    }
    return out.stream();
  }

  private static CliRun run(List<String> args) {
    return CliRun.in(Path.of(""), env, new byte[0], args.toArray(String[]::new));
  }

  @BeforeAll
  static void convertDirectlyAndThroughJson() throws IOException {
    env = new HashMap<>(System.getenv());
    env.put("SOURCE_DATE_EPOCH", "1700000000");
    for (Map.Entry<String, Path> g : GROUPS.entrySet()) {
      Path pages = work.resolve("pages").resolve(g.getKey());
      copy(g.getValue(), pages);
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
  void localImagesTravelThroughTheJsonAndNoNewWarningAppears() throws IOException {
    // the pictures are really there (a round trip that lost them on both paths would also be "identical")
    assertFalse(outputs(work.resolve("via").resolve("input"), "lumen-frozen-lake-microbes").keySet().stream()
        .filter(n -> n.startsWith("lumen-frozen-lake-microbes_files/")).toList().isEmpty());
    assertFalse(outputs(work.resolve("via").resolve("meta"), "kestrel-ridge-walk").keySet().stream()
        .filter(n -> n.startsWith("kestrel-ridge-walk_files/")).toList().isEmpty());
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
