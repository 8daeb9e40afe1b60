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
  void srcsetCandidatesSplitAsThePatternDid() {
    java.util.regex.Pattern reference = java.util.regex.Pattern.compile(",\\s+|,(?=\\S+\\s+\\d)");
    for (String srcset : new String[] {"a.jpg 300w, b.jpg 1200w", "a.jpg 1x,b.jpg 2x",
        "img/w_300,h_200,c_fill/a.jpg 300w,img/w_600,h_400/b.jpg 600w", "a.jpg,  b.jpg", "a.jpg,", ",a.jpg 1x",
        "a.jpg, ,b.jpg 2x", "a,b,c",
        "a.jpg 1x,\tb.jpg 2x", "x,y z", "x,y 9", "only.jpg", ""}) {
      assertEquals(java.util.List.of(reference.split(srcset)), ImageSources.candidates(srcset), srcset);
    }
  }

  @Test
  void placeholdersAreNotImages() {
    assertTrue(ImageSources.isPlaceholder("data:image/gif;base64,R0lGODlhAQABAAAAACw="));
    assertTrue(ImageSources.isPlaceholder("/img/placeholder.png"));
    assertFalse(ImageSources.isPlaceholder("/img/harbour.jpg"));
    assertEquals("real.jpg", ImageSources.best(el("<img src=\"/blank.gif\" data-lazy-src=\"real.jpg\">")));
  }
}
