package org.offprint.model;

import java.util.List;
import java.util.Objects;

/**
 * A section heading. Level 1 is reserved for a document's title; an article body starts at level 2.
 *
 * @param level 1 to 6
 * @param content the heading text
 * @param id an anchor id unique within the document, or {@code ""} before ids are assigned
 */
public record Heading(int level, List<Inline> content, String id) implements Block {
  public Heading {
    if (level < 1 || level > 6) throw new IllegalArgumentException("heading level must be 1..6: " + level);
    content = List.copyOf(content);
    Objects.requireNonNull(id, "id");
  }

  /** {@return the heading's plain text} */
  public String text() {
    return Inline.plainText(content);
  }

  /** {@return the length of the heading's plain text}, counted without building the text */
  public int textLength() {
    return Inline.plainTextLength(content);
  }

  /** {@return a copy with the given id} */
  public Heading withId(String newId) {
    return new Heading(level, content, newId);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.heading(this);
  }
}
