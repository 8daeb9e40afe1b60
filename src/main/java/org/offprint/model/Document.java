package org.offprint.model;

import java.util.List;
import java.util.Objects;

/**
 * One article: its metadata, its body blocks and its footnotes. Immutable and thread-safe.
 *
 * <p>The title lives in {@link Metadata#title()}, not in the blocks; the body's headings start at level 2.
 */
public record Document(Metadata metadata, List<Block> blocks, List<Footnote> footnotes) {
  public Document {
    Objects.requireNonNull(metadata, "metadata");
    blocks = List.copyOf(blocks);
    footnotes = List.copyOf(footnotes);
  }

  /** {@return a document without footnotes} */
  public static Document of(Metadata metadata, List<Block> blocks) {
    return new Document(metadata, blocks, List.of());
  }

  /** {@return a copy with other metadata} */
  public Document withMetadata(Metadata newMetadata) {
    return new Document(newMetadata, blocks, footnotes);
  }
}
