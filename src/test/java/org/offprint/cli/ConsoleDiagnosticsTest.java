package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Warnings of one kind about one input: the first few printed, the rest counted, each with -v. */
class ConsoleDiagnosticsTest {
  private static List<String> lines(StringWriter w) {
    return w.toString().lines().toList();
  }

  @Test
  void printsTheFirstFewOfAKindAndThenHowManyMore() {
    StringWriter w = new StringWriter();
    ConsoleDiagnostics d = new ConsoleDiagnostics(new PrintWriter(w), false, false);
    for (int i = 0; i < 10; i++) d.warn("a.html", "remote image not fetched (network access is off): https://x/" + i);
    d.warn("a.html", "image not found: img/1.png");
    d.summarise("a.html");
    assertEquals(List.of(
        "offprint: warning: a.html: remote image not fetched (network access is off): https://x/0",
        "offprint: warning: a.html: remote image not fetched (network access is off): https://x/1",
        "offprint: warning: a.html: remote image not fetched (network access is off): https://x/2",
        "offprint: warning: a.html: image not found: img/1.png",
        "offprint: warning: a.html: 7 more of these (-v lists each): remote image not fetched (network access is off)"),
        lines(w));
    assertEquals(11, d.warnings());
    assertEquals(11, d.all().size());
  }

  @Test
  void countsEachInputApartAndStartsAgainAfterASummary() {
    StringWriter w = new StringWriter();
    ConsoleDiagnostics d = new ConsoleDiagnostics(new PrintWriter(w), false, false);
    for (int i = 0; i < 4; i++) d.warn("a.html", "image not found: " + i);
    for (int i = 0; i < 3; i++) d.warn("b.html", "image not found: " + i);
    d.summariseAll();
    d.summariseAll(); // nothing left to say
    for (int i = 0; i < 2; i++) d.warn("a.html", "image not found: again " + i);
    List<String> lines = lines(w);
    assertEquals(3 + 3 + 1 + 2, lines.size(), String.join("\n", lines));
    assertEquals("offprint: warning: a.html: 1 more of these (-v lists each): image not found", lines.get(6));
  }

  @Test
  void verbosePrintsEveryWarningAndQuietNone() {
    StringWriter loud = new StringWriter();
    StringWriter silent = new StringWriter();
    ConsoleDiagnostics v = new ConsoleDiagnostics(new PrintWriter(loud), false, true);
    ConsoleDiagnostics q = new ConsoleDiagnostics(new PrintWriter(silent), true, false);
    for (int i = 0; i < 10; i++) {
      v.warn("a.html", "image not found: " + i);
      q.warn("a.html", "image not found: " + i);
    }
    v.summarise("a.html");
    q.summarise("a.html");
    assertEquals(10, lines(loud).size());
    assertEquals("", silent.toString());
    assertEquals(10, q.warnings());
  }

  @Test
  void aKindIsTheMessageWithoutItsLastPart() {
    assertEquals("malformed file: URI ignored", ConsoleDiagnostics.kind("malformed file: URI ignored: file:/x"));
    assertEquals("no article text; left out of the book", ConsoleDiagnostics.kind("no article text; left out of the book"));
  }
}
