package org.offprint.write.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Book;
import org.offprint.model.Document;
import org.offprint.model.Figure;
import org.offprint.model.Fixtures;
import org.offprint.model.Metadata;
import org.offprint.model.Resource;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.WriteOptions;
import org.offprint.testing.EpubCheckRunner;

/** A book whose images do not fit the memory budget keeps them in temporary files until they are zipped. */
class EpubLargeBookTest {
  private static long tempImages() throws IOException {
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("offprint-image-")).count();
    }
  }

  @Test
  void imagesPastTheBudgetAreSpilledAndZippedUnchanged() throws IOException {
    Map<String, byte[]> pngs = new HashMap<>();
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String uri = "file:///book/picture-" + i + ".png";
      pngs.put(uri, Fixtures.png(300 + i, 200));
      docs.add(Document.of(Metadata.builder().title("Chapter " + (i + 1)).language("en").build(),
          List.of(Block.paragraph("Some words before picture " + i + "."), new Figure(uri, "Picture " + i, List.of()))));
    }
    WriteOptions options = WriteOptions.of(ThemeLoader.builtIn("default"))
        .withResources(uri -> Optional.ofNullable(pngs.get(uri)).map(b -> new Resource(uri, "image/png", b)));
    long before = tempImages();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // A budget of one picture: every later one goes to a temporary file.
    EpubWriter.builder(options).imageMemory(pngs.values().iterator().next().length).coverImage(Fixtures.png(700, 1000))
        .build().writeBook(new Book(Metadata.builder().title("Pictures").language("en").build(), docs), out);
    assertEquals(before, tempImages(), "temporary files are deleted after zipping");
    Map<String, byte[]> entries = Zip.entries(out.toByteArray());
    int found = 0;
    for (byte[] png : pngs.values()) {
      for (byte[] e : entries.values()) {
        if (java.util.Arrays.equals(e, png)) {
          found++;
          break;
        }
      }
    }
    assertEquals(pngs.size(), found, "every picture is in the book, byte for byte");
    assertTrue(EpubCheckRunner.check(out.toByteArray()).clean());
  }

  @Test
  void aSpilledBookIsTheSameBookAsAnUnspilledOne() throws IOException {
    WriteOptions options = WriteOptions.of(ThemeLoader.builtIn("default")).withResources(Fixtures.images());
    Book book = new Book(Fixtures.metadata(), List.of(Fixtures.everything(), Fixtures.everything()));
    ByteArrayOutputStream inMemory = new ByteArrayOutputStream();
    ByteArrayOutputStream spilled = new ByteArrayOutputStream();
    EpubWriter.builder(options).build().writeBook(book, inMemory);
    EpubWriter.builder(options).imageMemory(0).build().writeBook(book, spilled);
    assertArrayEquals(inMemory.toByteArray(), spilled.toByteArray());
  }
}
