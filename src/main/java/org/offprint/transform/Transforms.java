package org.offprint.transform;

import java.util.List;
import java.util.Objects;
import org.offprint.model.Book;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;

/**
 * The transform stage: the steps every document goes through, in this order, after its reader and before any
 * writer. The order and the reason for it are in this package's documentation. The pipeline (the command line and
 * {@link org.offprint.Offprint}) calls {@link #apply}; readers and writers never do.
 *
 * <pre>{@code
 * Document ready = Transforms.apply(reader.read(source, diagnostics), source.name(), diagnostics);
 * }</pre>
 *
 * <p>Stateless and thread-safe. Applying it twice gives the same document as applying it once.
 */
public final class Transforms {
  // the order and why: package-info.java
  private static final List<Transform> STEPS = List.of(
      new DepthLimit(),
      new TitleText(),
      new DuplicateTitle(),
      new HeadingLevels(),
      new LinkUrls(),
      new NoteNumbering());

  private Transforms() {}

  /**
   * {@return {@code document} after every step, in order}
   *
   * @param input the input's name, which the steps' diagnostics name
   */
  public static Document apply(Document document, String input, Diagnostics diagnostics) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(diagnostics, "diagnostics");
    Document d = document;
    for (Transform step : STEPS) d = step.apply(d, input, diagnostics);
    return d;
  }

  /** {@return {@code book} with every document transformed; the book's own metadata and parts unchanged} */
  public static Book apply(Book book, Diagnostics diagnostics) {
    Objects.requireNonNull(book, "book");
    List<Document> docs = book.documents().stream()
        .map(d -> apply(d, d.metadata().title(), diagnostics)).toList();
    return new Book(book.metadata(), docs, book.parts(), book.articles());
  }

  /** {@return the names of the steps, in the order they run} */
  public static List<String> steps() {
    return STEPS.stream().map(s -> s.getClass().getSimpleName()).toList();
  }
}
