package org.offprint.model;

import java.util.Objects;

/**
 * A reference to a footnote of the same document.
 *
 * @param id the {@link Footnote#id()} it points to
 */
public record NoteRef(String id) implements Inline {
  public NoteRef {
    Objects.requireNonNull(id, "id");
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.noteRef(this);
  }
}
