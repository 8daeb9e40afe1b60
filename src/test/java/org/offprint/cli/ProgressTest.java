package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The bar is redrawn in place: a line wider than the terminal would wrap, and every redraw would scroll. */
class ProgressTest {
  private static String draw(int columns, int total) {
    StringWriter out = new StringWriter();
    Progress p = new Progress(new PrintWriter(out), true, false, "reading", total, false, columns);
    for (int i = 0; i < total; i++) p.step();
    return out.toString();
  }

  @Test
  void everyRedrawFitsTheTerminal() {
    for (int columns : new int[] {10, 20, 30, 40, 60, 80, 200}) {
      String drawn = draw(columns, 1234);
      for (String line : drawn.split("[\r\n]")) {
        assertTrue(line.length() < columns, columns + " columns: '" + line + "'");
      }
      assertTrue(drawn.contains("1234/1234"), drawn.substring(drawn.length() - 40));
    }
  }

  @Test
  void aWideTerminalGetsTheWholeBar() {
    String drawn = draw(80, 4);
    assertEquals("\rreading [#######                       ] 1/4", drawn.substring(0, drawn.indexOf("\r", 1)));
  }

  @Test
  void theWidthComesFromColumnsWhenTheShellExportsIt() {
    Invocation run = Invocation.of(java.nio.file.Path.of(""), java.util.Map.of("COLUMNS", "42"),
        java.io.InputStream.nullInputStream(), System.out, System.err);
    assertEquals(42, Progress.columns(run));
  }
}
