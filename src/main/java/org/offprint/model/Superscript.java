package org.offprint.model;

import java.util.List;

/** Superscript content. */
public record Superscript(List<Inline> content) implements Inline {
  public Superscript {
    content = List.copyOf(content);
  }

  /** {@return a superscript holding one text run} */
  public static Superscript of(String text) {
    return new Superscript(List.of(new Text(text)));
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.superscript(this);
  }
}
