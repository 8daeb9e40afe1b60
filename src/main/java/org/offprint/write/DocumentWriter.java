package org.offprint.write;

import java.io.IOException;
import java.io.OutputStream;
import org.offprint.model.Document;

/**
 * Writes documents in one format. Implementations are immutable and thread-safe; per-call state lives inside
 * {@code write}. Writers never close the stream they are given and never modify the document.
 */
public interface DocumentWriter {
  /**
   * Writes {@code document} to {@code out}.
   *
   * @throws IOException when writing fails; the caller discards the partial output
   */
  void write(Document document, OutputStream out) throws IOException;
}
