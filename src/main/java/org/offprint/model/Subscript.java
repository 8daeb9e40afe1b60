package org.offprint.model;

import java.util.List;

/** Subscript content. */
public record Subscript(List<Inline> content) implements Inline {
  public Subscript {
    content = List.copyOf(content);
  }

  /** {@return a subscript holding one text run} */
  public static Subscript of(String text) {
    return new Subscript(List.of(new Text(text)));
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.subscript(this);
  }
}
