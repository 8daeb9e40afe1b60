package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One input that fails, even by a bug, is reported for itself, and the batch goes on to the others. */
class BatchTest {
  @TempDir Path dir;

  @Test
  void aBugOnOneInputIsOneLineNamingItAndTheOthersAreDone() {
    List<String> done = new ArrayList<>();
    StringWriter err = new StringWriter();
    int exit = Batch.run(List.of("a.html", "b.html", "c.html"), input -> {
      if (input.equals("b.html")) throw new IllegalArgumentException("count is negative: -1");
      done.add(input);
    }, new PrintWriter(err, true), false, new JsonReport());
    assertEquals(List.of("a.html", "c.html"), done);
    assertEquals(ExitCodes.SOFTWARE, exit);
    List<String> lines = err.toString().lines().toList();
    assertEquals(1, lines.size(), err.toString());
    assertTrue(lines.get(0).startsWith("offprint: b.html: internal error: java.lang.IllegalArgumentException"), lines.get(0));
  }

  @Test
  void theFirstFailureGivesTheExitCode() {
    StringWriter err = new StringWriter();
    int exit = Batch.run(List.of("a", "b"), input -> {
      if (input.equals("a")) throw new org.offprint.read.InputException("a", "is empty");
      throw new StackOverflowError();
    }, new PrintWriter(err, true), false, new JsonReport());
    assertEquals(ExitCodes.INPUT, exit);
    assertEquals(2, err.toString().lines().count(), err.toString());
  }

  @Test
  void aTableWithAnEmptyHeaderColumnNoLongerStopsABatch() throws IOException {
    Path a = Files.writeString(dir.resolve("a.md"), "# A\n\nThe first article.\n");
    Path t = Files.writeString(dir.resolve("table.md"), "# T\n\n|   | Tonnes |\n|---|---:|\n|   | 412 |\n");
    Path c = Files.writeString(dir.resolve("c.md"), "# C\n\nThe last article.\n");
    Path out = dir.resolve("out");
    CliRun r = CliRun.run("convert", a.toString(), t.toString(), c.toString(), "--to", "txt", "-d", out.toString());
    assertEquals(0, r.exit, r.err);
    assertFalse(r.err.contains("internal error"), r.err);
    assertTrue(Files.readString(out.resolve("table.txt")).contains("412"));
    assertTrue(Files.exists(out.resolve("c.txt")));
  }
}
