package org.offprint.write.pdf;

import java.awt.Color;

/**
 * How a stretch of inline text is set: font role and face, size, colour, baseline shift, strike-through,
 * letter case and whether it may be hyphenated. Immutable; the {@code with} methods return copies.
 */
record Style(
    FontSet.Role role,
    boolean bold,
    boolean italic,
    float size,
    Color color,
    float rise,
    boolean strike,
    boolean upper,
    boolean hyphenate) {

  Style bold(boolean b) {
    return new Style(role, b, italic, size, color, rise, strike, upper, hyphenate);
  }

  Style italic(boolean i) {
    return new Style(role, bold, i, size, color, rise, strike, upper, hyphenate);
  }

  Style size(float s) {
    return new Style(role, bold, italic, s, color, rise, strike, upper, hyphenate);
  }

  Style color(Color c) {
    return new Style(role, bold, italic, size, c, rise, strike, upper, hyphenate);
  }

  Style rise(float r) {
    return new Style(role, bold, italic, size, color, r, strike, upper, hyphenate);
  }

  Style strike(boolean s) {
    return new Style(role, bold, italic, size, color, rise, s, upper, hyphenate);
  }

  Style upper(boolean u) {
    return new Style(role, bold, italic, size, color, rise, strike, u, hyphenate);
  }

  Style hyphenate(boolean h) {
    return new Style(role, bold, italic, size, color, rise, strike, upper, h);
  }

  /** Code keeps its letters whole: monospace, slightly smaller, never hyphenated. */
  Style code(float codeSize) {
    return new Style(FontSet.Role.CODE, false, false, codeSize, color, rise, strike, false, false);
  }
}
