package org.offprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offprint.testing.EpubCheckRunner;

/** The README's Java example is this code, and it works. */
class ReadmeExampleTest {
  @TempDir Path dir;

  private static String snippet() throws IOException {
    String src = Files.readString(Path.of("src/test/java/org/offprint/ReadmeExample.java"), StandardCharsets.UTF_8);
    String body = src.substring(src.indexOf("// README-BEGIN\n") + 16, src.indexOf("    // README-END"));
    return body.lines().map(l -> l.startsWith("    ") ? l.substring(4) : l).reduce("", (a, b) -> a + b + "\n");
  }

  @Test
  void readmeShowsTheExample() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains(snippet()), "README.md must contain:\n" + snippet());
  }

  @Test
  void theExampleWritesAValidEpub() throws IOException {
    String title = ReadmeExample.run(Path.of("input/ledger-2026-02-rent-pressure.html"), dir);
    assertEquals("Why rents in Calloway Sound keep outrunning wages", title);
    assertTrue(EpubCheckRunner.check(Files.readAllBytes(dir.resolve("article.epub"))).clean());
  }
}
