package org.offprint.write.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offprint.model.Block;
import org.offprint.model.Book;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Figure;
import org.offprint.model.Fixtures;
import org.offprint.model.Footnote;
import org.offprint.model.Inline;
import org.offprint.model.Link;
import org.offprint.model.ListBlock;
import org.offprint.model.Metadata;
import org.offprint.model.NoteRef;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Table;
import org.offprint.model.Text;
import org.offprint.testing.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Shapes of content the samples may lack still give PDF/UA-1 files, by veraPDF. */
class PdfUaEdgeCasesTest {
  static Stream<Arguments> documents() {
    Metadata m = Fixtures.metadata();
    List<Block> deep = new ArrayList<>(List.of(Block.paragraph("innermost")));
    for (int i = 0; i < 9; i++) {
      deep = List.of(i % 2 == 0 ? new Quote(deep, List.of())
          : new ListBlock(false, 1, List.of(new ListBlock.Item(deep))));
    }
    List<Table.Row> rows = new ArrayList<>();
    for (int i = 0; i < 90; i++) {
      rows.add(new Table.Row(List.of(Table.Cell.of("row " + i), Table.Cell.of("" + i * 7))));
    }
    Footnote note = new Footnote("n", List.of(Block.paragraph("a note with a "),
        new Paragraph(List.of(new Link("https://example.org/n", "", List.of(new Text("link")))))));
    Document mixed = new Document(m, List.<Block>of(
        new ListBlock(true, 1, List.of(new ListBlock.Item(List.of(Block.paragraph("الميناء يستيقظ عند الفجر"))))),
        new Quote(List.of(Block.paragraph("הנמל מתעורר עם שחר")), List.of()),
        new org.offprint.model.Heading(2, List.of(
            new Link("https://example.org/x", "", List.of(new Text("linked"))), new NoteRef("n")), "h"),
        new Paragraph(List.of(new Text("see "), new Link("#h", "", List.of(new Text("above"))))),
        Block.paragraph("")), List.of(note));
    return Stream.of(
        Arguments.of("links in running text: right to left, around an image, in a cell and a list, over a page",
            linksInText()),
        Arguments.of("a table without a header row, and one split over pages with its header repeated",
            Document.of(m, List.of(
                new Table(List.of(), List.of(),
                    List.of(new Table.Row(List.of(Table.Cell.of("a"), Table.Cell.of("b"))))),
                new Table(List.of(), List.of(new Table.Row(List.of(Table.Cell.of("Name"), Table.Cell.of("Value")))),
                    rows)))),
        Arguments.of("cells spanning rows and columns",
            Document.of(m, List.of(new Table(List.of(),
                List.of(new Table.Row(List.of(new Table.Cell(List.of(new Text("Both")), Table.Align.LEFT, 2, 1),
                    Table.Cell.of("C")))),
                List.of(new Table.Row(List.of(new Table.Cell(List.of(new Text("tall")), Table.Align.LEFT, 1, 2),
                        Table.Cell.of("b1"), Table.Cell.of("c1"))),
                    new Table.Row(List.of(Table.Cell.of("b2"), Table.Cell.of("c2")))))))),
        Arguments.of("an image without alt text or caption (decoration), and one whose caption describes it",
            Document.of(m, List.of(new Figure(Fixtures.FIGURE_URI, "", List.of()),
                new Figure(Fixtures.FIGURE_URI, "", List.of(new Text("The quay at dawn")))))),
        Arguments.of("quotes and lists nested past the indent cap", Document.of(m, deep)),
        Arguments.of("right-to-left text in a list and a quote, links in a heading and a note", mixed),
        Arguments.of("an empty document", Document.of(m.toBuilder().title("").build(), List.of())));
  }

  private static final String LONG = "the harbour master's report on the winter storms and what the town did after "
      + "them, with every figure the council published ";

  static Document linksInText() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(List.of(new Text("الميناء "),
        new Link("https://example.org/ar", "", List.of(new Text("يستيقظ عند"))), new Text(" الفجر"))));
    blocks.add(new Paragraph(List.of(new Text("A picture "), new Link("https://example.org/img", "", List.of(
        new org.offprint.model.Image(Fixtures.FIGURE_URI, "", ""), new Text("and its words"))), new Text(" after."))));
    Table.Cell linked = Table.Cell.of(List.of(new Text("see "),
        new Link("https://example.org/cell", "", List.of(new Text("this")))));
    blocks.add(new Table(List.of(), List.of(), List.of(new Table.Row(List.of(Table.Cell.of("cell"), linked)))));
    Paragraph item = new Paragraph(List.of(new Text("an item "),
        new Link("https://example.org/item", "", List.of(new Text("linked")))));
    blocks.add(new ListBlock(false, 1, List.of(new ListBlock.Item(List.of(item)))));
    for (int i = 0; i < 14; i++) {
      blocks.add(new Paragraph(List.of(new Text("Paragraph " + i + " begins, then "),
          new Link("https://example.org/long/" + i, "", List.of(new Text(LONG.repeat(3).strip()))),
          new Text(" and it ends."))));
    }
    return Document.of(Fixtures.metadata(), blocks);
  }

  @org.junit.jupiter.api.Test
  void linksInTextHoldTheirOwnWords() throws Exception {
    byte[] pdf = PdfTesting.render(linksInText());
    List<String> texts = PdfTesting.linkTexts(pdf);
    assertTrue(texts.size() >= 18, texts.toString());
    assertTrue(!texts.get(0).isBlank(), texts.toString()); // PDFBox gives right-to-left text in visual order
    org.junit.jupiter.api.Assertions.assertEquals(List.of("and its words", "this", "linked"), texts.subList(1, 4));
    for (String t : texts.subList(4, texts.size())) {
      // a link over two lines or two pages is one element with all its words and none of its paragraph's
      org.junit.jupiter.api.Assertions.assertEquals(PdfTesting.normalize(LONG.repeat(3)), t);
    }
    assertTrue(PdfTesting.pages(pdf).size() > 2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void isPdfUa1(String what, Document doc) throws Exception {
    for (boolean linkList : List.of(false, true)) {
      PdfWriter w = PdfWriter.builder(PdfTesting.options(Diagnostics.IGNORE, Fixtures.images())).linkList(linkList)
          .build();
      VeraPdf.Result r = VeraPdf.validate(PdfTesting.render(w, doc), PDFAFlavour.PDFUA_1);
      assertTrue(r.compliant(), what + (linkList ? " (link list)" : "") + ": " + r);
    }
  }

  @ParameterizedTest(name = "a book of {0}")
  @MethodSource("documents")
  void aBookIsPdfUa1(String what, Document doc) throws Exception {
    Document other = Document.of(Fixtures.metadata().toBuilder().language("ru").title("Море").build(),
        List.of(Block.paragraph("Рыбаки выходят в море до рассвета.")));
    Book book = new Book(Metadata.builder().title("Reader").language("en").build(), List.of(doc, other),
        List.of(new Book.Part("Part one", 0), new Book.Part("", 1)));
    PdfWriter w = PdfWriter.builder(PdfTesting.options(Diagnostics.IGNORE, Fixtures.images())).build();
    VeraPdf.Result r = VeraPdf.validate(PdfTesting.renderBook(w, book), PDFAFlavour.PDFUA_1);
    assertTrue(r.compliant(), "book with " + what + ": " + r);
  }
}
