package org.offprint.read.html.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BylineCuesTest {
  @Test
  void markedElementsInDocumentOrder() {
    var page = Jsoup.parse("<p class=Byline>By Ann Roe</p><p>text</p><a rel=author href=/ann>Ann</a>"
        + "<span id=post-author>Bo Li</span>");
    List<String> tags = list(BylineCues.of(page).marked()).stream().map(Element::tagName).toList();
    assertEquals(List.of("p", "a", "span"), tags);
  }

  @Test
  void aReaderThatStopsEarlyLeavesTheRestForTheNext() {
    var page = Jsoup.parse("<p class=byline>Ann</p><p>text</p><a rel=author href=/bo>Bo</a><i class=author>Cy</i>");
    BylineCues cues = BylineCues.of(page);
    assertEquals("Ann", cues.marked().iterator().next().text()); // walks no further than the first
    assertEquals(List.of("Ann", "Bo", "Cy"), list(cues.marked()).stream().map(Element::text).toList());
    assertEquals(List.of("Ann", "Bo", "Cy"), list(cues.marked()).stream().map(Element::text).toList());
  }

  private static List<Element> list(Iterable<Element> cues) {
    List<Element> out = new java.util.ArrayList<>();
    cues.forEach(out::add);
    return out;
  }

  @Test
  void byLinesOnceForAnElementWithSeveralTextNodes() {
    var page = Jsoup.parse("<div><p>By Ann Roe<br>by Bo Li</p><p>Plain text</p></div>");
    List<Element> lines = list(BylineCues.of(page).byLines());
    assertEquals(1, lines.size());
    assertEquals("By Ann Roe by Bo Li", lines.get(0).text());
  }

  @Test
  void aLongTextNodeIsJudgedByItsNormalisedStart() {
    String indent = "\n" + " ".repeat(250);
    var page = Jsoup.parse("<div><p>" + indent + "By   Ann Roe" + indent + "</p><p>But " + "long text ".repeat(40)
        + "</p><p>" + indent + "Bystanders" + indent + "</p></div>");
    List<Element> lines = list(BylineCues.of(page).byLines());
    assertEquals(List.of("By Ann Roe"), lines.stream().map(Element::text).toList());
  }

  @Test
  void aPageWithoutCuesHasNone() {
    var cues = BylineCues.of(Jsoup.parse("<p>Nothing here</p>"));
    assertFalse(cues.marked().iterator().hasNext());
    assertFalse(cues.byLines().iterator().hasNext());
  }
}
