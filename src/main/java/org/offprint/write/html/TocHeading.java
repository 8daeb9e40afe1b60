package org.offprint.write.html;

import java.util.Objects;

/**
 * A heading of a rendered document, for tables of contents.
 *
 * @param level 2 to 6 (the document title is level 1 and is not listed)
 * @param text the heading's plain text, cleaned of characters XML forbids
 * @param id the id it was rendered with, unique within its document
 */
public record TocHeading(int level, String text, String id) {
  public TocHeading {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(id, "id");
  }
}
