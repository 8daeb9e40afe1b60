package org.offprint.model;

import java.util.List;
import java.util.Objects;

/**
 * A hyperlink.
 *
 * @param href an absolute URL, or {@code #id} for a place in the same document
 * @param title the link's title attribute, or {@code ""}
 * @param content the link text
 */
public record Link(String href, String title, List<Inline> content) implements Inline {
  public Link {
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(title, "title");
    content = List.copyOf(content);
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.link(this);
  }
}
