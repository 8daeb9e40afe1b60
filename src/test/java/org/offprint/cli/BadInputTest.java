package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs give one line naming the input and the problem, exit code 3, no trace and no output file. */
class BadInputTest {
  @TempDir Path dir;

  private void assertRejected(Path input, String problem) throws IOException {
    Path out = dir.resolve("out");
    CliRun r = CliRun.run("convert", input.toString(), "--to", "epub,md", "-d", out.toString());
    assertEquals(ExitCodes.INPUT, r.exit, r.err);
    String[] lines = r.err.strip().split("\n");
    assertEquals(1, lines.length, "one line: " + r.err);
    assertTrue(lines[0].startsWith("offprint: " + input + ": "), r.err);
    assertTrue(lines[0].contains(problem), r.err);
    assertFalse(r.err.contains("Exception"), r.err);
    assertTrue(!Files.exists(out) || isEmpty(out), "no output written");
  }

  private static boolean isEmpty(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.findAny().isEmpty();
    }
  }

  @Test
  void missingFile() throws IOException {
    assertRejected(dir.resolve("nope.html"), "no such file");
  }

  @Test
  void directory() throws IOException {
    Path d = Files.createDirectory(dir.resolve("folder.html"));
    assertRejected(d, "is a directory");
  }

  @Test
  void emptyFile() throws IOException {
    assertRejected(Files.write(dir.resolve("empty.html"), new byte[0]), "is empty");
  }

  @Test
  void whitespaceOnlyFile() throws IOException {
    assertRejected(Files.writeString(dir.resolve("blank.html"), " \n\t \n"), "is empty");
  }

  @Test
  void binaryJunk() throws IOException {
    byte[] junk = new byte[20_000];
    new Random(42).nextBytes(junk);
    assertRejected(Files.write(dir.resolve("junk.html"), junk), "binary");
  }

  @Test
  void pngNamedHtml() throws IOException {
    assertRejected(Files.write(dir.resolve("photo.html"), org.offprint.model.Fixtures.png(64, 64)), "binary");
  }

  @Test
  void damagedGzip() throws IOException {
    byte[] gz = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3};
    assertRejected(Files.write(dir.resolve("page.html.gz"), gz), "gzip");
  }

  @Test
  void debugPrintsTheStackTrace() throws IOException {
    CliRun r = CliRun.run("convert", dir.resolve("nope.html").toString(), "--to", "md", "-d", dir.toString(), "--debug");
    assertEquals(ExitCodes.INPUT, r.exit);
  }
}
