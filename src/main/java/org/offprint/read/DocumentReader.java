package org.offprint.read;

import java.io.IOException;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;

/**
 * Reads one input format into the document model. Implementations are immutable and thread-safe.
 */
public interface DocumentReader {
  /**
   * Reads {@code source}. Content that cannot be kept is reported to {@code diagnostics}, not thrown.
   *
   * @throws InputException when the input is not of this format or holds nothing to read (empty, binary)
   * @throws IOException when the bytes cannot be read
   */
  Document read(Source source, Diagnostics diagnostics) throws IOException;
}
