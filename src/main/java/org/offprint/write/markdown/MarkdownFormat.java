package org.offprint.write.markdown;

import java.util.List;
import org.offprint.write.DocumentWriter;
import org.offprint.write.Format;
import org.offprint.write.WriteOptions;

/** The {@code md} (alias {@code markdown}) output format: {@link MarkdownWriter} with its defaults. */
public final class MarkdownFormat implements Format {
  @Override
  public String name() {
    return "md";
  }

  @Override
  public List<String> aliases() {
    return List.of("markdown");
  }

  @Override
  public String extension() {
    return "md";
  }

  @Override
  public String description() {
    return "CommonMark with GFM tables and footnotes, YAML front matter";
  }

  @Override
  public DocumentWriter writer(WriteOptions options) {
    return MarkdownWriter.builder(options).build();
  }

  @Override
  public java.util.Optional<org.offprint.write.BookWriter> bookWriter(WriteOptions options) {
    return java.util.Optional.of(MarkdownWriter.builder(options).build()::writeBook);
  }
}
