package org.offprint.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * {@return each footnote's number by its id, in the order of {@link #footnotes()}: 1 for the first note, 2 for
   * the second, and so on} The one numbering of notes that every writer prints. Ids are unique once a document
   * went through the transform stage; for a repeated id (a document built by hand) the first note's number counts.
   */
  public Map<String, Integer> noteNumbers() {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    for (int i = 0; i < footnotes.size(); i++) numbers.putIfAbsent(footnotes.get(i).id(), i + 1);
    return Collections.unmodifiableMap(numbers);
  }

  /** {@return a copy with other metadata} */
  public Document withMetadata(Metadata newMetadata) {
    return new Document(newMetadata, blocks, footnotes);
  }
}
