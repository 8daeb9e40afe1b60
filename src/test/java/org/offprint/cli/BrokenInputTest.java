package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and enormous pages are converted or rejected with one line, within seconds, never with a stack
 * trace, StackOverflowError or OutOfMemoryError.
 */
class BrokenInputTest {
  @TempDir Path dir;

  private static final String PARA = "<p>A sentence of the article, long enough to count as prose, about the tide and the town.</p>\n";

  private CliRun convert(String name, byte[] page, String formats) throws IOException {
    Path in = Files.write(dir.resolve(name), page);
    CliRun r = CliRun.run("convert", in.toString(), "--to", formats, "-d", dir.resolve("out").toString(), "-q");
    assertFalse(r.err.contains("Exception") || r.err.contains("Error:") || r.err.contains("\tat "), r.err);
    assertTrue(r.exit == 0 || r.exit == ExitCodes.INPUT, "converted or rejected: exit " + r.exit + " " + r.err);
    if (r.exit != 0) assertEquals(1, r.err.strip().split("\n").length, r.err);
    return r;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void truncatedPage() throws IOException {
    String page = "<html><head><title>Cut</title></head><body><article>" + PARA.repeat(20) + "<p>And then the page st";
    assertEquals(0, convert("cut.html", utf8(page), "epub,pdf,md,html,txt").exit);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void nulBytesAndInvalidUtf8() throws IOException {
    byte[] head = utf8("<html><body><article>" + PARA.repeat(10) + "<p>Broken: ");
    byte[] junk = {0, (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, 0, (byte) 0xE2, (byte) 0x82};
    byte[] tail = utf8(" end.</p>" + PARA.repeat(10) + "</article></body></html>");
    byte[] page = new byte[head.length + junk.length + tail.length];
    System.arraycopy(head, 0, page, 0, head.length);
    System.arraycopy(junk, 0, page, head.length, junk.length);
    System.arraycopy(tail, 0, page, head.length + junk.length, tail.length);
    assertEquals(0, convert("nul.html", page, "epub,pdf,md,html,txt").exit);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void hundredThousandNestedElements() throws IOException {
    StringBuilder sb = new StringBuilder("<html><body><article>").append(PARA.repeat(5));
    sb.append("<div>".repeat(100_000)).append("<p>Deep inside the page sits one more sentence of text.</p>")
        .append("</div>".repeat(100_000)).append("</article></body></html>");
    convert("deep.html", utf8(sb.toString()), "epub,pdf,md,html,txt");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void fiftyMegabytePage() throws IOException {
    StringBuilder sb = new StringBuilder(52_000_000).append("<html><body><article>");
    while (sb.length() < 50_000_000) sb.append(PARA);
    sb.append("</article></body></html>");
    convert("huge.html", utf8(sb.toString()), "md,txt,html,epub");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void tenThousandImages() throws IOException {
    StringBuilder sb = new StringBuilder("<html><body><article>").append(PARA.repeat(5));
    for (int i = 0; i < 10_000; i++) sb.append("<p><img src=\"img").append(i).append(".png\" alt=\"picture ").append(i).append("\"></p>\n");
    sb.append(PARA.repeat(5)).append("</article></body></html>");
    convert("images.html", utf8(sb.toString()), "epub,pdf,md,html,txt");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void hugeTable() throws IOException {
    StringBuilder sb = new StringBuilder("<html><body><article>").append(PARA.repeat(5)).append("<table><thead><tr>");
    for (int c = 0; c < 12; c++) sb.append("<th>Column ").append(c).append("</th>");
    sb.append("</tr></thead><tbody>");
    for (int r = 0; r < 3000; r++) {
      sb.append("<tr>");
      for (int c = 0; c < 12; c++) sb.append("<td>").append(r * 12 + c).append("</td>");
      sb.append("</tr>");
    }
    sb.append("</tbody></table>").append(PARA.repeat(5)).append("</article></body></html>");
    assertEquals(0, convert("table.html", utf8(sb.toString()), "epub,pdf,md,html,txt").exit);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void tenMegabyteSingleLine() throws IOException {
    String words = "word ".repeat(2_000_000);
    String page = "<html><body><article>" + PARA.repeat(5) + "<p>" + words + "</p></article></body></html>";
    convert("line.html", utf8(page), "md,txt,html,epub");
  }
}
