package org.offprint.write;

/**
 * Hears how far a book writer has got, for a progress display. Called on the writing thread, in order.
 */
@FunctionalInterface
public interface BookProgress {
  /** Hears nothing. */
  BookProgress NONE = (done, total) -> {};

  /**
   * {@code done} of {@code total} steps are finished. A step is one article set in the output; a writer that sets
   * the book twice (the PDF lays it out once to learn its page numbers) counts both passes in {@code total}.
   */
  void step(int done, int total);
}
