package org.offprint.write;

import java.io.IOException;
import java.io.OutputStream;
import org.offprint.model.Book;

/**
 * Writes a whole {@link Book} (several articles) as one output. Same contract as {@link DocumentWriter}:
 * immutable, thread-safe, never closes the stream, never modifies the book.
 */
public interface BookWriter {
  /** Writes {@code book} to {@code out}. */
  void write(Book book, OutputStream out) throws IOException;
}
