package org.offprint.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetaTextTest {
  @Test
  void containsAnyIgnoresCase() {
    assertTrue(MetaText.containsAny("post-Byline  ", "byline", "author"));
    assertTrue(MetaText.containsAny("p-AUTHOR", "byline", "author"));
    assertFalse(MetaText.containsAny("headline", "byline", "author"));
    assertFalse(MetaText.containsAny("", "byline"));
  }

  @Test
  void containsAnyDoesNotFoldNonAsciiLettersIntoWords() {
    // as a (?i) pattern: only ASCII letters fold; a dotted capital I lower-cases to "i" plus a combining dot
    assertFalse(MetaText.containsAny("BYLİNE", "byline"));
  }

  @Test
  void containsAnyFoldsOnlyAsciiCapitals() {
    assertTrue(MetaText.containsAny("Post-DATELINE", "dateline"));
    assertFalse(MetaText.containsAny("date-line", "dateline"));
    // a non-ASCII class goes through the JDK's lower-casing: the KELVIN SIGN lower-cases to k
    assertTrue(MetaText.containsAny("\u212Aicker", "kicker"));
  }

  @Test
  void shortTextOfASmallElementAndNullForABigOne() {
    var doc = Jsoup.parse("<div id=a><span>By</span>\n <b>Ann  Roe</b></div><div id=b>" + "word ".repeat(100) + "</div>");
    assertEquals("By Ann Roe", MetaText.shortText(doc.getElementById("a"), 100));
    assertNull(MetaText.shortText(doc.getElementById("b"), 100));
  }
}
