package org.offprint.model;

import java.util.List;

/** Emphasised (usually italic) content. */
public record Emphasis(List<Inline> content) implements Inline {
  public Emphasis {
    content = List.copyOf(content);
  }

  /** {@return a emphasis holding one text run} */
  public static Emphasis of(String text) {
    return new Emphasis(List.of(new Text(text)));
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.emphasis(this);
  }
}
