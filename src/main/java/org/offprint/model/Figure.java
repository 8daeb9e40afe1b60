package org.offprint.model;

import java.util.List;
import java.util.Objects;

/**
 * An image with an optional caption.
 *
 * @param src the image's absolute URI ({@code file:}, {@code http(s):} or {@code data:}); writers fetch it only
 *     through a {@link ResourceResolver}
 * @param alt the alternative text, or {@code ""}
 * @param caption the caption (credit included), or empty
 */
public record Figure(String src, String alt, List<Inline> caption) implements Block {
  public Figure {
    Objects.requireNonNull(src, "src");
    Objects.requireNonNull(alt, "alt");
    caption = List.copyOf(caption);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.figure(this);
  }
}
