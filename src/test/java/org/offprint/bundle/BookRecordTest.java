package org.offprint.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Document;
import org.offprint.model.Metadata;
import org.offprint.model.Paragraph;
import org.offprint.model.Text;

class BookRecordTest {
  private static Document doc(String title) {
    return Document.of(Metadata.builder().title(title).published("2024-01-02T09:00:00Z").authors(List.of("Ann"))
        .build(), List.of(new Paragraph(List.of(new Text("Some text of " + title + " — «quoted» 😀")))));
  }

  private static final BookRecord RECORD = new BookRecord(List.of("--max", "5", "https://e.org/feed.xml"), List.of(
      new BookRecord.Entry("feed-item:1", "https://e.org/1", BookRecord.hash("a".getBytes(StandardCharsets.UTF_8)),
          "", 1, doc("One")),
      new BookRecord.Entry("/tmp/two.html", "two.html", "", "Letters", 3, doc("Two"))));

  @Test
  void aRecordReadsBackEqualAndAlwaysGivesTheSameBytes() {
    byte[] json = RECORD.toJson();
    assertEquals(RECORD, BookRecord.parse(json));
    assertArrayEquals(json, BookRecord.parse(json).toJson());
    String text = new String(json, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("{\n  \"offprintBook\" : 1,\n"), text);
    assertTrue(!text.contains("\r"), "\\n on every system");
    assertEquals("sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb",
        BookRecord.hash("a".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aBadRecordIsRefusedSayingWhy() {
    String json = new String(RECORD.toJson(), StandardCharsets.UTF_8);
    assertEquals("the record is of version 2; this offprint reads version 1", assertThrows(
        IllegalArgumentException.class, () -> BookRecord.parse(json.replace("\"offprintBook\" : 1",
            "\"offprintBook\" : 2").getBytes(StandardCharsets.UTF_8))).getMessage());
    assertEquals("article 2 is listed twice", assertThrows(IllegalArgumentException.class,
        () -> BookRecord.parse(json.replace("/tmp/two.html", "feed-item:1").getBytes(StandardCharsets.UTF_8)))
        .getMessage());
    assertEquals("article 1 has no \"hash\"", assertThrows(IllegalArgumentException.class,
        () -> BookRecord.parse(json.replaceFirst("\"hash\"", "\"hush\"").getBytes(StandardCharsets.UTF_8)))
        .getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BookRecord.parse(json.replace("\"paragraph\"",
        "\"sidebar\"").getBytes(StandardCharsets.UTF_8))).getMessage().startsWith("article 1: "));
    assertEquals("not an offprint record", assertThrows(IllegalArgumentException.class,
        () -> BookRecord.parse("{}".getBytes(StandardCharsets.UTF_8))).getMessage());
  }
}
