package org.offprint.read.html;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.offprint.read.DocumentReader;
import org.offprint.read.InputFormat;

/** Registers {@link HtmlReader} for {@code .html}, {@code .htm} and {@code .xhtml} inputs. */
public final class HtmlInputFormat implements InputFormat {
  private static final HtmlReader READER = HtmlReader.create();

  @Override
  public String name() {
    return "html";
  }

  @Override
  public List<String> extensions() {
    return List.of("html", "htm", "xhtml", "shtml");
  }

  @Override
  public int sniff(byte[] head) {
    String s = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    if (s.contains("<!doctype html") || s.contains("<html")) return 90;
    if (s.contains("<body") || s.contains("<p>") || s.contains("<div") || s.contains("<article")) return 60;
    return 0;
  }

  @Override
  public DocumentReader reader() {
    return READER;
  }
}
