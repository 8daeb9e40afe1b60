package org.offprint.model;

import java.util.List;
import java.util.Objects;

/**
 * A series of articles bound into one e-book: the book's own metadata, its documents in reading order, and
 * optionally the parts that group them (by section, month, year or site).
 *
 * @param metadata the book's title, authors, publisher ({@link Metadata#site()}), language, date and cover
 *     ({@link Metadata#image()}); series name and index go in {@link Metadata#extra()} as {@code series} and
 *     {@code series-index}
 * @param documents every document, in reading order
 * @param parts where groups start, in order of {@link Part#start()}; empty for a book without parts. Documents
 *     before the first part are front matter.
 * @param articles how many of the documents are articles; the others are front and back matter and lists
 *     such as the sources. What title pages and summaries count.
 */
public record Book(Metadata metadata, List<Document> documents, List<Part> parts, int articles) {
  public Book {
    Objects.requireNonNull(metadata, "metadata");
    documents = List.copyOf(documents);
    parts = List.copyOf(parts);
    if (articles < 0 || articles > documents.size()) {
      throw new IllegalArgumentException("articles must be 0.." + documents.size() + ": " + articles);
    }
    int last = -1;
    for (Part p : parts) {
      if (p.start() < last || p.start() > documents.size()) {
        throw new IllegalArgumentException("parts must be in order within the documents: " + p);
      }
      last = p.start();
    }
  }

  /** A book without parts, every document an article. */
  public Book(Metadata metadata, List<Document> documents) {
    this(metadata, documents, List.of());
  }

  /** A book whose every document is an article. */
  public Book(Metadata metadata, List<Document> documents, List<Part> parts) {
    this(metadata, documents, parts, documents.size());
  }

  /**
   * A titled group of consecutive documents.
   *
   * @param title the part's title, e.g. {@code March 2024} or {@code Part one}
   * @param start the index in {@link Book#documents()} of its first document; it runs to the next part's start
   */
  public record Part(String title, int start) {
    public Part {
      Objects.requireNonNull(title, "title");
      if (start < 0) throw new IllegalArgumentException("start must be >= 0: " + start);
    }
  }

  /** {@return the part that document {@code index} belongs to, if any} */
  public java.util.Optional<Part> partOf(int index) {
    Part found = null;
    for (Part p : parts) {
      if (p.start() <= index) found = p;
    }
    return java.util.Optional.ofNullable(found);
  }
}
