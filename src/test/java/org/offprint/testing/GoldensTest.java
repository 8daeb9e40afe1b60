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
}
