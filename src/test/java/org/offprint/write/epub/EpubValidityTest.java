package org.offprint.write.epub;

import org.offprint.testing.EpubCheckRunner;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Book;
import org.offprint.model.Document;
import org.offprint.model.Fixtures;
import org.offprint.model.ResourceResolver;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.WriteOptions;

/** Every EPUB the writer makes passes EPUBCheck 5.3 with no error and no warning. */
class EpubValidityTest {
  static byte[] epub(Document doc, ResourceResolver resolver) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer(resolver).write(doc, out);
    return out.toByteArray();
  }

  static byte[] book(Book book, ResourceResolver resolver) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer(resolver).writeBook(book, out);
    return out.toByteArray();
  }

  static EpubWriter writer(ResourceResolver resolver) {
    return EpubWriter.builder(WriteOptions.of(ThemeLoader.builtIn("default")).withResources(resolver)).build();
  }

  static void assertClean(byte[] epub) throws IOException {
    EpubCheckRunner.Result r = EpubCheckRunner.check(epub);
    // CSS-028 only notes that @font-face is used; any other USAGE message is printed for review.
    r.usages().stream().filter(u -> !u.contains("CSS-028")).forEach(u -> System.out.println("[epubcheck] " + u));
    assertTrue(r.clean(), () -> String.join("\n", r.errors()) + "\n" + String.join("\n", r.warnings()));
  }

  @Test
  void everythingWithImagesIsValid() throws IOException {
    assertClean(epub(Fixtures.everything(), Fixtures.images()));
  }

  @Test
  void everythingWithoutAnyImageResolvableIsValid() throws IOException {
    assertClean(epub(Fixtures.everything(), ResourceResolver.NONE));
  }

  @Test
  void rightToLeftDocumentIsValid() throws IOException {
    assertClean(epub(Samples.arabic(), ResourceResolver.NONE));
  }

  @Test
  void russianDocumentIsValid() throws IOException {
    assertClean(epub(Samples.russian(), ResourceResolver.NONE));
  }

  @Test
  void controlCharactersBadIdsAndDeadLinksGiveAValidBook() throws IOException {
    assertClean(epub(Samples.hostile(), ResourceResolver.NONE));
  }

  @Test
  void unusualNestingIsValid() throws IOException {
    assertClean(epub(Samples.nested(), Fixtures.images()));
    assertClean(epub(Samples.nested(), ResourceResolver.NONE));
  }

  @Test
  void emptyDocumentIsValid() throws IOException {
    assertClean(epub(Document.of(org.offprint.model.Metadata.EMPTY, List.of()), ResourceResolver.NONE));
  }

  @Test
  void bookOfThreeDocumentsIsValid() throws IOException {
    Book book = new Book(Samples.bookMetadata(), List.of(Fixtures.everything(), Samples.russian(), Samples.arabic()));
    assertClean(book(book, Fixtures.images()));
  }

  @Test
  void deepTableOfContentsIsValid() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EpubWriter.builder(WriteOptions.of(ThemeLoader.builtIn("default")).withResources(Fixtures.images()))
        .tocDepth(6).build().write(Samples.hostile(), out);
    assertClean(out.toByteArray());
  }
}
