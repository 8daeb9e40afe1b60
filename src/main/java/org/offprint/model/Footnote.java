package org.offprint.model;

import java.util.List;
import java.util.Objects;

/**
 * A footnote (or endnote) of a document, referred to by {@link NoteRef}s. Writers number notes in the order of
 * {@link Document#footnotes()} ({@link Document#noteNumbers()}).
 *
 * @param id unique within the document
 * @param content the note's blocks
 */
public record Footnote(String id, List<Block> content) {
  public Footnote {
    Objects.requireNonNull(id, "id");
    content = List.copyOf(content);
  }
}
