package org.offprint.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offprint.Offprint;
import org.offprint.model.Block;
import org.offprint.model.Book;
import org.offprint.model.Document;
import org.offprint.model.Metadata;

/** Every book writer reports its progress one step at a time, up to its total. */
class BookProgressTest {
  @ParameterizedTest
  @ValueSource(strings = {"epub", "pdf", "md", "html", "txt"})
  void eachArticleIsOneStepAndTheLastStepIsTheTotal(String format) throws IOException {
    List<Document> docs = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      docs.add(Document.of(Metadata.builder().title("Article " + i).build(),
          List.of(Block.paragraph("The text of article " + i + "."))));
    }
    List<int[]> steps = new ArrayList<>();
    WriteOptions options = Offprint.options().withProgress((done, total) -> steps.add(new int[] {done, total}));
    Offprint.write(new Book(Metadata.builder().title("Three").build(), docs), format, OutputStream.nullOutputStream(),
        options);
    assertFalse(steps.isEmpty(), format);
    int total = steps.get(0)[1];
    // the PDF sets the book twice (a layout pass for the contents' page numbers, then the real one)
    assertEquals(format.equals("pdf") ? 6 : 3, total, format);
    for (int i = 0; i < steps.size(); i++) {
      assertEquals(i + 1, steps.get(i)[0], format + " step " + i);
      assertEquals(total, steps.get(i)[1], format + " step " + i);
    }
    assertEquals(total, steps.size(), format);
  }
}
