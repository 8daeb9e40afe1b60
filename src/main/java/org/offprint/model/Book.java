package org.offprint.model;

import java.util.List;
import java.util.Objects;

/**
 * A series of articles bound into one e-book: the book's own metadata and its documents in reading order.
 */
public record Book(Metadata metadata, List<Document> documents) {
  public Book {
    Objects.requireNonNull(metadata, "metadata");
    documents = List.copyOf(documents);
  }
}
