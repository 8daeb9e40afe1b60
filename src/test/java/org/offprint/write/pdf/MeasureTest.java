package org.offprint.write.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Document;
import org.offprint.model.Fixtures;

/** The default theme's text column, measured in the PDF text: a book's measure, and dates kept whole. */
class MeasureTest {
  /** {@return the lines of every page, as PDFBox reads them} */
  private static List<String> lines(byte[] pdf) throws IOException {
    List<String> out = new ArrayList<>();
    for (String page : PdfTesting.pages(pdf)) out.addAll(List.of(page.split("\\R")));
    return out;
  }

  @Test
  void bodyLinesHoldSixtyToSeventyFiveCharacters() throws IOException {
    String prose = "The harbour wakes before the town does, and the first boats are out beyond the breakwater "
        + "while the streets above the quay are still dark. Nobody on the water talks much at that hour; the "
        + "engines do the talking, and the gulls answer them. By the time the bakery opens, the catch from the "
        + "night boats has been weighed, sorted and sold, and the auction hall is being hosed down for the next "
        + "day. ";
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < 8; i++) blocks.add(Block.paragraph(prose.repeat(2).strip()));
    byte[] pdf = PdfTesting.render(Document.of(Fixtures.metadata(), blocks));
    // the full lines of justified paragraphs: everything but headings, short last lines and page furniture
    List<Integer> lengths = lines(pdf).stream()
        .map(String::strip).filter(l -> l.length() > 45).map(String::length).sorted().toList();
    int median = lengths.get(lengths.size() / 2);
    assertTrue(median >= 60 && median <= 75, "median line " + median + " characters: " + lengths);
  }

  @Test
  void datesDoNotBreakAtTheirHyphens() throws IOException {
    // words of varied length between the dates, so that dates fall at every place of a line's end
    String[] words = {"a", "ferry", "to", "the north quay", "tugs", "of", "Aldwick", "at dawn", "and"};
    StringBuilder text = new StringBuilder("Sailings:");
    for (int i = 0; i < 120; i++) {
      text.append(' ').append(words[i % words.length]).append(String.format(" 2026-%02d-%02d", i % 12 + 1, i % 28 + 1));
    }
    byte[] pdf = PdfTesting.render(Document.of(Fixtures.metadata(), List.of(Block.paragraph(text.toString()))));
    List<String> lines = lines(pdf);
    assertTrue(lines.stream().filter(l -> l.contains("2026")).count() > 8, "too few lines to tell: " + lines);
    for (String l : lines) assertTrue(!l.strip().matches(".*\\d-"), "a date broken at its hyphen: " + l);
  }
}
