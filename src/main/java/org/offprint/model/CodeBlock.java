package org.offprint.model;

import java.util.Objects;

/**
 * Preformatted code.
 *
 * @param language the language name (e.g. {@code java}), or {@code ""} when unknown
 * @param code the code, line breaks as {@code \n}, without a trailing newline
 */
public record CodeBlock(String language, String code) implements Block {
  public CodeBlock {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(code, "code");
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.code(this);
  }
}
