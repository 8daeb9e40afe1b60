package org.offprint.read.html.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetaAuthorsTest {
  private static List<String> names(String byline) {
    return MetaAuthors.accept(MetaAuthors.clean(byline), "");
  }

  @Test
  void byPrefixesAreRemoved() {
    assertEquals(List.of("Ann Lee"), names("By Ann Lee"));
    assertEquals(List.of("Ann Lee"), names("BY: Ann Lee"));
    assertEquals(List.of("Ann Lee"), names("Written by Ann Lee"));
    assertEquals(List.of("Chris Cillizza"), names("Analysis by Chris Cillizza"));
    assertEquals(List.of("Anna Schmidt"), names("Autorin: Anna Schmidt"));
  }

  @Test
  void datesAndWeekdaysAreCutOff() {
    assertEquals(List.of("Nathan Willis"), names("By Nathan Willis March 25, 2015"));
    assertEquals(List.of("Joe Wee"), names("Joe Wee Monday, February 29, 2016"));
    assertEquals(List.of("Lucas Nolan"), names("by Lucas Nolan22 Dec 2016651"));
    assertEquals(List.of("Ann Lee"), names("Ann Lee | 5 hours ago"));
  }

  @Test
  void severalAuthorsAreSplit() {
    assertEquals(List.of("Ann Lee", "Bob Stone"), names("Ann Lee and Bob Stone"));
    assertEquals(List.of("Ann Lee", "Bob Stone", "Cy Young"), names("Ann Lee, Bob Stone & Cy Young"));
    assertEquals(List.of("Jean Dupont", "Marie Curie"), names("Par Jean Dupont et Marie Curie"));
    assertEquals(List.of("Иван Петров", "Анна Смирнова"), names("Иван Петров и Анна Смирнова"));
  }

  @Test
  void aLowerCaseByWordBeforeOneNameIsCutButACapitalisedSurnameParticleStays() {
    assertEquals(List.of("Ulrike"), names("von Ulrike"));
    assertEquals(List.of("Claire"), names("par Claire"));
    assertEquals(List.of("Von Trier"), names("Von Trier"));
    assertEquals(List.of("Di Maio"), names("Di Maio"));
    // a site's name is no person's: the "von" stays, and the line is judged as a whole
    assertFalse(names("von LeasingMarkt.de").contains("LeasingMarkt.de"));
  }

  @Test
  void aNameWithAParenthesisOrASurnameParticleStaysWhole() {
    assertEquals(List.of("Martin Untersinger (avec Damien Leloup et Morgane Tual)"),
        names("Martin Untersinger (avec Damien Leloup et Morgane Tual)"));
    assertEquals(List.of("Luigi Di Maio"), names("Luigi Di Maio"));
    assertEquals(List.of("Ludwig van Beethoven"), names("Ludwig van Beethoven"));
  }

  @Test
  void aSentenceIsNotSplitIntoNames() {
    assertEquals(List.of("The Russian and Syrian defense ministries"),
        names("The Russian and Syrian defense ministries"));
  }

  @Test
  void aDeskIsNoAuthor() {
    assertFalse(MetaAuthors.valid("Our Foreign Staff", ""));
    assertFalse(MetaAuthors.valid("Politics Desk", ""));
    assertFalse(MetaAuthors.valid("The Editors", ""));
    assertFalse(MetaAuthors.valid("HNN Staff", ""));
    assertFalse(MetaAuthors.valid("Die Redaktion", ""));
    assertEquals(List.of("Ann Lee"), names("By Ann Lee, Health Desk"));
  }

  @Test
  void whatIsNeverAnAuthor() {
    assertFalse(MetaAuthors.valid("https://example.org/ann", ""));
    assertFalse(MetaAuthors.valid("ann@example.org", ""));
    assertFalse(MetaAuthors.valid("March 25, 2015", ""));
    assertFalse(MetaAuthors.valid("Updated yesterday", ""));
    assertFalse(MetaAuthors.valid("BBC News", "BBC News"));
    assertFalse(MetaAuthors.valid("CNN Business", "CNN"));
    assertFalse(MetaAuthors.valid("kei_eno", ""));
    assertFalse(MetaAuthors.valid("jdadmin", ""));
    assertFalse(MetaAuthors.valid("By", ""));
    assertTrue(MetaAuthors.valid("danah boyd", ""));
    assertTrue(MetaAuthors.valid("肖春芳", ""));
    assertTrue(MetaAuthors.valid("Haki Benita", "Haki Benita")); // a person's own blog
  }

  @Test
  void onlyATextThatMayStartWithAByWordGetsTheFullByLineCheck() {
    assertTrue(MetaAuthors.mayOpenByLine("\n  \u00a0By Ann"));
    assertTrue(MetaAuthors.mayOpenByLine("written by"));
    assertTrue(MetaAuthors.mayOpenByLine("\u200bBy Ann")); // not ASCII: left to the full check
    assertTrue(MetaAuthors.mayOpenByLine("автор"));
    assertFalse(MetaAuthors.mayOpenByLine("  The story"));
    assertFalse(MetaAuthors.mayOpenByLine(" \n "));
    // the second letter too: each word of BY_START passes, what starts no word does not
    for (String w : new String[] {"By", "WRITTEN BY", "posted by", "par", "von", "Por", "di", "door", "przez",
        "Autor", "autore", "auteur", "Dıe"}) {
      assertTrue(MetaAuthors.mayOpenByLine(w), w);
    }
    for (String w : new String[] {"But", "During", "Also", "A", "b", "pe", "W.", "d\n"}) {
      assertFalse(MetaAuthors.mayOpenByLine(w), w);
    }
  }

  @Test
  void aPublishedOnLabelInAnyLanguageIsNoName() {
    for (String label : List.of("Veröffentlicht am", "Publié le", "Publicado el", "Pubblicato il", "Published on")) {
      assertEquals(List.of(), names(label), label);
    }
  }

  @Test
  void aTextThatMayNotOpenAByLineOpensNone() {
    // strings of the letters and marks around "By" words, fixed seed: whenever the quick test says no, the full
    // check agrees (long "By" lines included)
    String alphabet = "bByYwWrRpPoOaAdDiIvVuUtTzZeE \n\t\u00a0\u200b\u00ad:\u0131\u017f\u212a.\u0001";
    java.util.Random r = new java.util.Random(15);
    for (int n = 0; n < 20000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(8); k >= 0; k--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      sb.append(r.nextBoolean() ? " Ann Lee" : "");
      String s = sb.toString();
      if (MetaAuthors.mayOpenByLine(s)) continue;
      org.jsoup.nodes.Element p = new org.jsoup.nodes.Element("p");
      org.jsoup.nodes.TextNode t = new org.jsoup.nodes.TextNode(s);
      p.appendChild(t);
      new org.jsoup.nodes.Element("div").appendChild(p);
      assertEquals(null, MetaAuthors.byLine(t), s);
    }
  }
}
