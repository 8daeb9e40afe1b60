package org.offprint.read.html.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MetaScanTest {
  private static final String PAGE = "<html lang=en><head><title>T</title>"
      + "<meta name=a content=1><meta name=b><meta property=c content=''>"
      + "<link rel=' image_src ' href=x><link rel=IMAGE_SRC href=y><link rel=image_src href=z>"
      + "<link rel=Canonical><link rel=CANONICAL href=c1><link rel=canonical href=c2>"
      + "<script type='Application/LD+JSON; charset=utf-8'>{}</script><script type=text/javascript>1</script>"
      + "</head><body><div role=MAIN><h1>One</h1><p itemprop=HeadLine>Two</p><p itemprop=' headline '>no</p>"
      + "<time datetime=2021-05-05>x</time><span itemprop=datepublished>y</span>"
      + "<article itemprop=articleBody><meta itemprop=author content=Ann><script type=application/ld+json>[]</script>"
      + "</article></div></body></html>";

  @Test
  void listsMatchTheSelectorsTheyReplace() {
    Document page = Jsoup.parse(PAGE);
    MetaScan s = MetaScan.of(page);
    assertEquals(page.select("meta[content]"), s.metas);
    assertEquals(page.select("script[type~=(?i)application/ld\\+json]"), s.jsonLd);
    assertEquals(page.select("h1, [itemprop=headline]"), s.headlines);
    assertEquals(page.select("[itemprop=datePublished], time"), s.dates);
    assertSame(page.selectFirst("link[rel~=(?i)^canonical$][href]"), s.canonical);
    assertSame(page.selectFirst("link[rel=image_src][href]"), s.imageSrc);
    assertSame(page.selectFirst("[itemprop=articleBody], article, main, [role=main]"), s.articleRoot);
    assertSame(page.selectFirst("html"), s.html);
    assertEquals(3, s.metas.size());
    assertEquals("y", s.imageSrc.attr("href"));
    assertEquals("div", s.articleRoot.tagName());
  }

  @Test
  void aPageWithoutTheseElementsGivesEmptyListsAndNulls() {
    MetaScan s = MetaScan.of(Jsoup.parse("<p>text"));
    assertEquals(0, s.metas.size() + s.jsonLd.size() + s.headlines.size() + s.dates.size());
    assertNull(s.canonical);
    assertNull(s.imageSrc);
    assertNull(s.articleRoot);
  }
}
