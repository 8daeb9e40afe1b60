package org.offprint.model;

import java.util.List;

/**
 * A block quotation.
 *
 * @param content the quoted blocks
 * @param attribution who is quoted (a {@code cite} or "— Name" line), or empty
 */
public record Quote(List<Block> content, List<Inline> attribution) implements Block {
  public Quote {
    content = List.copyOf(content);
    attribution = List.copyOf(attribution);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.quote(this);
  }
}
