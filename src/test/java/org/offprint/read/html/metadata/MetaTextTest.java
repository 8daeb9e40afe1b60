package org.offprint.read.html.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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
  void collapseIsTheSpacesPatternAndTrim() {
    java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("\\s+");
    for (String s : new String[] {"", " ", "a", "  a  b  ", "\u00a0x\u00a0\u00a0y\u00a0", "a\t\n\u000B\f\rb",
        "\u0001 a \u0002", "a\u2003b\u0085c", " \n By\n  Ann\u00a0 Roe \n"}) {
      assertEquals(spaces.matcher(s.replace('\u00a0', ' ')).replaceAll(" ").trim(), MetaText.collapse(s), s);
    }
  }

  @Test
  void shortTextOfASmallElementAndNullForABigOne() {
    var doc = Jsoup.parse("<div id=a><span>By</span>\n <b>Ann  Roe</b></div><div id=b>" + "word ".repeat(100) + "</div>");
    assertEquals("By Ann Roe", MetaText.shortText(doc.getElementById("a"), 100));
    assertNull(MetaText.shortText(doc.getElementById("b"), 100));
  }

  private static final String[] PAGES = {
    "<p>One <b>two</b>three</p><p>four<br>five</p>",
    "<div>  lead <span>in</span><div>block</div>tail <i>x</i></div>",
    "<pre>  keep\n   these  spaces </pre> after <code> a  b </code>",
    "<ul><li>a</li><li>b <a href=/>c</a></li></ul><table><tr><td>d</td><td>e</td></tr></table>",
    "<p>x<span><div>inline holding a block</div></span>y</p><img alt=i><span> s </span>\u00a0<em>t</em>",
    "<textarea>  raw\n text </textarea><p>\n\n</p><p>&nbsp;end&nbsp;</p><svg><text>v</text></svg>",
  };

  @Test
  void leadingTextOfAWholeElementIsItsText() {
    for (String html : PAGES) {
      Element body = Jsoup.parse(html).body();
      for (Element e : body.getAllElements()) assertEquals(e.text(), MetaText.leadingText(e, 10_000), html);
    }
  }

  @Test
  void leadingTextStopsOnceItHoldsEnough() {
    for (String html : PAGES) {
      Element body = Jsoup.parse(html.repeat(50)).body();
      String all = body.text();
      for (int max : new int[] {1, 7, 40, 300}) {
        String start = MetaText.leadingText(body, max);
        assertTrue(all.startsWith(start) && start.length() >= Math.min(max, all.length()), html + " " + max);
        assertTrue(start.length() < all.length(), html + " " + max);
      }
    }
  }
}
