package org.offprint.write.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.siegmann.epublib.domain.Author;
import nl.siegmann.epublib.domain.TOCReference;
import nl.siegmann.epublib.epub.EpubReader;
import org.junit.jupiter.api.Test;
import org.offprint.model.Book;
import org.offprint.model.Fixtures;
import org.offprint.model.ResourceResolver;

/** epublib-core, an EPUB 2 reader, reads the books back: metadata, spine and the NCX table of contents. */
class EpubReadBackTest {
  private static nl.siegmann.epublib.domain.Book read(byte[] epub) throws IOException {
    return new EpubReader().readEpub(new ByteArrayInputStream(epub));
  }

  private static List<String> titles(List<TOCReference> refs) {
    List<String> out = new ArrayList<>();
    for (TOCReference r : refs) out.add(r.getTitle());
    return out;
  }

  private static List<String> authors(nl.siegmann.epublib.domain.Book b) {
    List<String> out = new ArrayList<>();
    for (Author a : b.getMetadata().getAuthors()) out.add((a.getFirstname() + " " + a.getLastname()).strip());
    return out;
  }

  @Test
  void articleReadsBackWithTitleAuthorsSpineAndToc() throws IOException {
    nl.siegmann.epublib.domain.Book b = read(EpubValidityTest.epub(Fixtures.everything(), Fixtures.images()));
    assertEquals("The Harbour at Dawn: Notes on a Changing Coast", b.getTitle());
    assertEquals(List.of("Mara Ellison", "Tomás Quintero"), authors(b));
    assertEquals(List.of("en"), List.of(b.getMetadata().getLanguage()));
    assertEquals(2, b.getSpine().size(), "cover page and the article");
    List<TOCReference> toc = b.getTableOfContents().getTocReferences();
    assertEquals(List.of("The Harbour at Dawn: Notes on a Changing Coast"), titles(toc));
    assertEquals(List.of("A town and its sea", "Голоса с побережья"), titles(toc.get(0).getChildren()));
    assertTrue(b.getCoverImage() != null, "cover image found through the OPF cover meta");
  }

  @Test
  void bookReadsBackWithEachArticleInSpineAndToc() throws IOException {
    Book book = new Book(Samples.bookMetadata(), List.of(Fixtures.everything(), Samples.russian(), Samples.arabic()));
    nl.siegmann.epublib.domain.Book b = read(EpubValidityTest.book(book, ResourceResolver.NONE));
    assertEquals("Coastal Reports", b.getTitle());
    assertEquals(List.of("The Editors"), authors(b));
    assertEquals(6, b.getSpine().size(), "cover, title page, contents and three articles");
    List<TOCReference> toc = b.getTableOfContents().getTocReferences();
    assertEquals(List.of("The Harbour at Dawn: Notes on a Changing Coast", "Гавань на рассвете",
        "الميناء عند الفجر"), titles(toc));
    assertEquals(List.of("Город и море"), titles(toc.get(1).getChildren()));
  }

  @Test
  void bookWithoutAuthorsListsTheArticlesAuthors() throws IOException {
    Book book = new Book(Samples.bookMetadata().toBuilder().authors(List.of()).build(),
        List.of(Fixtures.everything(), Samples.russian(), Fixtures.everything()));
    nl.siegmann.epublib.domain.Book b = read(EpubValidityTest.book(book, ResourceResolver.NONE));
    assertEquals(List.of("Mara Ellison", "Tomás Quintero", "Пётр Ильин"), authors(b));
  }

  @Test
  void controlCharactersAreStrippedFromTitleAndAuthors() throws IOException {
    nl.siegmann.epublib.domain.Book b = read(EpubValidityTest.epub(Samples.hostile(), ResourceResolver.NONE));
    assertEquals("Bell & <b>title</b> \"q\" 😀", b.getTitle());
    assertEquals(List.of("Author"), authors(b));
  }
}
