package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.offprint.model.Document;

/** The built-in warm-up article reaches the reader's main paths, so warming up with it loads what a page needs. */
class WarmUpTest {
  @Test
  void theBuiltInArticleIsReadWithItsMetadataAndEveryKindOfBlock() {
    Document d = WarmUp.read();
    assertEquals("A short note on start-up", d.metadata().title());
    assertEquals(List.of("Ada Example"), d.metadata().authors());
    assertEquals("The Warm-up Gazette", d.metadata().site());
    assertTrue(d.metadata().published().startsWith("2026-01-12"), d.metadata().published());
    Set<String> kinds = d.blocks().stream().map(b -> b.getClass().getSimpleName()).collect(Collectors.toSet());
    for (String kind : List.of("Paragraph", "Heading", "ListBlock", "Quote", "Table", "CodeBlock")) {
      assertTrue(kinds.contains(kind), kind + " in " + kinds);
    }
    assertEquals(1, d.footnotes().size());
    String text = d.blocks().toString();
    for (String chrome : List.of("Home", "Share", "Another story", "©")) {
      assertTrue(!text.contains(chrome), "chrome '" + chrome + "' left in " + text);
    }
  }

  @Test
  void warmsUpOnlyWithACoreToSpare() {
    assertTrue(WarmUp.spareCore(0.3, 2));
    assertTrue(!WarmUp.spareCore(1.2, 2), "two cores, one busy on average: no room");
    assertTrue(!WarmUp.spareCore(11.0, 2));
    assertTrue(WarmUp.spareCore(2.5, 4));
    assertTrue(!WarmUp.spareCore(0.0, 1), "one core: never");
    assertTrue(WarmUp.spareCore(-1, 2), "load unknown: the cores decide");
    double now = WarmUp.loadAverage();
    assertTrue(now >= 0 || !java.nio.file.Files.exists(java.nio.file.Path.of("/proc/loadavg")), "read: " + now);
  }
}
