package org.offprint.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Book;
import org.offprint.model.Diagnostic;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.ListBlock;
import org.offprint.model.Metadata;
import org.offprint.model.Paragraph;

class BookAssemblerTest {
  private static BookAssembler.Article article(String input, String title, String date, String url, String text) {
    Metadata m = Metadata.builder().title(title).published(date).source(url).site("The Coastal Review")
        .authors(List.of("Mara Ellison")).language("en").build();
    return new BookAssembler.Article(input, Document.of(m, List.of(Block.paragraph(text))), "");
  }

  private static List<String> titles(Book b) {
    return b.documents().stream().map(d -> d.metadata().title()).toList();
  }

  private final List<BookAssembler.Article> three = List.of(
      article("b.html", "Bravo", "2024-03-10", "https://x.example/b", "Second text about tides."),
      article("a.html", "Alpha", "2024-01-05", "https://x.example/a", "First text about harbours."),
      article("c.html", "Charlie", "2024-03-02", "https://x.example/c", "Third text about dunes."));

  private Book assemble(List<BookAssembler.Article> in, Manifest.Order order, Manifest.GroupBy group, Diagnostics d) {
    return BookAssembler.assemble(in, Manifest.Settings.NONE, order, group, List.of(), List.of(), d);
  }

  @Test
  void ordersByDateTitleOrAsGiven() {
    assertEquals(List.of("Alpha", "Charlie", "Bravo", "Sources"),
        titles(assemble(three, Manifest.Order.DATE, Manifest.GroupBy.NONE, Diagnostics.IGNORE)));
    assertEquals(List.of("Alpha", "Bravo", "Charlie", "Sources"),
        titles(assemble(three, Manifest.Order.TITLE, Manifest.GroupBy.NONE, Diagnostics.IGNORE)));
    assertEquals(List.of("Bravo", "Alpha", "Charlie", "Sources"),
        titles(assemble(three, Manifest.Order.GIVEN, Manifest.GroupBy.NONE, Diagnostics.IGNORE)));
  }

  @Test
  void groupsByMonthIntoParts() {
    Book b = assemble(three, Manifest.Order.DATE, Manifest.GroupBy.MONTH, Diagnostics.IGNORE);
    assertEquals(List.of(new Book.Part("January 2024", 0), new Book.Part("March 2024", 1), new Book.Part("", 3)),
        b.parts());
  }

  @Test
  void duplicatesAreIncludedOnceWithAWarningNamingBoth() {
    Diagnostics.Collector d = Diagnostics.collector();
    List<BookAssembler.Article> in = List.of(three.get(0),
        article("b-again.html", "Bravo (copy)", "2024-03-10", "http://www.x.example/b/?utm_source=feed", "Other."),
        article("a-copy.html", "Alpha copy", "2024-01-05", "", "First  text about HARBOURS."),
        three.get(1));
    Book b = assemble(in, Manifest.Order.GIVEN, Manifest.GroupBy.NONE, d);
    assertEquals(List.of("Bravo", "Alpha copy", "Sources"), titles(b));
    List<String> warnings = d.all().stream().map(x -> x.input() + ": " + x.message()).toList();
    assertEquals(List.of("b-again.html: duplicate of b.html (the same URL); included once",
        "a.html: duplicate of a-copy.html (the same text); included once"), warnings);
    assertTrue(d.all().stream().allMatch(x -> x.severity() == Diagnostic.Severity.WARNING));
  }

  @Test
  void bookMetadataIsDerivedFromTheArticles() {
    Book b = assemble(three, Manifest.Order.DATE, Manifest.GroupBy.NONE, Diagnostics.IGNORE);
    Metadata m = b.metadata();
    assertEquals("The Coastal Review", m.title());
    assertEquals("January – March 2024", m.subtitle());
    assertEquals(List.of("Mara Ellison"), m.authors());
    assertEquals("2024-03-10", m.published());
    assertEquals("en", m.language());
  }

  @Test
  void sourcesListsEveryArticleUrl() {
    Book b = assemble(three, Manifest.Order.GIVEN, Manifest.GroupBy.NONE, Diagnostics.IGNORE);
    Document sources = b.documents().get(b.documents().size() - 1);
    ListBlock list = (ListBlock) sources.blocks().get(0);
    assertEquals(3, list.items().size());
    assertTrue(list.items().get(0).content().get(0).toString().contains("https://x.example/b"));
  }

  @Test
  void theSourcesListLinksEachSourceByAValidUrlOrListsItAsText() {
    // made after the transform stage, so it makes its links valid itself: a writer puts them out as they are
    Document bracketed = Document.of(Metadata.builder().title("A").source("https://x.example/a?id=[7]").build(),
        List.of(Block.paragraph("Text.")));
    Document broken = Document.of(Metadata.builder().title("B").source("http://exa mple.org:port/b").build(),
        List.of(Block.paragraph("Text.")));
    Diagnostics.Collector c = Diagnostics.collector();
    ListBlock list = (ListBlock) BookAssembler.sources(List.of(bracketed, broken), java.util.Locale.ENGLISH, c)
        .blocks().get(0);
    List<org.offprint.model.Inline> first = ((Paragraph) list.items().get(0).content().get(0)).content();
    assertEquals(new org.offprint.model.Link("https://x.example/a?id=%5B7%5D", "",
        List.of(new org.offprint.model.Text("https://x.example/a?id=[7]"))), first.get(first.size() - 1));
    List<org.offprint.model.Inline> second = ((Paragraph) list.items().get(1).content().get(0)).content();
    assertEquals(new org.offprint.model.Text("http://exa mple.org:port/b"), second.get(second.size() - 1));
    assertEquals(List.of("link dropped, its URL cannot be repaired (kept its text): http://exa mple.org:port/b"),
        c.all().stream().map(Diagnostic::message).toList());
  }

  @Test
  void canonicalUrlsIgnoreSchemeWwwSlashAndTracking() {
    assertEquals(BookAssembler.canonical("https://x.example/b"),
        BookAssembler.canonical("http://www.X.example/b/?utm_source=a&utm_medium=b#top"));
  }

  @Test
  void sourcesAndUntitledBooksAreNamedInTheBooksLanguage() {
    Document doc = Document.of(Metadata.builder().title("Eins").source("https://x.example/1").language("de").build(),
        List.of(Block.paragraph("Text.")));
    assertEquals("Quellen", BookAssembler.sources(List.of(doc), java.util.Locale.GERMAN, Diagnostics.IGNORE).metadata().title());
    assertEquals("Источники", BookAssembler.sources(List.of(doc), java.util.Locale.forLanguageTag("ru"), Diagnostics.IGNORE).metadata().title());
    assertEquals("Sources", BookAssembler.sources(List.of(doc), java.util.Locale.JAPANESE, Diagnostics.IGNORE).metadata().title());
    Document other = Document.of(Metadata.builder().title("Zwei").site("Zweite Seite").language("de").build(),
        List.of(Block.paragraph("Text.")));
    assertEquals("Gesammelte Artikel",
        BookAssembler.metadata(List.of(doc, other), Manifest.Settings.NONE).title());
  }
}
