package org.offprint.write.html;

import org.offprint.write.DocumentWriter;
import org.offprint.write.Format;
import org.offprint.write.WriteOptions;

/** The {@code html} output format: one standalone HTML5 file. Registered as a service. */
public final class HtmlFormat implements Format {
  @Override
  public String name() {
    return "html";
  }

  @Override
  public java.util.List<String> aliases() {
    return java.util.List.of("htm");
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public String description() {
    return "standalone HTML5 file, theme CSS inlined, light and dark scheme, no script";
  }

  @Override
  public DocumentWriter writer(WriteOptions options) {
    return HtmlWriter.builder(options).build();
  }

  @Override
  public java.util.Optional<org.offprint.write.BookWriter> bookWriter(WriteOptions options) {
    return java.util.Optional.of(HtmlWriter.builder(options).build()::writeBook);
  }
}
