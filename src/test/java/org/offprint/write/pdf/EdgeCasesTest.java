package org.offprint.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Book;
import org.offprint.model.CodeBlock;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Figure;
import org.offprint.model.Fixtures;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Inline;
import org.offprint.model.Link;
import org.offprint.model.ListBlock;
import org.offprint.model.Metadata;
import org.offprint.model.NoteRef;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Table;

/** Documents a scraper can really produce: empty parts, dangling references, deep nesting. */
class EdgeCasesTest {
  private static PdfWriter writer() {
    return PdfWriter.builder(PdfTesting.options(Diagnostics.IGNORE, Fixtures.images())).build();
  }

  @Test
  void anEmptyDocumentIsStillAValidPdf() throws IOException {
    byte[] pdf = PdfTesting.render(writer(), Document.of(Metadata.EMPTY, List.of()));
    try (PDDocument d = Loader.loadPDF(pdf)) {
      assertEquals(1, d.getNumberOfPages());
    }
    byte[] book = PdfTesting.renderBook(writer(), new Book(Metadata.EMPTY, List.of()));
    try (PDDocument d = Loader.loadPDF(book)) {
      assertEquals(1, d.getNumberOfPages());
    }
  }

  @Test
  void emptyAndOddBlocksDoNotBreakTheLayout() throws IOException {
    List<Block> blocks = List.of(
        new Paragraph(List.of()),
        new Heading(2, List.of(), ""),
        new Heading(4, List.of(Inline.text("No id")), ""),
        new ListBlock(true, 1, List.of(new ListBlock.Item(List.of()))),
        new Quote(List.of(), List.of()),
        new CodeBlock("", ""),
        new Figure("file:///missing.png", "", List.of()),
        new Table(List.of(), List.of(), List.of()),
        new Table(List.of(), List.of(), List.of(new Table.Row(List.of(
            new Table.Cell(List.of(Inline.text("wide")), Table.Align.CENTER, 2, 2))))),
        new Paragraph(List.of(new NoteRef("nowhere"), new Link("#nowhere", "", List.of(Inline.text("dangling"))))),
        Block.paragraph("After everything."));
    String text = PdfTesting.text(PdfTesting.render(writer(), Document.of(Fixtures.metadata(), blocks)));
    assertTrue(text.contains("No id"), text);
    assertTrue(text.contains("wide"), text);
    assertTrue(text.contains("dangling"), text);
    assertTrue(text.contains("After everything."), text);
  }

  @Test
  void deeplyNestedListsAndQuotesAreSet() throws IOException {
    Block inner = Block.paragraph("the innermost line");
    for (int i = 0; i < 12; i++) {
      inner = i % 2 == 0
          ? new ListBlock(false, 1, List.of(new ListBlock.Item(List.of(Block.paragraph("level " + i), inner))))
          : new Quote(List.of(inner), List.of());
    }
    String text = PdfTesting.text(PdfTesting.render(writer(), Document.of(Fixtures.metadata(), List.of(inner))));
    assertTrue(text.contains("the innermost line"), text);
  }

  @Test
  void anInDocumentLinkGoesToItsHeading() throws IOException {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(List.of(new Link("#far", "", List.of(Inline.text("jump"))))));
    for (int i = 0; i < 80; i++) blocks.add(Block.paragraph("Filler paragraph number " + i + " about the harbour."));
    blocks.add(Block.heading(2, "Far away", "far"));
    Document doc = new Document(Fixtures.metadata(), blocks, List.of(new Footnote("x", List.of())));
    byte[] pdf = PdfTesting.render(writer(), doc);
    try (PDDocument d = Loader.loadPDF(pdf)) {
      int target = -1;
      for (PDAnnotation a : d.getPage(0).getAnnotations()) {
        if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionGoTo g) {
          target = d.getPages().indexOf(PdfTesting.target(d, g).getPage());
        }
      }
      assertTrue(target > 0, "the link does not leave page 1");
      List<String> pages = PdfTesting.pages(pdf);
      assertTrue(pages.get(target).contains("Far away"), pages.get(target));
      assertNotNull(d.getDocumentCatalog().getDocumentOutline());
    }
  }
}
