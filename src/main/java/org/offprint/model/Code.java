package org.offprint.model;

import java.util.Objects;

/** Inline code, shown in a monospace font. */
public record Code(String code) implements Inline {
  public Code {
    Objects.requireNonNull(code, "code");
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.code(this);
  }
}
