package org.offprint.write.text;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Document;
import org.offprint.model.Fixtures;
import org.offprint.model.Metadata;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.Formats;
import org.offprint.write.WriteOptions;

class TextWriterTest {
  private static final WriteOptions OPTIONS = WriteOptions.of(ThemeLoader.builtIn("default"));

  private static String text(boolean linkList) {
    return TextWriter.builder(OPTIONS).linkList(linkList).build().render(Fixtures.everything());
  }

  @Test
  void startsWithTitleBylineAndABlankLine() {
    List<String> lines = text(false).lines().toList();
    assertEquals("The Harbour at Dawn: Notes on a Changing Coast", lines.get(0));
    assertEquals("How a fishing town learned to live with the sea", lines.get(1));
    assertEquals("Mara Ellison, Tomás Quintero · March 4, 2023 · The Coastal Review", lines.get(2));
    assertEquals("", lines.get(3));
    assertTrue(lines.get(4).startsWith("At five in the morning the harbour is already awake: forty boats"));
  }

  @Test
  void paragraphsAndHeadingsAreSeparatedByBlankLines() {
    String t = text(false);
    assertTrue(t.contains("since 1871.[1]\n\nA town and its sea\n\nThe council's report (PDF, 2 MB) counts n = 3 "
        + "storms; H₂O levels rose by 30 cm². The old plan is final under review.\nCharacters that need care: "
        + "5 * 3 < 16 & [brackets] #hash _under_ `tick`.\n\n"), t);
  }

  @Test
  void listsAreBulletedNumberedAndNested() {
    assertTrue(text(false).contains("What the town did\n\n"
        + "• Raised the sea wall by half a metre\n"
        + "• Moved the fish market:\n"
        + "  3. first the cold store\n"
        + "  4. then the auction hall\n"
        + "• Planted dune grass along 2 km of beach\n\n"));
  }

  @Test
  void quotesAreIndentedWithTheirAttribution() {
    assertTrue(text(false).contains("\n    We do not fight the sea. We learn its timetable.\n\n    — Ines Varga, harbour master\n"));
  }

  @Test
  void tablesAreAlignedColumns() {
    assertTrue(text(false).contains("Storms and damage, 2020–2023\n"
        + "Year  Storms      Damage (€ m)\n"
        + "----  ----------  ------------\n"
        + "2020  1                    4.2\n"
        + "2023  3 | severe          11.0\n"));
  }

  @Test
  void aHeaderColumnWithNoTextGetsARuleAndNoError() {
    org.offprint.model.Table.Cell empty = new org.offprint.model.Table.Cell(List.of(),
        org.offprint.model.Table.Align.RIGHT, 1, 1);
    org.offprint.model.Table.Cell year = new org.offprint.model.Table.Cell(
        List.of(new org.offprint.model.Text("Year")), org.offprint.model.Table.Align.DEFAULT, 1, 1);
    org.offprint.model.Table t = new org.offprint.model.Table(List.of(),
        List.of(new org.offprint.model.Table.Row(List.of(year, empty))),
        List.of(new org.offprint.model.Table.Row(List.of(year, empty))));
    String out = TextWriter.builder(OPTIONS).build().render(Document.of(Metadata.EMPTY, List.of(t)));
    assertTrue(out.contains("Year\n----  -\nYear"), out);
  }

  @Test
  void softHyphensAreLeftOutSoThatWordsCanBeFound() {
    // a hyphenated page ("Wein\u00ADwirt\u00ADschaft"): invisible in a browser, but plain text is searched and diffed
    Metadata m = Metadata.builder().title("St. Mag\u00ADda\u00ADle\u00ADner").build();
    String t = TextWriter.builder(OPTIONS).build().render(Document.of(m, List.of(
        Block.paragraph("neben Baro\u00ADlo und Bar\u00ADba\u00ADres\u00ADco"))));
    assertTrue(t.startsWith("St. Magdalener\n"), t);
    assertTrue(t.contains("neben Barolo und Barbaresco"), t);
    assertFalse(t.contains("\u00AD"), t);
  }

