package org.offprint.read.html.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetaTagsTest {
  @Test
  void keyIgnoresCaseAccentsAndPunctuation() {
    assertEquals("the cafe s menu 2", MetaTags.key("  The Café’s — Menu #2! "));
    assertEquals("bbc news", MetaTags.key("BBC-News"));
  }

  @Test
  void asciiKeyAgreesWithTheUnicodeKey() {
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x80; c++) every.append(c).append("a").append(c).append(c);
    for (String s : new String[] {"", " ", "--", "Ann Roe", " A.B. c ", "x_y-z 9", "\t\nNews\u007f", every.toString()}) {
      assertEquals(MetaTags.unicodeKey(s), MetaTags.asciiKey(s), s);
    }
  }
}
