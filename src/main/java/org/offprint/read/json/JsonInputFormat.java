package org.offprint.read.json;

import java.util.List;
import org.offprint.read.DocumentReader;
import org.offprint.read.InputFormat;

/** Registers {@link JsonReader} for {@code .json} inputs and for text that starts as a document model does. */
public final class JsonInputFormat implements InputFormat {
  private static final JsonReader READER = new JsonReader();

  @Override
  public String name() {
    return "json";
  }

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  /**
   * Certain for an object whose first field is {@code "modelVersion"}, as offprint writes it; likely for any
   * object naming {@code "modelVersion"} in its first bytes. Beats HTML, whose sniffer would also match a model
   * holding a code block of HTML.
   */
  @Override
  public int sniff(byte[] head) {
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) i = 3;
    while (i < head.length && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) i++;
    if (i >= head.length || head[i] != '{') return 0;
    String s = new String(head, i, head.length - i, java.nio.charset.StandardCharsets.UTF_8);
    if (s.replaceFirst("^\\{\\s*", "").startsWith("\"modelVersion\"")) return 100;
    return s.contains("\"modelVersion\"") ? 95 : 0;
  }

  @Override
  public DocumentReader reader() {
    return READER;
  }
}
