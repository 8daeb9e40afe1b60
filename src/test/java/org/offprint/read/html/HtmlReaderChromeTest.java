package org.offprint.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.offprint.model.Diagnostic;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Heading;

/** Main-content detection and cleanup: what stays and what goes. */
class HtmlReaderChromeTest {

  @Test
  void keepsTheArticleAndDropsThePageChrome() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE)));
    assertTrue(text.contains("The harbour town woke slowly"), text);
    assertTrue(text.contains("of the summer when the herring came so thick"), text);
    for (String chrome : List.of("World", "cookies", "Share on Twitter", "A storm on the coast", "Great article",
        "Copyright 2024")) {
      assertFalse(text.contains(chrome), chrome + " should be gone: " + text);
    }
  }

  @Test
  void dropsTheHeadlineAndBylineBecauseTheyAreMetadata() throws Exception {
    Document doc = Pages.read(Pages.page(Pages.PROSE));
    String text = Pages.text(doc);
    assertFalse(text.contains("The Harbour Town"), text);
    assertFalse(text.contains("Anna Berg"), text);
    assertEquals("The Harbour Town", doc.metadata().title());
  }

  @Test
  void dropsAFormThatAsksForTextEvenWhenItsLabelsSitInParagraphs() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <form action="/comments" method="post">
          <p>Your email address will not be published. Required fields are marked COMMENTFORM.</p>
          <p><label for="c">Comment</label><textarea id="c" name="comment"></textarea></p>
          <p><label for="n">Name</label><input id="n" name="author" type="text"></p>
        </form>
        """)));
    assertFalse(text.contains("COMMENTFORM"), text);
    assertTrue(text.contains("harbour town"), text);
  }

  @Test
  void dropsTheLabelsOfBlocksNamedButtonsButKeepsTheirText() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <div class="gal-buttons"><div class="gal-button gal-button-fullscreen">Full Screen</div>
        <div class="gal-button gal-button-autoplay">Autoplay</div><div class="galBtn">Close</div></div>
        <div class="button-row"><p>The ferry leaves at six, BUTTONPROSE, and the last bus waits for it at the pier.</p>
        </div>
        <p>Press <span class="key-button">Enter</span> to ring the harbour bell, INLINEBUTTON.</p>
        """)));
    assertFalse(text.contains("Full Screen") || text.contains("Autoplay") || text.contains("Close"), text);
    assertTrue(text.contains("BUTTONPROSE"), text);
    assertTrue(text.contains("Press Enter to ring the harbour bell"), text);
  }

  @Test
  void dropsHiddenStructuredDataButKeepsAHiddenBoxOfProse() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <p>The harbour board met again on Friday to hear the pilots, as it promised in the spring.</p>
        <span class="hidden"><span itemprop="image" itemscope><span itemprop="url">https://example.org/MICRO.jpg</span>
        <span itemprop="height">890</span></span><span itemprop="publisher" itemscope><span itemprop="name">Harbour
        Press</span></span></span>
        <div class="article-rest hidden"><p>The pilots asked for a second tug, READMORE, before the winter storms.</p>
        </div>
        """)));
    assertFalse(text.contains("MICRO.jpg"), text);
    assertTrue(text.contains("READMORE"), text);
  }

  @Test
  void keepsTheParagraphsOfAFormWithoutTextFields() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <form action="/recipe"><p>Serve the soup hot, with the rye bread of the day before, KEPTFORM.</p>
        <p><select name="servings"><option>2</option><option>4</option></select></p></form>
        """)));
    assertTrue(text.contains("KEPTFORM"), text);
  }

  @Test
  void dropsALinkLineThatEndsTheArticleButKeepsACitedAddress() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <p>The petition is open until the end of the month, and the council will read it in June:</p>
        <p><a href="https://petitions.example/harbour">https://petitions.example/harbour</a></p>
        <p><a href="/news/overview">Back to all harbour news</a></p>
        """)));
    assertFalse(text.contains("Back to all harbour news"), text);
    assertTrue(text.contains("https://petitions.example/harbour"), text);
  }

  @Test
  void dropsALabelledLinkToAnotherArticleButKeepsLinksInSentences() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <p><b>Lesen Sie auch: <a href="/harbour/ferries">Die Fähren fahren wieder nach Plan</a></b></p>
        <p>Read the <a href="/harbour/report">harbour master's full report on the tides</a> for the details.</p>
        <p>The boats went out again at dusk, and the town watched them go from the end of the long quay.</p>
        """)));
    assertFalse(text.contains("Die Fähren fahren"), text);
    assertTrue(text.contains("harbour master's full report on the tides"), text);
  }

  @Test
  void writesTextInUnicodeFormCSoThatALetterAndItsMarksReadAsOne() throws Exception {
    // "geprüft" typed as u and a combining diaeresis, as some editors save it
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE
        + "<p>Besonders bei Babyschalen sollte gepru\u0308ft werden, ob der Sitz fest im Auto steht.</p>")));
    assertTrue(text.contains("sollte gepr\u00fcft werden"), text);
    assertFalse(text.contains("\u0308"), text);
  }

  @Test
  void aNameThatSaysContentDoesNotOutweighTheArticlesProse() throws Exception {
    StringBuilder links = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      links.append("<a href=\"/news/").append(i).append("\">Another harbour story with a long headline, number ")
          .append(i).append("</a>");
    }
    String html = """
        <html><head><title>The Harbour Town</title></head><body>
        <div class="wrap"><div class="news"><div class="item"><div class="row">
        <p>The harbour town woke slowly, with fishermen mending nets, bakers lighting ovens, and gulls circling over
        the quay while the tide, still low, left the boats leaning in the mud. By noon the market was full: farmers
        from the valley, traders from the coast, and travellers who had come for the fair. The harbour master, who
        had seen forty such summers, said the catch was the best in years, and the prices, for once, were fair to
        the boats and to the buyers alike. In the evening the lamps were lit along the water.</p>
        </div></div><div class="side">%s</div></div></div>
        <div class="wrap"><div class="bottom_content"><div class="info">
        <div>The Harbour Gazette is the leading weekly of the coast. With the Gazette, its supplements and its
        yearly almanac you get the news of the ports, the tides and the markets, every week of the year.</div>
        </div></div></div></body></html>""".formatted(links);
    String text = Pages.text(Pages.read(html));
    assertTrue(text.contains("the catch was the best in years"), text);
    assertFalse(text.contains("leading weekly of the coast"), text);
  }

  @Test
  void dropsCreditLinesLeftInTheTextInGermanAndAsALoneCopyrightNotice() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <p>© Anna Berg/Harbour Press</p>
        <p>The harbour master wrote the tide tables himself; the copyright sign © on them was his own joke.</p>
        <p>Titelbild: Anna Berg/Harbour Press</p>
        """)));
    assertFalse(text.contains("Anna Berg/Harbour Press"), text);
    assertTrue(text.contains("the copyright sign © on them was his own joke"), text);
  }

  @Test
  void dropsThePlaceholderOfAnEmbedThatAsksForConsentButKeepsProseAboutConsent() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <p>The council now asks every visitor for consent before the harbour cameras show a face, and the data
        protection officer said that the new rules were the strictest on the coast, which pleased nobody.</p>
        <div><div class="box"><div>Externer Inhalt</div>
        <div>Um Deine persönlichen Daten zu schützen, haben wir das automatische Laden der Inhalte von
        twitter.com blockiert. Wenn Dir Inhalte dieses Anbieters angezeigt werden sollen, stimme bitte zu.</div>
        <div><label>Ich bin einverstanden, dass ich diesen Inhalt angezeigt bekomme.</label></div></div></div>
        <p>The boats went out again at dusk, and the town watched them go from the end of the long quay.</p>
        """)));
    assertFalse(text.contains("Externer Inhalt"), text);
    assertFalse(text.contains("twitter.com blockiert"), text);
    assertTrue(text.contains("asks every visitor for consent"), text);
    assertTrue(text.contains("The boats went out again at dusk"), text);
  }

  @Test
  void dropsGalleryControlsAndCountersButKeepsAnAccordionQuestion() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <p>Grease the tin with a little butter, using a pastry brush or a piece of kitchen paper for it.</p>
        <div role="button"><span>Bild anzeigen</span> <span>Bild schließen</span></div>
        <p>2 von 17</p>
        <p>weiterlesen 5 Minuten</p>
        <p>25 Min.</p>
        <div role="button" aria-expanded="false"><h3>How long does the cake keep in a cool larder?</h3></div>
        <p>Three days under a cloth, if nobody in the house knows where it stands.</p>
        """)));
    assertFalse(text.contains("Bild anzeigen"), text);
    assertFalse(text.contains("2 von 17"), text);
    assertFalse(text.contains("weiterlesen 5 Minuten"), text);
    assertTrue(text.contains("25 Min."), text); // a recipe's time, not a reading time
    assertTrue(text.contains("How long does the cake keep"), text);
    assertTrue(text.contains("Three days under a cloth"), text);
  }

  @Test
  void dropsTheCardThatPopsUpOverANameButKeepsTheNameInTheSentence() throws Exception {
    String text = Pages.text(Pages.read(Pages.page("""
        <p>A man pleaded guilty to charges he threatened to kill Rep. <span class="rollover-people"><a
        class="rollover-people-link" href="/people/anna-berg">Anna Berg</a><span class="rollover-people-block"><span
        class="rollover-block"><img src="/berg.jpg" alt=""><a class="name" href="/people/anna-berg">Anna Berg</a>
        <a href="/news/1">Berg asks the court for compassion in sentencing</a> <a href="/people/anna-berg">MORE</a>
        </span></span></span> (D-Harbour), the prosecutor's office announced on Monday, after a long hearing.</p>
        """ + Pages.PROSE)));
    assertTrue(text.contains("threatened to kill Rep. Anna Berg (D-Harbour), the prosecutor's office"), text);
    assertFalse(text.contains("asks the court for compassion"), text);
  }

  @Test
  void choosesTheSameArticleEveryTimeWhenTwoCandidatesScoreAlike() throws Exception {
    String half = """
        <p>The harbour town woke slowly, with fishermen mending nets, bakers lighting ovens, and gulls circling
        over the quay while the tide, still low, left the boats leaning in the mud of the inner basin.</p>""";
    String html = "<html><head><title>Harbour</title></head><body><div><div class=\"one\">" + half
        + "</div></div><div><div class=\"two\">" + half.replace("harbour town", "harbour city")
        + "</div></div></body></html>";
    java.util.Set<String> texts = new java.util.HashSet<>();
    for (int i = 0; i < 30; i++) texts.add(Pages.text(Pages.read(html)));
    assertEquals(1, texts.size(), texts.toString());
  }

  @Test
  void dropsTheBoxAboutTheAuthorThatClosesAPostButKeepsASectionAboutAnAuthor() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <p><strong>Über den Autor</strong></p>
        <p>Anna Berg (born 1962) has written about wine and the coast for more than twenty-five years, BIOLINE.</p>
        """)));
    assertFalse(text.contains("BIOLINE"), text);
    assertFalse(text.contains("Über den Autor"), text);
    String essay = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <h2>About the author</h2>
        <p>The novel's author, a harbour master's daughter, wrote it in the winter of 1911, KEPTBIO.</p>
        <h2>About the book</h2>
        <p>It tells of the summer when the herring came so thick that the boats could not hold them all.</p>
        """)));
    assertTrue(essay.contains("KEPTBIO"), essay);
  }

  @Test
  void dropsAParagraphOfLinksToOtherArticlesUnderATeaserLabel() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <p>Siehe auch<br><a href="/a">Die Fähren fahren wieder nach Plan</a><br><a href="/b">Der Hafen im
        Winter, als das Eis kam</a><br><a href="/c">Was der Hafenmeister über die Gezeiten weiß</a></p>
        """)));
    assertFalse(text.contains("Die Fähren fahren"), text);
    assertFalse(text.contains("Siehe auch"), text);
    assertTrue(text.contains("harbour town woke slowly"), text);
  }

  @Test
  void dropsALoneAdvertisementLabelAndAnAffiliateDisclosureLabel() throws Exception {
    String text = Pages.text(Pages.read(Pages.page("<p>Anzeige, enthält Affiliate Links</p>" + Pages.PROSE
        + "<div>Advertisement</div><p>The boats went out again at dusk, and the town watched them go.</p>"
        + "<div><div class=\"label\">ADVERTISING</div></div><p>The lamps were lit along the quay one by one.</p>")));
    assertFalse(text.contains("Affiliate"), text);
    assertFalse(text.contains("Advertisement"), text);
    assertFalse(text.contains("ADVERTISING"), text);
    assertTrue(text.contains("The lamps were lit"), text);
    assertTrue(text.contains("The boats went out again at dusk"), text);
  }

  @Test
  void keepsAnH1ThatHeadsTheArticlesFirstSectionWhenTheHeadlineStandsAboveIt() throws Exception {
    Document doc = Pages.read("""
        <html><head><title>About us</title></head><body>
        <header class="page-header"><h1 class="page-title">About us</h1></header>
        <div class="page-content"><h1>Artistic career</h1>""" + Pages.PROSE + "</div></body></html>");
    assertTrue(doc.blocks().stream().anyMatch(b -> b instanceof Heading h && h.text().equals("Artistic career")),
        Pages.text(doc));
    assertFalse(doc.blocks().stream().anyMatch(b -> b instanceof Heading h && h.text().equals("About us")),
        Pages.text(doc));
  }

  @Test
  void dropsABlogsLongFilingLineAtTheEnd() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <p>This entry was posted on Wednesday, November 27th, 2019 at 3:21 pm and is filed under Harbour, Tides,
        Weather, Events and Calendar. You can follow any responses to this entry through the RSS 2.0 feed. Responses
        are currently closed, but you can trackback from your own site, as many of the readers of the log did.</p>
        """)));
    assertFalse(text.contains("This entry was posted"), text);
    assertTrue(text.contains("harbour town woke slowly"), text);
  }

  @Test
  void dropsHiddenElements() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <p hidden>Secret one, hidden by attribute from every reader of the page.</p>
        <p aria-hidden="true">Secret two, hidden from assistive technology and so from us.</p>
        <p style="display: none">Secret three, hidden by an inline style on the element.</p>
        <p style="visibility:hidden">Secret four, invisible but taking up its space.</p>
        """)));
    assertFalse(text.contains("Secret"), text);
    assertTrue(text.contains("harbour town"), text);
  }

  @Test
  void dropsScriptsStylesFormsAndFramesButKeepsTheTextOfScriptLinks() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <script>var tracking = "SCRIPTTEXT";</script><style>.x { color: red } STYLETEXT</style>
        <iframe src="https://ads.example/frame">FRAMETEXT</iframe>
        <form><input name="q"><button>Search FORMTEXT</button></form>
        <p>Press <a href="javascript:void(0)">this lamp</a> to light the quay at night, the keeper said.</p>
        """)));
    for (String gone : List.of("SCRIPTTEXT", "STYLETEXT", "FRAMETEXT", "FORMTEXT")) {
      assertFalse(text.contains(gone), gone + ": " + text);
    }
    assertTrue(text.contains("Press this lamp to light the quay"), text);
  }

  @Test
  void dropsTeaserBoxesIntroducedByALabel() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <div><h4>You may also like</h4><ul><li><a href="/x">Ten harbours to visit this summer</a></li>
        <li><a href="/y">Why the herring left</a></li></ul></div>
        <p>READ MORE: <a href="/z">The lighthouse keeper's last night on the rock</a></p>
        """)));
    assertFalse(text.contains("Ten harbours"), text);
    assertFalse(text.contains("lighthouse keeper"), text);
    assertFalse(text.contains("You may also like"), text);
  }

  @Test
  void dropsTagListsAndCommentNotices() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <p><strong>Tags: <a rel="tag" href="/t/harbour">harbour</a>, <a rel="tag" href="/t/lanterns">lanterns</a>,
        <a rel="tag" href="/t/fish">fish</a></strong></p>
        <p>Comments are moderated and will appear after review.</p>
        """)));
    assertFalse(text.contains("lanterns"), text);
    assertFalse(text.contains("moderated"), text);
    assertTrue(text.endsWith("the nets tore."), text);
  }

  @Test
  void dropsDateLinesAtTheTopAndCreditLinesAnywhere() throws Exception {
    String text = Pages.text(Pages.read(Pages.page("<p>Harbour desk | Updated: 19 November 2019, 09:01</p>"
        + Pages.PROSE + "<p>Image copyright Getty Images</p><p>Gulls over the quay (Image: GETTY)</p>")));
    assertTrue(text.startsWith("The harbour town woke slowly"), text);
    assertFalse(text.contains("Getty"), text);
    assertFalse(text.contains("GETTY"), text);
  }

  @Test
  void normalisesHeadingLevelsSoTheBodyStartsAtTwo() throws Exception {
    // the transform stage's HeadingLevels, which every document goes through after its reader
    Document doc = org.offprint.transform.Transforms.apply(Pages.read(Pages.page(Pages.PROSE
        + "<h4>The festival</h4>" + Pages.PROSE + "<h5>The night</h5>" + Pages.PROSE)), "page",
        org.offprint.model.Diagnostics.IGNORE);
    List<Heading> headings = Pages.blocksOf(doc, Heading.class);
    assertEquals(2, headings.size(), headings.toString());
    assertEquals(2, headings.get(0).level());
    assertEquals(3, headings.get(1).level());
  }

  @Test
  void explainsEachRemovalAsAnInfoDiagnostic() throws Exception {
    Diagnostics.Collector c = Diagnostics.collector();
    Pages.read(Pages.page(Pages.PROSE), c);
    List<Diagnostic> all = c.all();
    assertTrue(all.stream().allMatch(d -> d.severity() == Diagnostic.Severity.INFO), all.toString());
    assertTrue(all.stream().anyMatch(d -> d.message().startsWith("removed div.share-buttons: ")), all.toString());
    assertTrue(all.stream().anyMatch(d -> d.message().startsWith("removed div.cookie-banner: ")), all.toString());
    assertTrue(all.stream().anyMatch(d -> d.message().contains("section#comments")), all.toString());
  }

  @Test
  void findsTheArticleWithoutAnySemanticMarkup() throws Exception {
    String html = """
        <html><body><div class="top"><a href="/">Home</a> | <a href="/a">About</a> | <a href="/c">Contact</a></div>
        <div class="col-left"><div><a href="/1">Link one</a></div><div><a href="/2">Link two</a></div></div>
        <div class="col-main"><div>""" + Pages.PROSE + """
        </div></div><div class="bottom"><a href="/t">Terms</a> <a href="/p">Privacy</a></div></body></html>""";
    String text = Pages.text(Pages.read(html));
    assertTrue(text.startsWith("The harbour town woke slowly"), text);
    assertFalse(text.contains("Link one"), text);
    assertFalse(text.contains("Privacy"), text);
  }

  @Test
  void neverReturnsAnEmptyArticleWhenThePageHasText() throws Exception {
    Document doc = Pages.read("<html><body><div class=\"sidebar\">Only this short note.</div></body></html>");
    assertEquals("Only this short note.", Pages.text(doc));
  }

  @Test
  void takesTheArticleBodyFromJsonLdWhenTheMarkupHoldsLittleOfIt() throws Exception {
    String body = "The harbour town woke slowly, with fishermen mending nets. ".repeat(12);
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
        + body + "\"}</script></head><body><div id=\"app\"><p>Loading the story, please wait a moment.</p></div>"
        + "</body></html>";
    String text = Pages.text(Pages.read(html));
    assertTrue(text.startsWith("The harbour town woke slowly"), text);
  }

  @Test
  void aHeadingWhoseAnchorIdSoundsLikeChromeIsKept() throws Exception {
    String html = "<html><body><article><h1>T</h1>"
        + "<p>" + "The lease round sets out what the council hopes to gain from the tidal sites. ".repeat(6) + "</p>"
        + "<h2 id=\"recommendations\">Recommendations</h2>"
        + "<p>" + "First, publish the grid timetable so that bidders can price the delay honestly. ".repeat(6) + "</p>"
        + "</article></body></html>";
    var doc = HtmlReader.create().read(org.offprint.read.Source.of("t.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        org.offprint.model.Diagnostics.IGNORE);
    assertTrue(doc.blocks().stream().anyMatch(b -> b instanceof org.offprint.model.Heading h && h.text().equals("Recommendations")),
        doc.blocks().toString());
  }

  @Test
  void aHeadlineSetInAPlainDivIsNotRepeatedInTheBody() throws Exception {
    String html = "<html><head><title>Bridge to close</title></head><body><div class=\"story\">"
        + "<div class=\"hed\">Bridge to close</div>"
        + "<p>" + "The bridge will close to all traffic for eight months from March, the council said. ".repeat(5) + "</p>"
        + "<p>" + "Drivers will be sent along a signed diversion through the next village. ".repeat(5) + "</p>"
        + "</div></body></html>";
    var read = HtmlReader.create().read(org.offprint.read.Source.of("t.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        org.offprint.model.Diagnostics.IGNORE);
    assertEquals("Bridge to close", read.metadata().title());
    // the reader keeps the div's words; the transform stage (DuplicateTitle) drops the repeat for every reader
    var doc = org.offprint.transform.Transforms.apply(read, "t.html", org.offprint.model.Diagnostics.IGNORE);
    assertTrue(doc.blocks().get(0) instanceof org.offprint.model.Paragraph p && p.text().startsWith("The bridge"),
        doc.blocks().get(0).toString());
  }

  @Test
  void aLinkInsideASentenceStaysWhateverItsClassSays() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <p>The <a id="auto-tag_doobie-brothers" class="tag-link share" href="/t/doobie">Doobie Brothers</a> will
        unite with former frontman <a class="related-link" href="/t/mcd">Michael McDonald</a> for a tour of the
        coast towns next <span class="ad-slot">summer</span>, the promoter said on Friday.</p>
        """)));
    assertTrue(text.contains("The Doobie Brothers will unite with former frontman Michael McDonald for a tour"),
        text);
    assertTrue(text.contains("coast towns next summer, the promoter said"), text);
  }

  @Test
  void aWordPressPostWithTaxonomyClassesIsKept() throws Exception {
    String text = Pages.text(Pages.read("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Scherenschnitt</title></head><body>
        <div id="nav"><ul><li><a href="/">Start</a></li><li><a href="/about">Über mich</a></li></ul></div>
        <div id="post-27529" class="post-27529 post type-post status-publish format-standard hentry
          category-allgemein tag-newsletter tag-popular tag-aktiv-lernen">
        <h2 class="entry-title">Scherenschnitt</h2>
        <div class="entry-content"><p>Die Stadt steht schwarz vor dem hellen Himmel, ausgeschnitten mit der
        kleinen Schere.</p></div></div>
        <div id="comments"><h3>Eine Antwort</h3><p>Schön geworden, wirklich sehr schön!</p></div>
        <div id="sidebar"><h3>Archiv</h3><ul><li><a href="/2019">2019</a></li></ul></div>
        </body></html>"""));
    assertTrue(text.contains("Die Stadt steht schwarz vor dem hellen Himmel"), text);
    assertTrue(!text.contains("Schön geworden") && !text.contains("Archiv"), text);
  }

  @Test
  void aPageOfChromeOnlyGivesNoArticleRatherThanItsWholeTextAndSaysSo() throws Exception {
    Diagnostics.Collector d = Diagnostics.collector();
    Document doc = Pages.read("""
        <html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <div class="menu"><ul><li><a href="/a">Archive of the harbour town's stories</a></li>
        <li><a href="/b">Contact the editors of the harbour paper</a></li></ul></div>
        <footer>Copyright 2024 Coast News, all rights reserved by the publisher.</footer></body></html>""", d);
    assertEquals("", Pages.text(doc));
    assertTrue(d.all().stream().anyMatch(x -> x.message().startsWith("no article found")), d.all().toString());
  }

  @Test
  void aWeakFirstGuessIsComparedWithTheArticleFoundWithoutNameCues() throws Exception {
    Diagnostics.Collector d = Diagnostics.collector();
    // the post's wrapper is named like chrome, and the short line left outside it is all the first guess finds
    String text = Pages.text(Pages.read("""
        <html><body><div class="intro"><p>A note from the harbour master, posted on the first of May.</p></div>
        <div class="widget blog-posts"><p>A note from the harbour master, posted on the first of May.</p>
        """ + Pages.PROSE + "</div><aside>" + Pages.PROSE.replace("harbour", "river") + "</aside>"
        + "<div class=\"comments\">" + Pages.PROSE.replace("harbour", "lake") + "</div></body></html>", d));
    assertTrue(text.contains("The harbour town woke slowly"), text + d.all());
    assertTrue(d.all().stream().anyMatch(x -> x.message().startsWith("the article found was weak")),
        d.all().toString());
  }

  @Test
  void aNoscriptThatHoldsThePostIsContent() throws Exception {
    String text = Pages.text(Pages.read("<html><body><div class=\"post\"><noscript>" + Pages.PROSE
        + "</noscript></div><noscript><p>Please enable JavaScript to see the comments.</p></noscript></body></html>"));
    assertTrue(text.contains("The harbour town woke slowly"), text);
    assertFalse(text.contains("enable JavaScript"), text);
  }

  @Test
  void aTeaserOfPlainTextIsTheLeadAndATeaserWithALinkIsChrome() throws Exception {
    String text = Pages.text(Pages.read(Pages.page("""
        <div class="teaser-text"><p>The harbour board met on Monday and agreed, after a long night, to rebuild the
        old quay wall before the winter storms.</p></div>
        """ + Pages.PROSE + """
        <div class="teaser"><h3><a href="/other">The lighthouse keeper retires</a></h3>
        <p>After forty years the keeper hands over the lamp to his niece, who grew up on the rock.</p></div>
        """)));
    assertTrue(text.contains("The harbour board met on Monday"), text);
    assertFalse(text.contains("lighthouse keeper retires") || text.contains("hands over the lamp"), text);
  }

  @Test
  void aTableOfContentsDoesNotMakeTheSectionItOpensLinkDense() throws Exception {
    // links to the page's own sections lead into the text, not away from it: the section stays, its list goes
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + Pages.PROSE + Pages.PROSE + """
        <div class="part"><p>The questions the harbour board still has to answer, SECTIONPROSE, before spring.</p>
        <ul><li><a href="#wall">How high must the new wall be?</a></li><li><a href="#cost">Who pays for it?</a></li>
        <li><a href="#boats">Where do the boats wait meanwhile?</a></li><li><a href="#when">When does the work
        start?</a></li></ul>
        <h2 id="wall">How high must the new wall be?</h2><p>Two metres above the spring tide, the engineers say.</p>
        </div>
        """)));
    assertTrue(text.contains("SECTIONPROSE") && text.contains("Two metres above the spring tide"), text);
    assertFalse(text.contains("Who pays for it?"), text);
  }

  @Test
  void aTeaserOfPlainTextWithALinkInsideASentenceIsStillTheLead() throws Exception {
    String text = Pages.text(Pages.read(Pages.page("""
        <div class="teaser-text"><p>The harbour board met on Monday and agreed, after a long night, to rebuild the
        old quay wall before the winter storms, as <a href="/board">the board's chair</a> had promised in spring
        when the first stones fell into the water.</p></div>
        """ + Pages.PROSE)));
    assertTrue(text.contains("The harbour board met on Monday"), text);
  }

  @Test
  void aTeaserThatHoldsThePagesH1IsTheArticlesHeader() throws Exception {
    // a CMS's "teaser" module for the article itself: its headline, a back link and the lead with a link in it
    Document doc = Pages.read("""
        <html><head><title>The Harbour Town</title></head><body><div class="site"><a href="/">Coast News</a></div>
        <div class="module module-image-teaser"><a href="/news">Back</a><h1>The Harbour Town</h1>
        <p>The harbour board met on Monday and agreed, HEADERLEAD, after a long night of talks with the pilots and
        the fishermen, to rebuild the <a href="/wall">quay wall</a> before the storms.</p></div>
        <div class="story-body">""" + Pages.PROSE + """
        </div><div class="teaser"><h3><a href="/other">The lighthouse keeper retires</a></h3></div></body></html>
        """);
    String all = doc.metadata().subtitle() + " " + Pages.text(doc);
    assertTrue(all.contains("HEADERLEAD"), all);
    assertFalse(all.contains("lighthouse keeper"), all);
  }

  @Test
  void aParagraphInAWrapperOfItsOwnBesideTheArticleIsPartOfIt() throws Exception {
    // the lead stands in a block of its own next to the body's container; only a bare <p> sibling was taken
    String text = Pages.text(Pages.read("""
        <html><head><title>The Harbour Town</title></head><body><div class="site"><a href="/">Coast News</a></div>
        <div class="story"><div class="intro"><p>The harbour board met on Monday and agreed, after a long night,
        to rebuild the old quay wall before the winter storms.</p></div>
        <div class="story-body">""" + Pages.PROSE + """
        <p>The work starts in March, when the last of the herring boats is back in the harbour for the spring.</p>
        </div></div><div class="links"><a href="/a">A storm on the coast</a></div></body></html>
        """));
    assertTrue(text.startsWith("The harbour board met on Monday"), text);
    assertFalse(text.contains("A storm on the coast"), text);
  }

  @Test
  void proseFoldedBehindAReadMoreToggleIsTextAndAReadMoreLinkIsChrome() throws Exception {
    // a script folds a long block under "read more" (class js_readmore): the block is the text, not a link to it
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <p class="box-txt js_readmore">The cottage sleeps four, FOLDED, and looks over the harbour from the top of
        the hill, with a garden that runs down to the old rope walk.</p>
        <div class="read-more"><a href="/cottages">More cottages by the sea</a></div>
        """)));
    assertTrue(text.contains("FOLDED"), text);
    assertFalse(text.contains("More cottages"), text);
  }

  @Test
  void aHeadingLeftAtTheEndOfTheArticleGoesWithTheBoxItLabelled() throws Exception {
    Document doc = Pages.read(Pages.page(Pages.PROSE + """
        <h2>The new quay</h2><p>Work on the new quay starts in spring, when the herring season is over.</p>
        <h3>Weitere Tourentipps</h3><div class="related"><a href="/a">Along the dunes</a></div>
        """));
    String text = Pages.text(doc);
    assertTrue(text.contains("The new quay") && text.contains("Work on the new quay starts"), text);
    assertFalse(text.contains("Weitere Tourentipps"), text);
  }

  @Test
  void aCardThatPopsUpOverANameIsTheOnlyThingTakenFromInsideASentence() throws Exception {
    String text = Pages.text(Pages.read(Pages.page("""
        <p>The motion was carried by councillor <a class="people-link" href="/p/rhys">Anna Rhys</a><span
        class="rollover-people-block"><img src="rhys.jpg" width="100"><a href="/p/rhys">Anna Rhys</a>
        <a href="/news/1">Council backs new quay</a></span> after a long debate about the harbour wall.</p>
        """ + Pages.PROSE)));
    assertTrue(text.contains("carried by councillor Anna Rhys after a long debate about the harbour wall"), text);
    assertFalse(text.contains("Council backs new quay"), text);
  }

  @Test
  void structuredDataPrintedAsTextInASliderDoesNotOutweighTheArticle() throws Exception {
    StringBuilder slider = new StringBuilder("<div class=\"slider\">");
    for (int n = 1; n <= 8; n++) slider.append(String.format(ITEM, n, n, n));
    slider.append("</div>");
    String text = Pages.text(Pages.read("<html><body><div class=\"wrap\"><section><div><p>The quay reopened on Monday, after two"
        + " years of work.</p></div></section></div>" + slider + "</body></html>"));
    assertTrue(text.contains("The quay reopened on Monday"), text);
    assertFalse(text.contains("wp-content"), text);
  }

  @Test
  void aRunOfLinkOnlyLinesIsTeasersButOneLinkLineIsKept() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <p><a href="/report.pdf">The full report of the harbour board</a></p>
        <p>The board meets again in June, when the herring season is over and the boats are in.</p>
        <p><a href="/a">A roadtrip along the coast road</a></p><p><a href="/b">Autumn weekend on the islands</a></p>
        """)));
    assertTrue(text.contains("The full report of the harbour board"), text);
    assertFalse(text.contains("A roadtrip along the coast road") || text.contains("Autumn weekend"), text);
  }

  @Test
  void aPictureStoryWithItsWordsIsTheArticleNotImagesWithoutText() throws Exception {
    StringBuilder comic = new StringBuilder("<div><div class=\"row\"><p>What was that again about variables?"
        + " Here is a page from our teaching material.</p></div><div class=\"row\">");
    for (int n = 1; n <= 5; n++) comic.append("<div class=\"col\"><img src=\"comic").append(n).append(".png\" alt=\"Panel ")
        .append(n).append("\"></div>");
    comic.append("</div><p>No trouble with variables? Then try our <a href=\"/puzzle\">puzzle</a>.</p></div>");
    Document doc = Pages.read("<html><body><nav><a href=/>Home</a> <a href=/blog>Blog</a></nav><div class=\"container\">"
        + "<h1>Variables and their home</h1><p>11.12.2019 - Amelie Loevenich</p>" + comic + "</div>"
        + "<footer>Copyright 2020</footer></body></html>");
    String text = Pages.text(doc);
    assertTrue(text.contains("What was that again about variables?"), text);
    assertTrue(text.contains("No trouble with variables?"), text);
    assertEquals(5, Pages.blocksOf(doc, org.offprint.model.Figure.class).size(), text);
    // beside an article of its own, a strip of pictures with a line under them is still no prose
    Document beside = Pages.read(Pages.page(Pages.PROSE + "<div><p>Gallery</p><img src=a.png alt=a><img src=b.png alt=b>"
        + "<img src=c.png alt=c></div>"));
    assertFalse(Pages.text(beside).contains("Gallery"), Pages.text(beside));
    // a slider's thumbnails (no alt text) and a row of teaser pictures (links to other pages) are no sequence
    for (String strip : List.of("<div><img src=t1.jpg alt=\"\"></div><div><img src=t2.jpg alt=\"\"></div>"
        + "<div><img src=t3.jpg alt=\"\"></div>", "<div><a href=/a><img src=t1.jpg alt=One></a></div><div><a href=/b>"
        + "<img src=t2.jpg alt=Two></a></div><div><a href=/c><img src=t3.jpg alt=Three></a></div>")) {
      Document strips = Pages.read(Pages.page(Pages.PROSE + "<div class=\"row\">" + strip + "</div>" + Pages.PROSE));
      assertEquals(0, Pages.blocksOf(strips, org.offprint.model.Figure.class).size(), strip);
    }
  }

  @Test
  void aGallerysBlurbPrintedTwiceUnderItsPictureGoesButOneCopyStays() throws Exception {
    // a gallery's cover and its caption panel each print the gallery's description; the picture has no caption
    String blurb = "Harbour pilots bring the largest freighter of the winter alongside the north quay.";
    String gallery = "<div class=\"gal\"><div class=\"cover\"><img src=\"star.jpg\" alt=\"\"><div>" + blurb
        + "</div></div><div class=\"details\"><div class=\"handle\">Caption</div><div class=\"blurb\">" + blurb
        + "</div></div></div>";
    String text = Pages.text(Pages.read(Pages.page(gallery + Pages.PROSE)));
    assertFalse(text.contains("largest freighter") || text.contains("Caption"), text);
    assertTrue(text.contains("The harbour town woke slowly"), text);
    // printed once under a picture, it stays (as the picture's caption here)
    Document single = Pages.read(Pages.page("<img src=\"star.jpg\" alt=\"\"><p>" + blurb + "</p>" + Pages.PROSE));
    assertTrue(Pages.text(single).contains("largest freighter") || Pages.blocksOf(single,
        org.offprint.model.Figure.class).stream().anyMatch(f -> org.offprint.model.Inline.plainText(f.caption())
        .contains("largest freighter")), single.blocks().toString());
    // twice far from a picture (a refrain, a repeated question) it stays twice
    String refrain = "<p>" + blurb + "</p><p>The quay was quiet again.</p><p>" + blurb + "</p>";
    String twice = Pages.text(Pages.read(Pages.page(Pages.PROSE + refrain)));
    assertEquals(2, twice.split("largest freighter", -1).length - 1, twice);
  }

  @Test
  void aGallerysCopiesOfItsCaptionAndItsButtonLabelsGo() throws Exception {
    String caption = "Harbour pilots bring the freighter Aldery Star alongside the north quay at dawn, Tuesday, March 3";
    String gallery = "<div class=\"gallery\"><ul class=\"slides\"><li><div class=\"img-wrap\"><img src=\"star.jpg\" alt=\""
        + caption + ". Photo: Ines Varga / Coast News\"></div><div class=\"caption\"><div class=\"caption-full\">" + caption
        + ".<a class=\"toggle\"> less</a></div><div class=\"caption-truncated\">" + caption.substring(0, 60)
        + "<a class=\"toggle\"> ... more</a></div></div></li></ul><div class=\"controls\"><p class=\"open\">Caption</p>"
        + "<p class=\"shut\">Close</p></div><div class=\"caption-panel\"><div>" + caption + ".<a> less</a></div></div></div>";
    String after = "<p>The pilots have brought in larger ships every winter since the channel was deepened, and the"
        + " harbour master expects the first of the new container ships before the end of the month.</p>";
    Document doc = Pages.read(Pages.page(Pages.PROSE + gallery + after));
    String text = Pages.text(doc);
    assertTrue(text.contains("the nets tore") && text.contains("The pilots have brought in larger ships"), text);
    for (org.offprint.model.Paragraph p : Pages.blocksOf(doc, org.offprint.model.Paragraph.class)) {
      assertFalse(p.text().contains("alongside the north quay"), text); // no copy of the caption as a paragraph
      assertFalse(p.text().equals("Caption") || p.text().equals("Close"), text);
    }
    // the picture stays (in the one-item list of the gallery's slides), its caption once and without toggles
    org.offprint.model.Figure figure = doc.blocks().stream()
        .filter(b -> b instanceof org.offprint.model.ListBlock l
            && l.items().get(0).content().get(0) instanceof org.offprint.model.Figure)
        .map(b -> (org.offprint.model.Figure) ((org.offprint.model.ListBlock) b).items().get(0).content().get(0))
        .findFirst().orElseThrow(() -> new AssertionError(text));
    assertEquals(caption + ".", org.offprint.model.Inline.plainText(figure.caption()), text);
    // one plain copy of a long alt text is a paragraph of the article (a CMS may take the lead as alt text)
    String lead = "<p>" + caption + ".</p>";
    Document plain = Pages.read(Pages.page("<img src=\"star.jpg\" alt=\"" + caption + ".\">" + Pages.PROSE + lead));
    assertTrue(Pages.text(plain).contains("alongside the north quay"), Pages.text(plain));
  }

  @Test
  void aPressReleasesBoxAboutTheCompanyGoes() throws Exception {
    String release = "<p>Harrow Freight Systems, a maker of port cranes, announced a new crane with the Port of Aldery"
        + " that lifts forty containers an hour and draws its power from the tidal plant.</p>" + Pages.PROSE;
    String box = "<h3>About Harrow Freight Systems</h3><p>Harrow Freight Systems is a global provider of port equipment"
        + " and software. It employs around 1,300 people in 18 countries.</p><h3>About the Port of Aldery</h3>"
        + "<p>The Port of Aldery is the largest harbour of the Sound.</p><p>Media contact: press@example.org</p>";
    String text = Pages.text(Pages.read(Pages.page(release + box)));
    assertTrue(text.contains("forty containers an hour") && text.contains("the nets tore"), text);
    assertFalse(text.contains("global provider of port equipment") || text.contains("Media contact"), text);
    // the same description alone under a closing rule, the company named in the article
    String ruled = Pages.text(Pages.read(Pages.page(release + "<hr><p>Harrow Freight Systems is a global provider"
        + " of port equipment and software, headquartered in Aldery.</p>")));
    assertFalse(ruled.contains("global provider of port equipment"), ruled);
    assertTrue(ruled.contains("forty containers an hour"), ruled);
    // a last section "About the study" and one on a place are the article's, and so is a note on someone it never named
    Map<String, String> kept = Map.of(
        "<h3>About the study</h3><p>The survey asked 212 households in the spring.</p>", "asked 212 households",
        "<h3>About Aldery</h3><p>In the old town the tide still sets the hours of the market.</p>", "the tide still sets",
        "<hr><p>Mara Ellison is a reporter who covers the coast.</p>", "Mara Ellison is a reporter");
    for (Map.Entry<String, String> end : kept.entrySet()) {
      String t = Pages.text(Pages.read(Pages.page(release + end.getKey())));
      assertTrue(t.contains(end.getValue()), t);
    }
  }

  @Test
  void aMagazinesOfferAndACommentFormsModerationNoticeAfterTheArticleGo() throws Exception {
    for (String end : List.of(
        "<p>Get Coast Monthly delivered through your letterbox every month. 12 issues for £11.99.</p>",
        "<p>ATENÇÃO: Comentários com textos ofensivos não serão aprovados pelo moderador.</p>",
        "<p>Kommentare werden vor der Veröffentlichung moderiert.</p>")) {
      String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + end)));
      assertTrue(text.contains("the nets tore"), text);
      assertFalse(text.contains("12 issues") || text.contains("moderador") || text.contains("moderiert"), text);
    }
    // inside the article, the same words are its own
    String inside = "<p>The magazine once sold 12 issues for £3 a year, delivered to your door by the postman.</p>";
    assertTrue(Pages.text(Pages.read(Pages.page(inside + Pages.PROSE))).contains("12 issues for £3"));
  }

  @Test
  void aClosingRuleGoesAndTheDateLineBeforeItToo() throws Exception {
    Document doc = Pages.read(Pages.page(Pages.PROSE + "<p>First Published: Tuesday, November 19, 2019 08:38 AM</p><hr>"));
    assertFalse(Pages.text(doc).contains("First Published"), Pages.text(doc));
    assertFalse(doc.blocks().get(doc.blocks().size() - 1) instanceof org.offprint.model.Rule, doc.blocks().toString());
    // a rule between parts of the article stays
    Document parts = Pages.read(Pages.page(Pages.PROSE + "<hr>" + Pages.PROSE));
    assertTrue(parts.blocks().stream().anyMatch(b -> b instanceof org.offprint.model.Rule), parts.blocks().toString());
  }

  @Test
  void aPaywallNoticeEndsTheArticleAndItsPitchGoesWithIt() throws Exception {
    String pitch = """
        <p>To view the full story, please subscribe to <a href="/subscribe">Coast News</a>. You can choose a yearly
        subscription or a weekly pass.</p>
        <p>When you join the Coast News family, you get unlimited access to journalism you won't find elsewhere.</p>
        <p>Join now or renew to get:</p><ul><li>Instant access to every story</li><li>Member perks</li></ul>
        """;
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + pitch)));
    assertTrue(text.contains("the nets tore"), text);
    assertFalse(text.contains("view the full story") || text.contains("Coast News family")
        || text.contains("Member perks"), text);
    // the same words inside the article, with the article going on long after them, or in a long paragraph, stay
    String early = "<p>Readers who subscribe to continue reading our series will find the second part next week.</p>";
    String kept = Pages.text(Pages.read(Pages.page(Pages.PROSE + early + Pages.PROSE.repeat(5))));
    assertTrue(kept.contains("subscribe to continue reading") && kept.contains("the nets tore"), kept);
    String longOne = "<p>" + "The harbour board met again on Monday. ".repeat(8) + "Subscribe to continue reading, said the"
        + " sign on the old newspaper office, which closed in 1998 after a century of printing the town's news.</p>";
    assertTrue(Pages.text(Pages.read(Pages.page(Pages.PROSE + longOne))).contains("Subscribe to continue reading"));
  }

  @Test
  void aParagraphThatAsksForMoneyGoesButAReportOnAFundraiserStays() throws Exception {
    for (String appeal : List.of("If you enjoyed reading this post – would you consider supporting our work? Just"
        + " click <a href=\"/support\">here</a>. Thanks!", "Jede kleine Spende hilft den Menschen dieser Welt!",
        "Please consider donating to keep this blog free.")) {
      String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + "<p>" + appeal + "</p>" + Pages.PROSE)));
      assertFalse(text.contains(appeal.substring(0, 20)), text);
      assertTrue(text.contains("the nets tore"), text);
    }
    String report = "The family hopes the fundraiser will raise money for his treatment; if you enjoyed this story,"
        + " the page is still open.";
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + "<p>" + report + "</p>")));
    assertTrue(text.contains("The family hopes the fundraiser"), text);
  }

  @Test
  void aCommentSectionPrintedAsPlainBlocksAfterTheArticleGoes() throws Exception {
    String comments = """
        <p>27 commentaires</p>
        <ul><li>permalien Red Bastard : même argument, la même analyse que celle des détracteurs</li>
        <li>permalien habsb : aucun parallèle n'est possible entre les deux pays</li></ul>
        <h3>Kommentar erstellen</h3><p>Name (wird benötigt)</p><p>E-Mail (wird benötigt und nicht veröffentlicht)</p>
        """;
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + comments)));
    assertTrue(text.contains("the nets tore"), text);
    assertFalse(text.contains("commentaires") || text.contains("Red Bastard") || text.contains("wird benötigt"), text);
    // a heading "Comments" inside the article, with more of the article after it than before, is a section
    String section = "<h2>Comments</h2><p>The council's comments on the plan came late.</p>" + Pages.PROSE.repeat(2);
    String kept = Pages.text(Pages.read(Pages.page(Pages.PROSE + section)));
    assertTrue(kept.contains("The council's comments on the plan came late."), kept);
  }

  @Test
  void anAffiliateDisclosureUnderAShopBoxGoesButASentenceAboutAffiliatesStays() throws Exception {
    String note = "Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links /"
        + " Bilder von der Amazon Product Advertising API";
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + "<p>" + note + "</p>" + Pages.PROSE)));
    assertFalse(text.contains("Affiliate Links"), text);
    String report = "The harbour shop earns from affiliate programmes, the owner said, but most of its money still"
        + " comes from the fishermen who buy their nets there.";
    assertTrue(Pages.text(Pages.read(Pages.page(Pages.PROSE + "<p>" + report + "</p>"))).contains(report));
  }

  @Test
  void aLineOfPostDataGoesButASentenceWithALabelStays() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE
        + "<p>Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: Denken, Bilder | Rating: 0.0/0</p>"
        + "<p>Kommentare insgesamt: 0</p>" + Pages.PROSE)));
    assertFalse(text.contains("Aufrufe") || text.contains("Kommentare insgesamt"), text);
    String sentence = "Comments: we received 12 letters about the quay | most of them angry, some of them funny.";
    assertTrue(Pages.text(Pages.read(Pages.page(Pages.PROSE + "<p>" + sentence + "</p>"))).contains("12 letters"));
  }

  @Test
  void aClosingPointerToAnotherSiteGoesFromTheEndOnly() throws Exception {
    String pointer = "<p>Weitere Infos unter <a href=\"https://www.itfjuniors.de\">www.itfjuniors.de</a>.</p>";
    String end = Pages.text(Pages.read(Pages.page(Pages.PROSE + pointer)));
    assertFalse(end.contains("Weitere Infos"), end);
    String middle = Pages.text(Pages.read(Pages.page(Pages.PROSE + pointer + Pages.PROSE)));
    assertTrue(middle.contains("Weitere Infos unter www.itfjuniors.de"), middle);
  }

  @Test
  void theLabelOfAPagesTableOfContentsGoesButAHeadingThatSaysMoreStays() throws Exception {
    for (String label : List.of("<p>Inhaltsverzeichnis</p>", "<h2>Table of Contents [hide]</h2>", "<p><b>Sommaire :</b></p>")) {
      String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + label + Pages.PROSE)));
      assertFalse(text.contains("Inhaltsverzeichnis") || text.contains("Table of Contents") || text.contains("Sommaire"),
          text);
    }
    String kept = Pages.text(Pages.read(Pages.page(Pages.PROSE + "<h2>Contents of the harbour master's report</h2>"
        + Pages.PROSE)));
    assertTrue(kept.contains("Contents of the harbour master's report"), kept);
  }

  @Test
  void cardsToOtherPagesAfterTheArticlesLastProseGoButEntriesInTheMiddleStay() throws Exception {
    String card = """
        <div class="box"><div class="box-head"><a href="/guides/%1$s">The guide to the %1$s of the northern coast</a></div>
        <p>Short excerpt about the %1$s, CARDEXCERPT, where to find them in the season, what they cost and who
        keeps them, with a map of the coast.</p></div>""";
    String banner = """
        <div class="promo"><h2>Never miss a tide again!</h2> The free tide calendar, BANNERTEXT, tells you when the
        water turns. <a href="https://shop.example/calendar?utm_medium=banner"><strong>Get it now</strong></a>
        <a href="https://shop.example/calendar?utm_medium=banner"><img src="/calendar.png" alt="Tide calendar"></a></div>""";
    String cards = "<div class=\"grid\">" + card.formatted("harbours") + card.formatted("lighthouses") + "</div>";
    String end = Pages.text(Pages.read(Pages.page(Pages.PROSE + Pages.PROSE + cards + banner)));
    assertFalse(end.contains("CARDEXCERPT") || end.contains("The guide to the") || end.contains("BANNERTEXT"), end);
    assertTrue(end.contains("the herring came so thick"), end);
    String middle = Pages.text(Pages.read(Pages.page(Pages.PROSE + cards + Pages.PROSE)));
    assertTrue(middle.contains("CARDEXCERPT"), middle);
  }

  @Test
  void aBoxNamedACallToActionGoes() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <div class="club-cta-wrap"><div class="club-cta"><h4>Something to consider</h4>
        <div class="club-cta--content"><p>If you enjoyed this story, CTATEXT, join the harbour club: members read
        every issue, without limits, and meet the writers on the quay.</p></div></div></div>
        """)));
    assertFalse(text.contains("CTATEXT") || text.contains("Something to consider"), text);
    assertTrue(text.contains("the herring came so thick"), text);
  }

  @Test
  void theBoxOfASignUpFormGoesWithItsPitch() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + """
        <div class="letter-section"><div class="title">TIDES<br>WEEKLY</div>
        <div class="holder"><form action="#"><input type="text" name="email" placeholder="Your address">
        <span>We send one letter a week.</span><button type="submit">Go</button></form></div>
        <div class="text-holder"><span class="lead">News, tips and trends, SIGNUPPITCH, for you!</span></div></div>
        """ + Pages.PROSE)));
    assertFalse(text.contains("SIGNUPPITCH") || text.contains("TIDES"), text);
    assertTrue(text.contains("the herring came so thick"), text);
  }

  @Test
  void aRowOfBadgesToOtherSitesAfterTheArticleGoesWithItsLine() throws Exception {
    String badges = """
        <div class="app-section"><p><b>Get the harbour news, BADGELINE, on your phone with our app.</b></p>
        <div><a href="https://play.example/store/apps/details?id=harbour"><img src="/android.png"></a></div>
        <div><a href="https://apps.example/app/harbour/id123"><img src="/ios.png"></a></div></div>""";
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + badges)));
    assertFalse(text.contains("BADGELINE"), text);
    assertTrue(text.contains("the herring came so thick"), text);
  }

  @Test
  void theLabelOfARemovedRunOfLinksGoesWithIt() throws Exception {
    String run = """
        <h4>LINKSLABEL:</h4><ul><li><h4><a href="/a">The new race to the harbour</a></h4></li></ul>
        <ul><li><h4><a href="/b">Walking the quay at night</a></h4></li></ul>""";
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + run + Pages.PROSE)));
    assertFalse(text.contains("LINKSLABEL") || text.contains("The new race"), text);
    String section = Pages.text(Pages.read(Pages.page(Pages.PROSE + "<h4>Sailing season</h4>" + run.substring(run.indexOf("<ul>"))
        + Pages.PROSE)));
    assertTrue(section.contains("Sailing season"), section);
  }

  @Test
  void aLinkLineToAnotherSiteBetweenTheParagraphsGoesButOneToTheSameSiteStays() throws Exception {
    String canonical = "<link rel=\"canonical\" href=\"https://news.coast.example/harbour\"><title>";
    String away = "<p><a href=\"https://www.rooms.example/offers/?type=22\">Looking for a room by the harbour? AWAYLINE"
        + " offers on rooms.example</a></p>";
    String home = "<p><a href=\"https://www.coast.example/2024/lighthouse\">Read: the lighthouse keeper, HOMELINE, and"
        + " his forty years</a></p>";
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + away + Pages.PROSE + home + Pages.PROSE)
        .replace("<title>", canonical)));
    assertFalse(text.contains("AWAYLINE"), text);
    assertTrue(text.contains("HOMELINE"), text);
  }

  @Test
  void aLinkThatRunsAScriptIsAButtonUnlessItSitsInASentenceOrHoldsAPicture() throws Exception {
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE
        + "<p><a href=\"javascript:history.back()\" class=\"back\">SCRIPTBACK</a></p>"
        + "<p>The harbour master, <a href=\"javascript:void(0)\">INLINESCRIPT</a>, rang the bell at noon.</p>")));
    assertFalse(text.contains("SCRIPTBACK"), text);
    assertTrue(text.contains("The harbour master, INLINESCRIPT, rang the bell at noon."), text);
  }

  @Test
  void cardsBeforeALinkListOrInsideAComponentStillCloseTheArticle() throws Exception {
    String card = """
        <div class="box"><div class="box-head"><a href="/guides/%1$s">The guide to the %1$s of the northern coast</a></div>
        <p>Short excerpt about the %1$s, CARDEXCERPT, where to find them in the season, what they cost and who
        keeps them, with a map of the coast.</p></div>""";
    String cards = "<div class=\"grid\">" + card.formatted("harbours") + card.formatted("lighthouses") + "</div>";
    // a list of links after the cards (removed as link-dense later) is no prose that ends their run
    String links = """
        <div class="more"><a href="/a">Storms</a> <a href="/b">Boats</a> <a href="/c">Nets</a>
        <a href="/d">Tides</a> <a href="/e">Markets</a></div>""";
    String linked = Pages.text(Pages.read(Pages.page(Pages.PROSE + Pages.PROSE + cards + links)));
    assertFalse(linked.contains("CARDEXCERPT"), linked);
    assertTrue(linked.contains("the herring came so thick"), linked);
    // the cards inside a component's custom elements (<app-row>), which the measures count as inline text
    String component = "<div><app-row><div class=\"wrapper\">" + cards + card.formatted("quays") + "</div></app-row></div>";
    String wrapped = Pages.text(Pages.read(Pages.page(Pages.PROSE + Pages.PROSE + Pages.PROSE + component)));
    assertFalse(wrapped.contains("CARDEXCERPT"), wrapped);
    assertTrue(wrapped.contains("the herring came so thick"), wrapped);
  }

  @Test
  void cardsWithAKickerOverTheirHeadlineCloseTheArticleToo() throws Exception {
    String card = """
        <div class="slide"><div class="slide-label">KICKER</div>
        <h3 class="slide-title"><a href="/news/%1$s">The %1$s of the northern coast, seen again</a></h3>
        <p>Short excerpt about the %1$s, CARDEXCERPT, where to find them in the season, what they cost and who
        keeps them, with a map of the coast and the names of the families who have kept them for a century.</p></div>""";
    String slider = "<div class=\"slider\">" + card.formatted("harbours") + card.formatted("lighthouses") + "</div>";
    String text = Pages.text(Pages.read(Pages.page(Pages.PROSE + Pages.PROSE + Pages.PROSE + slider)));
    assertFalse(text.contains("CARDEXCERPT") || text.contains("KICKER"), text);
    assertTrue(text.contains("the herring came so thick"), text);
    // a sentence over the link is no kicker: such a block is the article's
    String sentence = Pages.text(Pages.read(Pages.page(Pages.PROSE + Pages.PROSE + Pages.PROSE + slider.replace(
        "<div class=\"slide-label\">KICKER</div>", "<p>We went there, and it rained.</p>"))));
    assertTrue(sentence.contains("CARDEXCERPT"), sentence);
  }

  @Test
  void theLabelsOfAChartDrawnWithElementsGoButShortLinesOfTheTextStay() throws Exception {
    StringBuilder chart = new StringBuilder("<p>Harbour dues as a share of the town's income</p><div class=\"g-chart\">");
    for (String tick : new String[] {"25", "%", "20", "15", "10", "5", "0", "PROJECTED", "’17", "’18", "’19", "’20",
        "’21", "’22"}) {
      chart.append("<div class=\"g-tick\"><p>").append(tick).append("</p></div>");
    }
    chart.append("</div>");
    String kept = Pages.text(Pages.read(Pages.page(Pages.PROSE + chart + Pages.PROSE)));
    assertFalse(kept.contains("PROJECTED") || kept.contains("’19"), kept);
    assertTrue(kept.contains("Harbour dues as a share") && kept.contains("the herring came so thick"), kept);
    // short lines with fewer digits (a recipe's steps, a poem's refrain) are the text
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 14; i++) lines.append("<p>").append(i % 3 == 0 ? "Stir " + i : "Stir well").append("</p>");
    String recipe = Pages.text(Pages.read(Pages.page(Pages.PROSE + lines + Pages.PROSE)));
    assertTrue(recipe.contains("Stir 12") && recipe.contains("Stir well"), recipe);
  }

  @Test
  void aPictureNamedAPopupIsALightboxsTriggerAndStaysWithItsCaption() throws Exception {
    String figure = """
        <figure class="figure"><a href="https://img.example/quay/940" class="figure__popup" data-caption="The quay">
        <img src="https://img.example/quay/540" alt="The quay at low tide"></a>
        <figcaption class="figure__caption"><p>The quay at low tide, QUAYCAPTION, before the boats came in.</p></figcaption>
        </figure>""";
    String hover = "<p>The harbour master <span class=\"popup\">HOVERCARD: born 1950</span> keeps the tide book.</p>";
    Document doc = Pages.read(Pages.page(Pages.PROSE + figure + hover + Pages.PROSE));
    List<org.offprint.model.Figure> figures = Pages.blocksOf(doc, org.offprint.model.Figure.class);
    assertEquals(1, figures.size(), doc.blocks().toString());
    assertTrue(figures.get(0).src().contains("quay/540"), figures.toString());
    assertTrue(org.offprint.model.Inline.plainText(figures.get(0).caption()).contains("QUAYCAPTION"), figures.toString());
    for (org.offprint.model.Paragraph p : Pages.blocksOf(doc, org.offprint.model.Paragraph.class)) {
      assertFalse(p.text().contains("QUAYCAPTION"), p.text()); // the caption, not a paragraph of the body
    }
    String text = Pages.text(doc);
    assertFalse(text.contains("HOVERCARD"), text); // a card with text that pops up still goes
    assertTrue(text.contains("keeps the tide book"), text);
  }

  @Test
  void aDateLineUnderTheLeadGoesButASentenceThatNamesAPublicationStays() throws Exception {
    String lead = "<p>The harbour master says the new quay will open before the herring season begins.</p>";
    String data = "<p>Northport, Harbour Desk | Updated : 19 November 2019, 09:01 AM</p>";
    String sentence = "<p>The tide tables were published on 3 May 2019 by the harbour office, SENTENCE.</p>";
    String kept = Pages.text(Pages.read(Pages.page(lead + data + sentence + Pages.PROSE)));
    assertFalse(kept.contains("Harbour Desk") || kept.contains("09:01"), kept);
    assertTrue(kept.contains("SENTENCE") && kept.contains("the herring came so thick"), kept);
  }

  @Test
  void aRecipesTimesNamedMetaStayButABylineWithItsReadingTimeGoes() throws Exception {
    String times = """
        <div class="recipe-meta"><span class="time">Prep time 15 min</span> <span class="time">Bake time
        1 hour 20 minutes</span></div>""";
    String byline = "<div class=\"post-meta\">Anna Berg · BYLINE · 4 min read</div>";
    String kept = Pages.text(Pages.read(Pages.page(byline + Pages.PROSE + times + Pages.PROSE)));
    assertTrue(kept.contains("Prep time 15 min") && kept.contains("1 hour 20 minutes"), kept);
    assertFalse(kept.contains("BYLINE"), kept);
    // two durations in a byline: its age and its reading time
    String aged = "<div class=\"post-meta\">Anna Berg · AGED · 2 hours ago · 5 min read</div>";
    String agedKept = Pages.text(Pages.read(Pages.page(aged + Pages.PROSE + times + Pages.PROSE)));
    assertFalse(agedKept.contains("AGED"), agedKept);
    assertTrue(agedKept.contains("Prep time 15 min"), agedKept);
  }

  @Test
  void aCopyrightLineInWordsIsACreditButAParagraphAboutCopyrightStays() throws Exception {
    String credit = "<p>Copyright: Anna BERGNAME</p>";
    String about = "<p>Copyright: the harbour office owns the tide tables, and the town may print them, ABOUTCOPYRIGHT,"
        + " in its own almanac every year without asking.</p>";
    String kept = Pages.text(Pages.read(Pages.page(Pages.PROSE + credit + about + Pages.PROSE)));
    assertFalse(kept.contains("BERGNAME"), kept);
    assertTrue(kept.contains("ABOUTCOPYRIGHT"), kept);
  }

  @Test
  void aBareDateUnderALabelAtTheTopGoesButADateInASentenceStays() throws Exception {
    String label = "<h2>Neuigkeiten</h2>";
    String date = "<p>Donnerstag, 31. Mai 2012</p>";
    String sentence = "<p>Am 31. Mai 2012 legte die Fähre zum ersten Mal im neuen Hafen an, SENTENCE.</p>";
    String kept = Pages.text(Pages.read(Pages.page(label + date + sentence + Pages.PROSE)));
    assertFalse(kept.contains("Donnerstag"), kept);
    assertTrue(kept.contains("SENTENCE") && kept.contains("the herring came so thick"), kept);
    // far from the top, a date line is a part of the text (a diary's entry, a timeline)
    String late = Pages.text(Pages.read(Pages.page(label + Pages.PROSE + date + Pages.PROSE)));
    assertTrue(late.contains("Donnerstag, 31. Mai 2012"), late);
  }

  private static final String ITEM = """
      <div class="slide"><span class="av-structured-data" itemprop="image" itemscope><span itemprop="url">https://coast.example/wp-content/uploads/2024/05/quay-%d.jpg</span> <span itemprop="height">890</span> <span itemprop="width">1484</span> <span itemprop="author">Anna Berg</span> https://coast.example/wp-content/uploads/logo-300x165.png</span><a href="/p/%d">Another story %d</a></div>""";
}
