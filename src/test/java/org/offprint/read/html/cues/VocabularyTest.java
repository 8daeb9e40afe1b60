package org.offprint.read.html.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Class and id names are read as whole words, never searched as strings. */
class VocabularyTest {

  private static Element el(String cls, String id) {
    Element e = new Element("div");
    if (!cls.isEmpty()) e.attr("class", cls);
    if (!id.isEmpty()) e.attr("id", id);
    return e;
  }

  @Test
  void splitsNamesOnSeparatorsDigitsAndCaseChanges() {
    assertEquals(List.of("a", "page", "root", "section", "wrapper", ""),
        Vocabulary.words("APageRoot__SectionWrapper", ""));
    assertEquals(List.of("html", "parser", "", "main", "nav"), Vocabulary.words("HTMLParser", "main2nav"));
  }

  @Test
  void splitsTwoKnownWordsRunTogetherAndReadsPluralsAsSingular() {
    assertEquals(List.of("share", "box", "", "comment", "list", ""), Vocabulary.words("sharebox commentlist", ""));
    assertEquals(List.of("comment", "", "ad", ""), Vocabulary.words("comments ads", ""));
  }

  @Test
  void aCueNeverMatchesInsideAnotherWord() {
    assertNull(Vocabulary.negativeWord(el("APageRoot__SectionWrapper", "")), "pager");
    assertNull(Vocabulary.negativeWord(el("tagesschau-teaser-free", "").attr("class", "tagesschau")), "tag");
    assertNull(Vocabulary.negativeWord(el("shareholders-letter", "")), "share");
    assertNull(Vocabulary.negativeWord(el("address", "")), "ad");
    assertNull(Vocabulary.negativeWord(el("commentary", "")), "comment");
    assertEquals("pager", Vocabulary.negativeWord(el("list-pager", "")));
    assertEquals("share", Vocabulary.negativeWord(el("sharebox", "")));
    assertEquals("side bar", Vocabulary.negativeWord(el("side-bar", "")));
    assertEquals("menu", Vocabulary.negativeWord(el("", "mainMenu")));
    assertNull(Vocabulary.negativeWord(el("o-section o-section--has-ads lightbox--with-sidebar", "")), "a layout");
  }

  @Test
  void taxonomyClassesOnAPostSayNothingAboutTheBlock() {
    Element post = el("post-27529 post type-post status-publish format-standard hentry category-allgemein "
        + "tag-newsletter tag-popular tag-aktiv-lernen", "post-27529");
    assertNull(Vocabulary.negativeWord(post));
    assertTrue(Vocabulary.weight(post) > 0, "post and hentry are article words");
    assertEquals("comment", Vocabulary.negativeWord(el("post-comments", "")), "only post-<number> is taxonomy");
  }

  @Test
  void bylineAndCaptionWordsAreWholeWordsToo() {
    assertTrue(Vocabulary.isByline(el("entry-meta", "")));
    assertTrue(Vocabulary.isByline(el("post__author", "")));
    assertTrue(!Vocabulary.isByline(el("metamorphosis", "")));
    assertTrue(Vocabulary.isCaption(el("wp-caption-text", "")));
    assertTrue(!Vocabulary.isCaption(el("incredible", "")));
  }

  @Test
  void vocabularyReadsClassAndIdWords() {
    assertEquals("share", Vocabulary.negativeWord(fragment("<div class=\"post-share\"></div>")));
    assertEquals("ad", Vocabulary.negativeWord(fragment("<div class=\"ad-slot\"></div>")));
    assertNull(Vocabulary.negativeWord(fragment("<div class=\"header-add-button\"></div>")), "'add' is not 'ad'");
    assertNull(Vocabulary.negativeWord(fragment("<div class=\"commentary-text\"></div>")), "commentary is prose");
    assertEquals(25, Vocabulary.weight(fragment("<div class=\"entry-content\"></div>")));
    assertEquals(-25, Vocabulary.weight(fragment("<div id=\"sidebar\"></div>")));
  }

  private static Element fragment(String html) {
    return Jsoup.parseBodyFragment(html).body().child(0);
  }
}
