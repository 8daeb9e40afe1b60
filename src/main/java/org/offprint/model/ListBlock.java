package org.offprint.model;

import java.util.List;

/**
 * An ordered or unordered list. Items hold blocks, so lists nest by putting a {@code ListBlock} in an item.
 *
 * @param ordered numbered list when true, bulleted when false
 * @param start the first number of an ordered list (1 by default; ignored when unordered)
 * @param items the items, at least one
 */
public record ListBlock(boolean ordered, int start, List<Item> items) implements Block {
  public ListBlock {
    items = List.copyOf(items);
  }

  /** One list item: its blocks (usually one paragraph, perhaps followed by a nested list). */
  public record Item(List<Block> content) {
    public Item {
      content = List.copyOf(content);
    }
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.list(this);
  }
}
