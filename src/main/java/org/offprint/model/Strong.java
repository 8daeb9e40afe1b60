package org.offprint.model;

import java.util.List;

/** Strongly emphasised (usually bold) content. */
public record Strong(List<Inline> content) implements Inline {
  public Strong {
    content = List.copyOf(content);
  }

  /** {@return a strong span holding one text run} */
  public static Strong of(String text) {
    return new Strong(List.of(new Text(text)));
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.strong(this);
  }
}
