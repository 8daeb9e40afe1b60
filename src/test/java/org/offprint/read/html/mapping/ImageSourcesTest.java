package org.offprint.read.html.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Which source of an image is its real one (moved from ExtractionPartsTest). */
class ImageSourcesTest {

  private static Element el(String html) {
    return Jsoup.parseBodyFragment(html).body().child(0);
  }

  @Test
  void srcsetGivesItsWidestCandidate() {
    assertEquals("b.jpg", ImageSources.widest("a.jpg 300w, b.jpg 1200w, c.jpg 600w"));
    assertEquals("hi.png", ImageSources.widest("lo.png 1x, hi.png 2x"));
    assertEquals("only.jpg", ImageSources.widest("only.jpg"));
    assertEquals("", ImageSources.widest("  "));
  }

  @Test
  void placeholdersAreNotImages() {
    assertTrue(ImageSources.isPlaceholder("data:image/gif;base64,R0lGODlhAQABAAAAACw="));
    assertTrue(ImageSources.isPlaceholder("/img/placeholder.png"));
    assertFalse(ImageSources.isPlaceholder("/img/harbour.jpg"));
    assertEquals("real.jpg", ImageSources.best(el("<img src=\"/blank.gif\" data-lazy-src=\"real.jpg\">")));
  }
}
