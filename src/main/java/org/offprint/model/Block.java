package org.offprint.model;

import java.util.List;

/**
 * A block-level element of a document: a heading, paragraph, quote, list, code block, figure, table or rule.
 *
 * <p>Java 17 has no pattern switch over sealed types, so each writer implements a {@link BlockVisitor}; a new block
 * type then breaks the compile of every writer until it handles it.
 */
public sealed interface Block
    permits Heading, Paragraph, Quote, ListBlock, CodeBlock, Figure, Table, Rule {

  /** Calls the visitor method for this block's type. */
  <R> R accept(BlockVisitor<R> visitor);

  /** {@return a paragraph of the given inlines} */
  static Paragraph paragraph(Inline... content) {
    return new Paragraph(List.of(content));
  }

  /** {@return a paragraph holding one plain text run} */
  static Paragraph paragraph(String text) {
    return new Paragraph(List.of(new Text(text)));
  }

  /** {@return a heading with the given level, text and id} */
  static Heading heading(int level, String text, String id) {
    return new Heading(level, List.of(new Text(text)), id);
  }
}
