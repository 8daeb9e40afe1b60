package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved page with many remote images: a few lines and a count on the terminal, each one with -v and in JSON. */
class RepeatedWarningsTest {
  @TempDir Path work;

  private Path page() throws IOException {
    StringBuilder b = new StringBuilder("<html><head><title>Many pictures</title></head><body><article>"
        + "<h1>Many pictures</h1>");
    for (int i = 0; i < 10; i++) {
      b.append("<p>").append("Paragraph ").append(i).append(" of an article with pictures in it. ".repeat(6))
          .append("</p><figure><img src=\"https://images.example.com/photo-").append(i)
          .append(".jpg\" alt=\"Photo ").append(i).append("\"></figure>");
    }
    return Files.writeString(work.resolve("many.html"), b.append("</article></body></html>").toString());
  }

  private static long count(String err, String text) {
    return err.lines().filter(l -> l.contains(text)).count();
  }

  @Test
  void printsThreeRefusalsOfAKindAndHowManyMore() throws IOException {
    Path page = page();
    CliRun run = CliRun.run("convert", page.toString(), "--to", "epub", "-d", work.toString());
    assertEquals(0, run.exit, run.err);
    assertEquals(3, count(run.err, "remote image not fetched (network access is off; allow it with --fetch-images): https://"),
        run.err);
    assertTrue(run.err.contains(page + ": 7 more of these (-v lists each): remote image not fetched (network access is"
        + " off; allow it with --fetch-images)"), run.err);

    CliRun verbose = CliRun.run("convert", page.toString(), "--to", "epub", "-d", work.toString(), "-v");
    assertEquals(10, count(verbose.err, "remote image not fetched"), verbose.err);

    CliRun json = CliRun.run("convert", page.toString(), "--to", "epub", "-d", work.toString(), "--json", "-q");
    assertEquals(10, json.out.split("remote image not fetched", -1).length - 1, json.out);
  }
}
