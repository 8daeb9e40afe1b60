package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs land whole, in the run's folder, or not at all. */
class OutputsTest {
  @TempDir Path dir;

  private Invocation run(boolean cancelled) {
    PrintStream nowhere = new PrintStream(java.io.OutputStream.nullOutputStream());
    return new Invocation(dir, Map.of(), new ByteArrayInputStream(new byte[0]), nowhere, nowhere, false,
        () -> cancelled);
  }

  @Test
  void writesARelativeTargetInTheRunsFolder() throws IOException {
    Outputs.write(Path.of("out/a.txt"), run(false), Set.of(),
        out -> out.write("text".getBytes(StandardCharsets.UTF_8)), new Outputs.PendingSideFiles());
    assertEquals("text", Files.readString(dir.resolve("out/a.txt")));
  }

  @Test
  void aCancelledRunPutsNothingInPlace() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "before");
    OutputException e = assertThrows(OutputException.class, () -> Outputs.write(Path.of("a.txt"), run(true),
        Set.of(), out -> out.write("after".getBytes(StandardCharsets.UTF_8)), new Outputs.PendingSideFiles()));
    assertTrue(e.getMessage().startsWith("a.txt: "), e.getMessage());
    assertEquals("before", Files.readString(dir.resolve("a.txt")), "the old file is untouched");
    try (var files = Files.list(dir)) {
      assertEquals(List.of(dir.resolve("a.txt")), files.toList(), "no partial file is left");
    }
  }
}
