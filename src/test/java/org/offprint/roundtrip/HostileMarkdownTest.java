package org.offprint.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.offprint.model.Block;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.ListBlock;
import org.offprint.model.Metadata;
import org.offprint.model.Table;
import org.offprint.read.Source;
import org.offprint.read.markdown.MarkdownReader;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.WriteOptions;
import org.offprint.write.markdown.MarkdownWriter;

/** Deep nesting and big tables go through the writer and the reader in reasonable time. */
class HostileMarkdownTest {
  private static final WriteOptions OPTIONS = WriteOptions.of(ThemeLoader.builtIn("default"));

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void deeplyNestedListsRoundTrip() throws Exception {
    Block b = Block.paragraph("leaf");
    for (int i = 0; i < 60; i++) {
      b = new ListBlock(false, 1, List.of(new ListBlock.Item(List.of(Block.paragraph("level " + i), b))));
    }
    Document doc = Document.of(Metadata.EMPTY, List.of(b));
    String md = MarkdownWriter.builder(OPTIONS).build().render(doc);
    Document back = MarkdownReader.create().read(Source.of("deep.md", md.getBytes(StandardCharsets.UTF_8)),
        Diagnostics.IGNORE);
    assertEquals(ModelNormaliser.normalise(doc), ModelNormaliser.normalise(back));
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aTableOfTwentyThousandCells() throws Exception {
    List<Table.Row> rows = new java.util.ArrayList<>();
    for (int r = 0; r < 1000; r++) {
      List<Table.Cell> cells = new java.util.ArrayList<>();
      for (int c = 0; c < 20; c++) cells.add(Table.Cell.of("r" + r + "|c" + c));
      rows.add(new Table.Row(cells));
    }
    Document doc = Document.of(Metadata.EMPTY, List.of(new Table(List.of(), List.of(rows.get(0)),
        rows.subList(1, rows.size()))));
    String md = MarkdownWriter.builder(OPTIONS).build().render(doc);
    Document back = MarkdownReader.create().read(Source.of("t.md", md.getBytes(StandardCharsets.UTF_8)),
        Diagnostics.IGNORE);
    assertEquals(ModelNormaliser.normalise(doc), ModelNormaliser.normalise(back));
  }
}
