package org.offprint.read.html.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.offprint.read.Source;

class ScriptTextTest {
  private static String emptied(String html) {
    byte[] b = html.getBytes(StandardCharsets.UTF_8);
    ScriptText.Kept kept = ScriptText.emptied(b, 0);
    return kept == null ? null : new String(kept.bytes(), 0, kept.length(), StandardCharsets.UTF_8);
  }

  @Test
  void scriptsAndStyleSheetsAreEmptiedAndTheirElementsStay() {
    assertEquals("<head><STYLE type=\"text/css\"></STYLE><script src=\"a.js\"></script></head><p>Hä <b>x</b></p>"
        + "<script async></Script >",
        emptied("<head><STYLE type=\"text/css\">p > b { color: red }</STYLE><script src=\"a.js\"></script></head>"
            + "<p>Hä <b>x</b></p><script async>if (a < b && c > d) go('</p>');</Script >"));
    assertNull(emptied("<p>No script here, only <scripture> and a <styles> tag.</p>"));
  }

  @Test
  void jsonScriptsAndScriptsWithACommentOpenerKeepTheirText() {
    String ld = "<script type=\"application&#x2F;ld&#x2B;json\">{\"headline\": \"Quay\"}</script>";
    String escaped = "<script><!-- document.write('<script>x()</script>'); --></script>";
    assertNull(emptied(ld + escaped));
  }

  @Test
  void aScriptWrittenInACommentTitleOrTextareaIsNoScript() {
    String html = "<!-- <script> --><title>How to use <script> tags</title><textarea><style></textarea>"
        + "<![CDATA[ <script> ]]><p>kept</p>";
    assertNull(emptied(html));
    assertEquals("<script a=\"x > y\"></script><p>after</p>",
        emptied("<script a=\"x > y\">var z = 1;</script><p>after</p>"));
  }

  @Test
  void inlineDrawingsAreEmptiedAndKeepTheirStartTag() {
    String icon = "<svg class=\"icon\" viewBox=\"0 0 24 24\"><g><path d=\"M1 2L3 4z\"/></g></svg>";
    assertEquals("<a href=\"/s\"><svg class=\"icon\" viewBox=\"0 0 24 24\"></svg>Share</a><p>after</p>",
        emptied("<a href=\"/s\">" + icon + "Share</a><p>after</p>"));
    // a drawing inside a drawing: emptied to the end of the outer one, not of the inner one
    assertEquals("<SVG></SVG><p>after</p>",
        emptied("<SVG><svg><path d=\"M0\"/></svg><circle r=\"1\"/><!-- </svg> --></SVG><p>after</p>"));
    assertEquals("<svg/><svg></svg>", emptied("<svg/><svg><path/></svg>"));
  }

  @Test
  void drawingsWithWordsAndDrawingsWrittenInTextStayAsTheyAre() {
    assertNull(emptied("<svg role=\"img\"><title>Facebook</title><path d=\"M0\"/></svg>"));
    assertNull(emptied("<svg><text x=\"1\">Q3 sales</text></svg><svg><desc>A map</desc></svg>"));
    assertNull(emptied("<svg><foreignObject><p>Words</p></foreignObject></svg>"));
    assertNull(emptied("<!-- <svg><path/></svg> --><title>An <svg><path/></svg> icon</title><svgs><path/></svgs>"));
    assertNull(emptied("<svg><path d=\"M0\"/>")); // never closed: the parser's business
  }

  @Test
  void theParsedPageIsTheSameButForTheScriptsText() throws Exception {
    String html = "<html><head><title>T</title><style>.a{}</style><script type=\"application/ld+json\">"
        + "{\"@type\":\"Article\"}</script></head><body><p>Zażółć <i>gęślą</i> jaźń</p>"
        + "<script>var s = '<p>not a paragraph</p>';</script><p>Última</p></body></html>";
    for (Charset cs : new Charset[] {StandardCharsets.UTF_8, Charset.forName("windows-1250")}) {
      byte[] bytes = html.replace("<head>", "<head><meta charset=\"" + cs.name() + "\">").getBytes(cs);
      Document parsed = HtmlCharset.parse(Source.of("t.html", bytes));
      Document plain = Jsoup.parse(new String(bytes, cs));
      assertEquals(plain.body().text(), parsed.body().text(), cs.name());
      assertEquals(plain.select("p").size(), parsed.select("p").size());
      assertEquals("", parsed.selectFirst("body script").data());
      assertEquals("{\"@type\":\"Article\"}", parsed.selectFirst("head script").data());
    }
  }
}
