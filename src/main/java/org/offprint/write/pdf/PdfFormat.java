package org.offprint.write.pdf;

import org.offprint.write.DocumentWriter;
import org.offprint.write.Format;
import org.offprint.write.WriteOptions;

/** The {@code pdf} output format, registered with {@link java.util.ServiceLoader}. */
public final class PdfFormat implements Format {
  @Override
  public String name() {
    return "pdf";
  }

  @Override
  public String extension() {
    return "pdf";
  }

  @Override
  public String description() {
    return "PDF typeset with the theme's fonts, outline, notes and page numbers";
  }

  @Override
  public DocumentWriter writer(WriteOptions options) {
    return PdfWriter.builder(options).build();
  }

  @Override
  public java.util.Optional<org.offprint.write.BookWriter> bookWriter(WriteOptions options) {
    return java.util.Optional.of(PdfWriter.builder(options).build()::writeBook);
  }
}
