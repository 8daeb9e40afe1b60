package org.offprint.read.html.dom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextStatsTest {
  @Test
  void measuresTextLinksAndParagraphs() {
    Element body = Jsoup.parse("<div><p>One, two <a href=/>three</a></p><p>four</p></div>").body();
    TextStats.Stat div = TextStats.of(body).get(body.child(0));
    assertEquals(17, div.text);
    assertEquals(5, div.links);
    assertEquals(1, div.commas);
    assertEquals(2, div.paragraphs);
    assertTrue(div.hasBlockChild);
  }

  @Test
  void aWrapperMadeAfterTheWalkMeasuresAsAWalkFromItWould() {
    Element body = Jsoup.parse("<p>One, <b>two</b></p><h2>Head</h2><ul><li><a href=/>x</a></li></ul><i>it</i>")
        .body();
    TextStats stats = TextStats.of(body);
    Element wrapper = new Element("div");
    body.child(0).before(wrapper);
    while (body.childrenSize() > 1) wrapper.appendChild(body.child(1));
    stats.include(wrapper);
    TextStats.Stat included = stats.get(wrapper);
    TextStats.Stat walked = TextStats.of(wrapper).get(wrapper);
    assertEquals(walked.text, included.text);
    assertEquals(walked.links, included.links);
    assertEquals(walked.commas, included.commas);
    assertEquals(walked.paragraphs, included.paragraphs);
    assertEquals(walked.paragraphText, included.paragraphText);
    assertEquals(walked.listItems, included.listItems);
    assertEquals(walked.headings, included.headings);
    assertEquals(walked.inline, included.inline);
    assertEquals(walked.inlineCommas, included.inlineCommas);
    assertEquals(walked.hasBlockChild, included.hasBlockChild);
    assertEquals(2, included.inline); // "it": the only inline child
  }

  @Test
  void removalsAreReMeasuredAsANewWalkWouldMeasureThem() {
    Element body = Jsoup.parse("<div><p>One, <a href=/>two</a></p><div><ul><li>x</li></ul><p>three</p></div>"
        + "<b>bold</b> tail</div><p>other</p>").body();
    TextStats stats = TextStats.of(body);
    Element div = body.child(0);
    stats.remove(div.selectFirst("ul"));
    stats.remove(div.selectFirst("a"));
    stats.remove(div.selectFirst("b"));
    stats.refresh();
    TextStats walked = TextStats.of(body);
    for (Element e : body.getAllElements()) {
      TextStats.Stat got = stats.get(e);
      TextStats.Stat want = walked.get(e);
      String where = e.cssSelector();
      assertEquals(want.text, got.text, where);
      assertEquals(want.links, got.links, where);
      assertEquals(want.commas, got.commas, where);
      assertEquals(want.paragraphs, got.paragraphs, where);
      assertEquals(want.paragraphText, got.paragraphText, where);
      assertEquals(want.listItems, got.listItems, where);
      assertEquals(want.inline, got.inline, where);
      assertEquals(want.hasBlockChild, got.hasBlockChild, where);
    }
    assertEquals(4 + 5 + 4 + 5, stats.get(body).text); // "One," "three" "tail" "other"
  }

  @Test
  void proseOverAgreesWithTheMeasures() {
    Element body = Jsoup.parse("<div>\n    <p>Twelve chars</p>\n    <a href=/>link text, long</a>\n</div>").body();
    Element div = body.child(0);
    TextStats.Stat s = TextStats.measure(div);
    int prose = s.text - s.links; // "Twelve chars": the link and the indentation do not count
    assertEquals(12, prose);
    for (double limit : new double[] {0, 11, 11.5, 12, 13, 30}) {
      assertEquals(prose > limit, TextStats.proseOver(div, limit), "limit " + limit);
    }
  }

  @Test
  void proseOverCountsVisibleCharactersOnceTheRawLengthPassesTheLimit() {
    // much raw length (indentation, soft hyphens) over few visible characters, before and after a link
    Element div = Jsoup.parse("<div>\n      a\u00AD\u00AD\u00ADb      <a href=/>link</a>\n"
        + "   <span>   cc      dd  </span>\n</div>").body().child(0);
    TextStats.Stat s = TextStats.measure(div);
    int prose = s.text - s.links;
    for (double limit = -1; limit <= 40; limit += 0.5) {
      assertEquals(prose > limit, TextStats.proseOver(div, limit), "limit " + limit);
    }
  }
}
