package org.offprint.write.epub;

import org.offprint.write.DocumentWriter;
import org.offprint.write.Format;
import org.offprint.write.WriteOptions;

/** The {@code epub} output format: an EPUB 3.3 book with an EPUB 2 NCX. Registered as a service. */
public final class EpubFormat implements Format {
  @Override
  public String name() {
    return "epub";
  }

  @Override
  public String extension() {
    return "epub";
  }

  @Override
  public String description() {
    return "EPUB 3 e-book (with an EPUB 2 table of contents), theme fonts embedded, EPUBCheck-clean";
  }

  @Override
  public DocumentWriter writer(WriteOptions options) {
    return EpubWriter.builder(options).build();
  }

  @Override
  public java.util.Optional<org.offprint.write.BookWriter> bookWriter(WriteOptions options) {
    return java.util.Optional.of(EpubWriter.builder(options).build()::writeBook);
  }
}
