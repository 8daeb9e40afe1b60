package org.offprint.write.text;

import java.util.List;
import org.offprint.write.DocumentWriter;
import org.offprint.write.Format;
import org.offprint.write.WriteOptions;

/** The {@code txt} (alias {@code text}) output format: {@link TextWriter} with its defaults. */
public final class TextFormat implements Format {
  @Override
  public String name() {
    return "txt";
  }

  @Override
  public List<String> aliases() {
    return List.of("text");
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public String description() {
    return "plain UTF-8 text: title, byline, paragraphs, lists, notes";
  }

  @Override
  public DocumentWriter writer(WriteOptions options) {
    return TextWriter.builder(options).build();
  }

  @Override
  public java.util.Optional<org.offprint.write.BookWriter> bookWriter(WriteOptions options) {
    return java.util.Optional.of(TextWriter.builder(options).build()::writeBook);
  }
}
