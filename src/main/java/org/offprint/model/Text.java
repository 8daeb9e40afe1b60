package org.offprint.model;

import java.util.Objects;

/** A run of plain text, whitespace already normalised by the reader. */
public record Text(String text) implements Inline {
  public Text {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.text(this);
  }
}
