package org.offprint.model;

import java.util.Objects;

/**
 * An image inside running text (an icon, a formula). Stand-alone images are {@link Figure} blocks.
 *
 * @param src absolute URI, fetched only through a {@link ResourceResolver}
 * @param alt alternative text, or {@code ""}
 * @param title title attribute, or {@code ""}
 */
public record Image(String src, String alt, String title) implements Inline {
  public Image {
    Objects.requireNonNull(src, "src");
    Objects.requireNonNull(alt, "alt");
    Objects.requireNonNull(title, "title");
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.image(this);
  }
}
