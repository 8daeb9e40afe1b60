package org.offprint.read.text;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.read.Source;

/** Large and odd dumps must not make the reader crawl (each stage is linear or close to it). */
class HostileTextTest {
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void twentyThousandMixedLines() throws Exception {
    String[] kinds = {"Share", "Tags: a, b, c", "Home | News | World", "Read more",
        "The harbour reopened on Saturday after three months of repairs, and the first auction was early.",
        "- an item", "1. an item", "Sub heading here", "\"A quote in marks.\"", "— Somebody", "…teaser text that "
        + "goes on for a while…", "4 March 2023", "", "", "> quoted line", "x".repeat(3000)};
    Random r = new Random(7);
    StringBuilder sb = new StringBuilder("Title\n\n");
    for (int i = 0; i < 20_000; i++) sb.append(kinds[r.nextInt(kinds.length)]).append('\n');
    Document d = TextReader.create().read(Source.of("big.txt", sb.toString().getBytes(StandardCharsets.UTF_8)),
        Diagnostics.IGNORE);
    assertFalse(d.blocks().isEmpty());
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void oneHugeLineAndDeepIndentation() throws Exception {
    StringBuilder sb = new StringBuilder("A title\n\n");
    sb.append("word, ".repeat(200_000)).append(".\n");
    for (int i = 0; i < 2000; i++) sb.append(" ".repeat(i % 200)).append("- item ").append(i).append('\n');
    Document d = TextReader.create().read(Source.of("odd.txt", sb.toString().getBytes(StandardCharsets.UTF_8)),
        Diagnostics.IGNORE);
    assertFalse(d.blocks().isEmpty());
  }
}
