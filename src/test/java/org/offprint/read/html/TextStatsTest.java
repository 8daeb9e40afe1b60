package org.offprint.read.html;

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
}
