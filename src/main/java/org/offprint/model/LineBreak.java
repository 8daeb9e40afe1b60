package org.offprint.model;

/** A hard line break inside a paragraph (an {@code <br>}). */
public record LineBreak() implements Inline {
  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.lineBreak(this);
  }
}