  @Test
  void codeIsKeptAsIs() {
    assertTrue(text(false).contains("\ndef tide(hour):\n    return 2.1 * sin(hour / 12.4)  # metres\n\nprint(tide(5))\n"));
  }

  @Test
  void footnotesComeAtTheEnd() {
    String t = text(false);
    assertTrue(t.endsWith("Notes\n\n[1] Harbour records, 1871–2023.\n[2] Interview, Murmansk, 2022.\n"), t);
    assertTrue(t.contains("«η θάλασσα δεν έχει πόρτες».[2]"));
  }

  @Test
  void linkListNumbersLinksAfterTheNotes() {
    String t = text(true);
    assertTrue(t.contains("(PDF, 2 MB [3])"), t);
    assertTrue(t.endsWith("Links\n\n[3] https://coastal-review.example/report.pdf\n"), t);
    assertFalse(text(false).contains("https://coastal-review.example/report.pdf"));
  }

  @Test
  void noMarkupLeaks() {
    String t = text(false);
    assertFalse(t.contains("**") || t.contains("<sup>") || t.contains("~~") || t.contains("]("), t);
  }

  @Test
  void russianDatesUseTheLanguage() {
    Metadata m = Metadata.builder().title("Т").published("2023-03-04").language("ru").build();
    String t = TextWriter.builder(OPTIONS).build().render(Document.of(m, List.of(Block.paragraph("x"))));
    assertTrue(t.startsWith("Т\n4 марта 2023"), t);
  }

  @Test
  void aTableWithAnEmptyHeaderColumnIsDrawnWithARuleUnderIt() {
    org.offprint.model.Table t = new org.offprint.model.Table(List.of(),
        List.of(new org.offprint.model.Table.Row(List.of(org.offprint.model.Table.Cell.of(""),
            org.offprint.model.Table.Cell.of("Tonnes")))),
        List.of(new org.offprint.model.Table.Row(List.of(org.offprint.model.Table.Cell.of(""),
            org.offprint.model.Table.Cell.of("412")))));
    String out = TextWriter.builder(OPTIONS).build().render(Document.of(Metadata.EMPTY, List.of(t)));
    assertEquals("   Tonnes\n-  ------\n   412\n", out);
  }

  @Test
  void isRegisteredAsTxtAndText() throws Exception {
    assertEquals("txt", Formats.get("text").name());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Formats.get("txt").writer(OPTIONS).write(Document.of(Metadata.EMPTY, List.of(Block.paragraph("x"))), out);
    assertEquals("x\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void leavesFiguresOutUnlessAsked() {
    String plain = text(false);
    assertFalse(plain.contains("[Image"), plain);
    assertFalse(plain.contains("Boats leaving the harbour before sunrise"), plain);
    String with = TextWriter.builder(OPTIONS).figures(true).build().render(Fixtures.everything());
    assertTrue(with.contains("[Image: Boats leaving the harbour before sunrise]"), with);
  }

  @Test
  void notesLinksAndContentsAreHeadedInTheDocumentsLanguage() throws java.io.IOException {
    Metadata md = Metadata.builder().title("Hafen").language("de").build();
    Document doc = new Document(md, List.of(org.offprint.model.Block.paragraph(new org.offprint.model.Text("Text"),
        new org.offprint.model.NoteRef("a"))), List.of(new org.offprint.model.Footnote("a",
        List.of(org.offprint.model.Block.paragraph("Quelle.")))));
    String out = TextWriter.builder(OPTIONS).build().render(doc);
    assertTrue(out.contains("\nAnmerkungen\n"), out);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    TextWriter.builder(OPTIONS).build().writeBook(new org.offprint.model.Book(
        Metadata.builder().title("Reihe").language("ru").build(), List.of(doc, doc)), bytes);
    assertTrue(bytes.toString(java.nio.charset.StandardCharsets.UTF_8).contains("\nСодержание\n"));
  }
}
