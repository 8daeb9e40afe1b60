package org.offprint.read.markdown;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.offprint.read.DocumentReader;
import org.offprint.read.InputFormat;

/** Registers {@link MarkdownReader} for {@code .md} and {@code .markdown} inputs. */
public final class MarkdownInputFormat implements InputFormat {
  /** Made on first use: building the flexmark parser costs start-up time that reading HTML does not need. */
  private static final class Holder {
    static final MarkdownReader READER = MarkdownReader.create();
  }

  @Override
  public String name() {
    return "markdown";
  }

  @Override
  public List<String> extensions() {
    return List.of("md", "markdown", "mdown", "mkd");
  }

  @Override
  public int sniff(byte[] head) {
    String s = new String(head, StandardCharsets.UTF_8).stripLeading();
    if (s.startsWith("---\n") || s.startsWith("---\r\n")) return 80; // YAML front matter
    if (s.startsWith("# ") || s.contains("\n## ") || s.contains("](")) return 40;
    return 0;
  }

  @Override
  public DocumentReader reader() {
    return Holder.READER;
  }
}
