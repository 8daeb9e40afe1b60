package org.offprint.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Golden tests compare unless asked to update: an environment variable such as GOLDEN_UPDATE=0 must not rewrite. */
class GoldensTest {
  @Test
  void goldensUpdateOnlyWhenTheSystemPropertyAsks() throws IOException {
    if (System.getProperty("golden.update") == null) assertFalse(Goldens.update());
    List<String> readers;
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      readers = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("GoldensTest.java"))
          .filter(p -> {
            try {
              String s = Files.readString(p);
              return s.contains("GOLDEN_UPDATE") || s.contains("\"golden.update\"") && !p.endsWith("Goldens.java");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .map(Path::toString).sorted().toList();
    }
    assertEquals(List.of(), readers, "golden tests must ask Goldens.update()");
  }

  @Test
  void firstDifferenceNamesTheLineAndBothSides() {
    assertEquals("line 2\n  golden: b\n  actual: B", Goldens.firstDifference("a\nb\nc", "a\nB\nc"));
    assertEquals("line 3\n  golden: <end of file>\n  actual: c", Goldens.firstDifference("a\nb", "a\nb\nc"));
  }

  @Test
  void checkFailsOnAChangeAndLeavesTheGoldenAlone(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    org.junit.jupiter.api.Assumptions.assumeFalse(Goldens.update(), "compares only when not updating");
    Path golden = dir.resolve("g.txt");
    Files.writeString(golden, "same\n");
    Goldens.check(golden, "same\n");
    AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> Goldens.check(golden, "other\n"));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    assertEquals("same\n", Files.readString(golden));
    org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> Goldens.check(dir.resolve("missing.txt"), "x"));
  }
}
