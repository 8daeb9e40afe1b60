package org.offprint.model;

/** A thematic break (horizontal rule). */
public record Rule() implements Block {
  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.rule(this);
  }
}
