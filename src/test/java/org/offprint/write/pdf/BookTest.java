package org.offprint.write.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Book;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Fixtures;
import org.offprint.model.Metadata;

class BookTest {
  private static final Metadata BOOK = Metadata.builder().title("Coastal Reader").authors(List.of("Various"))
      .language("en").build();

  private static Book book() {
    Document first = PdfTesting.longDocument();
    Document second = Document.of(
        Fixtures.metadata().toBuilder().title("Море и люди").language("ru").build(),
        List.of(Block.heading(2, "Утро", "utro"), Block.paragraph("Рыбаки выходят в море до рассвета.")));
    return new Book(BOOK, List.of(first, second));
  }

  private static byte[] render() throws IOException {
    PdfWriter w = PdfWriter.builder(PdfTesting.options(Diagnostics.IGNORE, Fixtures.images())).build();
    return PdfTesting.renderBook(w, book());
  }

  @Test
  void contentsListsEachArticleWithThePageItStartsOnAndLinksThere() throws IOException {
    byte[] pdf = render();
    List<String> pages = PdfTesting.pages(pdf);
    String contents = PdfTesting.normalize(pages.get(0));
    assertTrue(contents.startsWith("Coastal Reader"), contents);
    List<Integer> starts = new ArrayList<>();
    for (Document d : book().documents()) {
      String title = d.metadata().title();
      int page = -1;
      for (int i = 1; i < pages.size(); i++) {
        if (PdfTesting.normalize(pages.get(i)).startsWith(title)) page = i + 1;
      }
      assertTrue(page > 1, "no page starts with " + title);
      assertTrue(contents.contains(title + " " + page), contents);
      starts.add(page);
    }
    assertTrue(starts.get(1) > starts.get(0) + 1, starts.toString());
    List<Integer> targets = new ArrayList<>();
    try (PDDocument d = Loader.loadPDF(pdf)) {
      for (PDAnnotation a : d.getPage(0).getAnnotations()) {
        if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionGoTo g) {
          targets.add(d.getPages().indexOf(PdfTesting.target(d, g).getPage()) + 1);
        }
      }
    }
    assertTrue(targets.containsAll(starts), targets + " vs " + starts);
  }

  @Test
  void outlineHasOneEntryPerArticleWithItsHeadings() throws IOException {
    try (PDDocument d = Loader.loadPDF(render())) {
      List<String> top = new ArrayList<>();
      for (PDOutlineItem i : d.getDocumentCatalog().getDocumentOutline().children()) top.add(i.getTitle());
      assertEquals(List.of("The Harbour at Dawn: Notes on a Changing Coast", "Море и люди"), top);
      PDOutlineItem second = d.getDocumentCatalog().getDocumentOutline().getLastChild();
      assertEquals("Утро", second.getFirstChild().getTitle());
    }
  }

  @Test
  void aBookWarnsOnceAboutMissingCharactersAndImages() throws IOException {
    Diagnostics.Collector diags = Diagnostics.collector();
    PdfWriter w = PdfWriter.builder(PdfTesting.options(diags, u -> java.util.Optional.of(
        new org.offprint.model.Resource(u, "image/webp", new byte[] {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E'}))))
        .fontFolders(List.of()).build();
    Document odd = Document.of(Fixtures.metadata(), List.of(Block.paragraph("A private \uE000 sign."),
        new org.offprint.model.Figure("file:///a.webp", "", List.of(org.offprint.model.Inline.text("A caption")))));
    PdfTesting.renderBook(w, new Book(BOOK, List.of(odd)));
    assertEquals(2, diags.all().size(), diags.all().toString());
  }

  @Test
  void aBookIsReproducible() throws IOException {
    assertArrayEquals(render(), render());
  }

  @Test
  void contentsAndNotesAreHeadedInTheBooksLanguage() throws IOException {
    Metadata de = Metadata.builder().title("Hafen").language("de").build();
    Document doc = new Document(de, List.of(org.offprint.model.Block.paragraph(new org.offprint.model.Text("Text"),
        new org.offprint.model.NoteRef("a"))), List.of(new org.offprint.model.Footnote("a",
        List.of(org.offprint.model.Block.paragraph("Quelle.")))));
    PdfWriter w = PdfWriter.builder(PdfTesting.options(Diagnostics.IGNORE, Fixtures.images())).build();
    String text = PdfTesting.text(PdfTesting.renderBook(w, new Book(Metadata.builder().title("Reihe").language("de")
        .build(), List.of(doc, doc))));
    assertTrue(text.contains("Inhalt"), text);
    assertTrue(text.contains("Anmerkungen"), text);
    assertFalse(text.contains("Contents"), text);
  }
}
