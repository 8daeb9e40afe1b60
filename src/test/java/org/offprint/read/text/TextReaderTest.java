package org.offprint.read.text;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offprint.model.Block;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Paragraph;
import org.offprint.read.InputException;
import org.offprint.read.Source;

class TextReaderTest {
  private static Document read(String text) throws Exception {
    return TextReader.create().read(Source.of("in.txt", text.getBytes(StandardCharsets.UTF_8)), Diagnostics.IGNORE);
  }

  @Test
  void datelineGivesPlaceDateAndSite() throws Exception {
    Document d = read("Title of the piece\n\nBERLIN, 4 March 2023, Example Institute.\n\n"
        + "The first paragraph of the article is long enough to count as running prose here.\n");
    assertEquals("Title of the piece", d.metadata().title());
    assertEquals("2023-03-04", d.metadata().published());
    assertEquals("Example Institute", d.metadata().site());
    assertEquals("Berlin", d.metadata().extra().get("place"));
    assertEquals(List.of(Block.paragraph(
        "The first paragraph of the article is long enough to count as running prose here.")), d.blocks());
  }

  @Test
  void datelineOpeningTheFirstParagraphIsSplitOff() throws Exception {
    Document d = read("Headline here\n\nMOSCOW, March 4, 2023 (Reuters) - The central bank kept its rate "
        + "unchanged on Friday, as analysts had expected.\n");
    assertEquals("2023-03-04", d.metadata().published());
    assertEquals("Reuters", d.metadata().site());
    assertEquals("Moscow", d.metadata().extra().get("place"));
    assertEquals("The central bank kept its rate unchanged on Friday, as analysts had expected.",
        ((Paragraph) d.blocks().get(0)).text());
  }

  @Test
  void nbspRunsAndStrayWhitespaceAreNormalised() throws Exception {
    Document d = read("A title\n\n  The\u00A0\u00A0market\treopened \u200Bon   Saturday after months of repairs, traders said.  \n");
    assertEquals("The market reopened on Saturday after months of repairs, traders said.",
        ((Paragraph) d.blocks().get(0)).text());
  }

  @Test
  void hardWrappedLinesAreJoinedAndShortLinesEndParagraphs() {
    List<Unit> units = Units.of("The first paragraph runs on for a while and is wrapped at about sixty\n"
        + "characters by the tool that saved it, which is common in\n"
        + "archives.\n"
        + "A second paragraph starts here and it also goes on for a\n"
        + "while longer.\n");
    assertEquals(2, units.size(), units.toString());
    assertTrue(units.get(0).text().endsWith("common in archives."));
  }

  @Test
  void cp1251DumpsAreDecoded() throws Exception {
    byte[] bytes = ("Заголовок статьи\n\nЭто первый абзац статьи, в нём достаточно слов, чтобы считаться текстом.\n")
        .getBytes(Charset.forName("windows-1251"));
    Document d = TextReader.create().read(Source.of("ru.txt", bytes), Diagnostics.IGNORE);
    assertEquals("Заголовок статьи", d.metadata().title());
    assertEquals("ru", d.metadata().language());
  }

  @ParameterizedTest
  @ValueSource(strings = {"KOI8-R", "UTF-16LE", "ISO-8859-2"})
  void dumpsInOtherCharsetsAreDecodedByTheSharedDetector(String charset) throws Exception {
    // the text reader once told windows-1251 from windows-1252 only; it now guesses as the HTML reader does
    String title = charset.equals("ISO-8859-2") ? "Zażółć gęślą jaźń" : "Заголовок статьи";
    String body = charset.equals("ISO-8859-2") ? "Pchnąć w tę łódź jeża lub ośm skrzyń fig, mówią źli ludzie."
        : "Это первый абзац статьи, в нём достаточно слов, чтобы считаться текстом.";
    byte[] bytes = (title + "\n\n" + body + "\n").getBytes(Charset.forName(charset));
    Document d = TextReader.create().read(Source.of("dump.txt", bytes), Diagnostics.IGNORE);
    assertEquals(title, d.metadata().title());
    assertEquals(List.of(Block.paragraph(body)), d.blocks());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n\n  "})
  void emptyInputIsRejected(String text) {
    assertThrows(InputException.class, () -> read(text));
  }

  @Test
  void binaryInputIsRejected() {
    byte[] junk = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    InputException e = assertThrows(InputException.class,
        () -> TextReader.create().read(Source.of("photo.txt", junk), Diagnostics.IGNORE));
    assertEquals("photo.txt", e.input());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-institute-dateline", "en-blog-hardwrapped", "en-wrapped-no-blank-lines",
      "en-nbsp-site-name", "ru-news-dateline", "ru-blog-byline", "de-news", "en-cookies-comments", "ru-one-line-paragraphs"})
  void noChromeSurvives(String name) throws Exception {
    String all = Outline.of(TextDumpGoldenTest.read(name + ".txt")).toLowerCase(java.util.Locale.ROOT);
    for (String chrome : List.of("share", "facebook", "tags:", "related", "read more", "comments", "subscribe",
        "©", "menu", "skip to", "previous post", "next post", "posted in", "поделиться", "теги", "читайте также",
        "комментарии", "подпис", "метки", "читать далее", "главная", "advertisement", "more from", "teilen",
        "kommentare", "startseite", "dune grass", "путине", "tides, timetables", "cookie", "inbox", "reply",
        "min read", "soaked", "opinion", "weekly harbour", "leave a comment", "похожие статьи", "одноклассники",
        "статьи >")) {
      assertFalse(all.contains(chrome), name + " kept '" + chrome + "':\n" + all);
    }
  }

  @Test
  void droppedChromeIsReported() throws Exception {
    Diagnostics.Collector c = Diagnostics.collector();
    TextReader.create().read(Source.of("in.txt", ("Home | News | World\n\nA title here\n\nThe body of the "
        + "article is one long sentence that is clearly prose and nothing else.\n\nShare\nTags: a, b\n")
        .getBytes(StandardCharsets.UTF_8)), c);
    assertEquals("dropped site chrome: 1 lines before the title, 0 inside the article, 2 after it",
        c.all().get(0).message());
  }

  @Test
  void everyDumpHasTitleDateOrTextAsExpected() throws Exception {
    Document d = TextDumpGoldenTest.read("ru-news-dateline.txt");
    assertEquals("Жители приморского посёлка восстановили причал своими силами", d.metadata().title());
    assertEquals("2023-03-04", d.metadata().published());
    assertEquals("РИА Новости", d.metadata().site());
    assertTrue(((Paragraph) d.blocks().get(d.blocks().size() - 1)).text().startsWith("Новый причал открыли"));
  }
}
