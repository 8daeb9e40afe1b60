package org.offprint.model;

/**
 * The deepest nesting a document holds once it has been through the transform stage, so that every recursive
 * stage after it (writers, {@code toString}, {@code equals}, JSON) stays within a small, fixed stack whatever the
 * input does. Real articles nest quotes and lists a few levels and inline formatting two or three. Readers stop
 * their own recursive parsing at the same depths; the transform stage flattens what lies deeper into its text.
 */
public final class Nesting {
  /** The deepest block level kept with its structure: quotes and list items inside each other. */
  public static final int MAX_BLOCK_DEPTH = 64;

  /** The deepest inline level kept with its structure: emphasis, links and the like inside each other. */
  public static final int MAX_INLINE_DEPTH = 16;

  private Nesting() {}
}
