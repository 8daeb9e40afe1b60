package org.offprint.read.html.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The marking of photo credits, which the mapper adds to captions (moved from MetadataAndFiguresTest). */
class FigureCreditsTest {
  @Test
  void onlyFiguresWithAnImageHaveCredits() {
    org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse("<figure><blockquote><p>We do not fight the sea.</p>"
        + "</blockquote><footer class=\"author\">Ines Varga</footer></figure>"
        + "<figure><img src=\"a.jpg\"><footer class=\"author\">Jane Doe</footer></figure>");
    FigureCredits.keep(html.body());
    List<String> marked = html.select("[" + FigureCredits.MARK + "]").eachText();
    assertEquals(List.of("Jane Doe"), marked);
  }
}
