package org.offprint.read.html.dom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WhitespaceTest {
  @Test
  void whitespaceCollapsesEverySpaceKindAndDropsInvisibles() {
    assertEquals(" a b c ", Whitespace.collapse("\u00A0a\u2009\u200Bb\n\t\u3000c "));
    assertEquals("soft", Whitespace.collapse("so\u00ADf\uFEFFt"));
    assertEquals(5, Whitespace.visibleLength("  a  b\u00A0\u00A0c  "));
  }
}
