package org.offprint.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BylineCuesTest {
  @Test
  void markedElementsInDocumentOrder() {
    var page = Jsoup.parse("<p class=Byline>By Ann Roe</p><p>text</p><a rel=author href=/ann>Ann</a>"
        + "<span id=post-author>Bo Li</span>");
    List<String> tags = BylineCues.of(page).marked().stream().map(Element::tagName).toList();
    assertEquals(List.of("p", "a", "span"), tags);
  }

  @Test
  void byLinesOnceForAnElementWithSeveralTextNodes() {
    var page = Jsoup.parse("<div><p>By Ann Roe<br>by Bo Li</p><p>Plain text</p></div>");
    List<Element> lines = BylineCues.of(page).byLines();
    assertEquals(1, lines.size());
    assertEquals("By Ann Roe by Bo Li", lines.get(0).text());
  }

  @Test
  void aPageWithoutCuesHasNone() {
    var cues = BylineCues.of(Jsoup.parse("<p>Nothing here</p>"));
    assertTrue(cues.marked().isEmpty());
    assertTrue(cues.byLines().isEmpty());
  }
}
