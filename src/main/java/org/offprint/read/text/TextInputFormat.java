package org.offprint.read.text;

import java.util.List;
import org.offprint.read.DocumentReader;
import org.offprint.read.InputFormat;

/** Registers {@link TextReader} for scraped text dumps ({@code .txt}); the fallback for text on stdin. */
public final class TextInputFormat implements InputFormat {
  private static final TextReader READER = TextReader.create();

  @Override
  public String name() {
    return "text";
  }

  @Override
  public List<String> extensions() {
    return List.of("txt", "text");
  }

  /** Any text could be a dump: a low score, so HTML and Markdown win when they recognise themselves. */
  @Override
  public int sniff(byte[] head) {
    return head.length > 0 ? 10 : 0;
  }

  @Override
  public DocumentReader reader() {
    return READER;
  }
}
