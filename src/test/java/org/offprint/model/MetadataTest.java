package org.offprint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model's metadata keeps its extra fields in key order, so every writer lists them the same way each run. */
class MetadataTest {
  @Test
  void extraFieldsIterateInKeyOrder() {
    Map<String, String> extra = new HashMap<>();
    for (String k : List.of("series", "date-range", "series-index", "kicker", "edition", "section", "price",
        "region", "desk", "issue", "volume", "column")) {
      extra.put(k, "value of " + k);
    }
    Metadata m = Metadata.builder().title("T").extra(extra).build();
    List<String> sorted = new ArrayList<>(extra.keySet());
    sorted.sort(null);
    // an immutable Map.copyOf iterates in an order salted per JVM: 12 keys come out sorted by chance once in 479M
    assertEquals(sorted, new ArrayList<>(m.extra().keySet()));
  }

  /** Dates are read without a formatter in their common forms: the answer must be the formatters' own. */
  @Test
  void publishedDatesAreReadAsTheIsoFormattersReadThem() {
    List<String> values = new ArrayList<>(List.of("2024-05-06", "2024-02-29", "2023-02-29", "2024-13-01",
        "2024-00-10", "0000-01-01", "2024-05-06T10:20:30Z", "2024-05-06T23:59:59+02:00", "2024-05-06T24:00:00Z",
        "2024-05-06T10:60:00Z", "2024-05-06T10:20:60Z", "2024-05-06T10:20:30+18:00", "2024-05-06T10:20:30-18:00",
        "2024-05-06T10:20:30+18:30", "2024-05-06T10:20:30+05:60", "2024-05-06T10:20:30.123Z",
        "2024-05-06T10:20Z", "2024-05-06T10:20+02:00", "2024-05-06T24:00Z", "2024-05-06T10:20+0200",
        "2024-05-06T10:20:30+0200", "2024-05-06T10:20z", "2024-05-06T10:2002:00", "2024-05-06T10:20+02:0a",
        "2024-05-06t10:20:30Z", "2024-05-06T10:20:30z",
        "2024-5-06", "2024/05/06", "2024-05-06T10:20:30X", "+2024-05-06", "2024-05-06T10:20:30+02:00[Europe/Paris]"));
    for (int i = 0; i < 400; i++) { // every month's last days, and times around each boundary
      int m = 1 + i % 12;
      int d = 27 + i % 5;
      values.add(String.format("20%02d-%02d-%02d", i % 100, m, d));
      values.add(String.format("20%02d-%02d-%02dT%02d:%02d:%02d%s", i % 100, m, d, i % 25, i % 61, (i * 7) % 61,
          i % 3 == 0 ? "Z" : String.format("%s%02d:%02d", i % 2 == 0 ? "+" : "-", i % 20, (i * 13) % 61)));
      values.add(String.format("20%02d-%02d-%02dT%02d:%02d%s", i % 100, m, d, i % 25, (i * 7) % 61,
          i % 3 == 0 ? "Z" : String.format("%s%02d:%02d", i % 2 == 0 ? "+" : "-", i % 20, (i * 13) % 61)));
    }
    for (String v : values) {
      LocalDate expected = expected(v);
      if (expected == null) {
        assertThrows(IllegalArgumentException.class, () -> Metadata.builder().published(v).build(), v);
      } else {
        assertEquals(expected, Metadata.builder().published(v).build().publishedDate().orElseThrow(), v);
      }
    }
  }

  private static LocalDate expected(String v) {
    try {
      return v.length() == 10 ? LocalDate.parse(v) : OffsetDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
