package org.offprint.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.offprint.read.html.cues.Phrases;
import org.offprint.read.html.cues.Vocabulary;
import org.offprint.read.html.dom.Whitespace;
import org.offprint.read.html.mapping.Tables;

/** The small parts of the extractor, each on its own. */
class ExtractionPartsTest {

  private static Element el(String html) {
    return Jsoup.parseBodyFragment(html).body().child(0);
  }

  @Test
  void whitespaceCollapsesEverySpaceKindAndDropsInvisibles() {
    assertEquals(" a b c ", Whitespace.collapse("\u00A0a\u2009\u200Bb\n\t\u3000c "));
    assertEquals("soft", Whitespace.collapse("so\u00ADf\uFEFFt"));
    assertEquals(5, Whitespace.visibleLength("  a  b\u00A0\u00A0c  "));
  }

  @Test
  void binaryDetectionAcceptsTextInAnyEncoding() {
    assertFalse(InputCheck.isBinary("<p>Привет, мир</p>".getBytes(StandardCharsets.UTF_8)));
    assertFalse(InputCheck.isBinary("<p>Привет</p>".getBytes(java.nio.charset.Charset.forName("windows-1251"))));
    assertFalse(InputCheck.isBinary("<p>hello</p>".getBytes(StandardCharsets.UTF_16LE)));
    assertTrue(InputCheck.isBinary(new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0x21, 0x03}));
  }

  @Test
  void vocabularyReadsClassAndIdWords() {
    assertEquals("share", Vocabulary.negativeWord(el("<div class=\"post-share\"></div>")));
    assertEquals("ad", Vocabulary.negativeWord(el("<div class=\"ad-slot\"></div>")));
    assertNull(Vocabulary.negativeWord(el("<div class=\"header-add-button\"></div>")), "'add' is not 'ad'");
    assertNull(Vocabulary.negativeWord(el("<div class=\"commentary-text\"></div>")), "commentary is prose");
    assertEquals(25, Vocabulary.weight(el("<div class=\"entry-content\"></div>")));
    assertEquals(-25, Vocabulary.weight(el("<div id=\"sidebar\"></div>")));
  }

  @Test
  void dataTablesAreToldFromLayoutTables() {
    assertTrue(Tables.isDataTable(el("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>")));
    assertFalse(Tables.isDataTable(el("<table><tr><td><p>One column of prose.</p><p>More.</p></td></tr></table>")));
    assertFalse(Tables.isDataTable(el("<table role=\"presentation\"><tr><th>A</th></tr></table>")));
  }

  @Test
  void teaserPhrasesAreRecognisedInSeveralLanguages() {
    for (String label : new String[] {"Related stories", "You may also like", "Leia também", "Читайте также",
        "関連記事", "More Great WIRED Stories", "Zum Weiterlesen:", "Lesen Sie auch die folgenden Beiträge:",
        "Auch auf gofeminin.de", "Also on coast-news.com", "Dieses Skript als PDF herunterladen", "Download PDF",
        "Vorschau auf den nächsten Artikel", "Next article"}) {
      assertTrue(Phrases.TEASER_LABEL.matcher(label).matches(), label);
    }
    for (String text : new String[] {"The related question of taxes", "Lesen Sie auch die Kommentare der Leser",
        "Auch auf der Insel gibt es Fähren", "Also on Monday the quay reopened."}) {
      assertFalse(Phrases.TEASER_LABEL.matcher(text).matches(), text);
    }
  }
}
