package org.offprint.model;

import java.util.List;

/** A paragraph of running text. */
public record Paragraph(List<Inline> content) implements Block {
  public Paragraph {
    content = List.copyOf(content);
  }

  /** {@return the paragraph's plain text} */
  public String text() {
    return Inline.plainText(content);
  }

  /** {@return the length of the paragraph's plain text}, counted without building the text */
  public int textLength() {
    return Inline.plainTextLength(content);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.paragraph(this);
  }
}
