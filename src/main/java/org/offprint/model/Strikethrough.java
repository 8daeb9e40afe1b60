package org.offprint.model;

import java.util.List;

/** Struck-through (deleted) content. */
public record Strikethrough(List<Inline> content) implements Inline {
  public Strikethrough {
    content = List.copyOf(content);
  }

  /** {@return a strikethrough span holding one text run} */
  public static Strikethrough of(String text) {
    return new Strikethrough(List.of(new Text(text)));
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.strikethrough(this);
  }
}
