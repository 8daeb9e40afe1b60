package org.offprint.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {
  @TempDir Path dir;

  private Manifest read(String yaml) throws IOException {
    return ManifestReader.read(Files.writeString(dir.resolve("book.yaml"), yaml));
  }

  private ManifestException error(String yaml) {
    return assertThrows(ManifestException.class, () -> read(yaml));
  }

  @Test
  void readsBookSettings() throws IOException {
    Manifest m = read("""
        title: The Harbour Papers
        subtitle: A year on the coast
        authors: [Mara Ellison, Tomás Quintero]
        publisher: The Coastal Review
        language: en
        date: 2024-12-01
        cover: art/cover.png
        series: Coastal Notes
        series-index: 3
        order: date
        reverse: true
        group-by: month
        toc-depth: 3
        items: [a.html]
        """);
    Manifest.Settings s = m.settings();
    assertEquals("The Harbour Papers", s.title());
    assertEquals(List.of("Mara Ellison", "Tomás Quintero"), s.authors());
    assertEquals(dir.resolve("art/cover.png"), s.cover().orElseThrow());
    assertEquals(3, s.seriesIndex().orElseThrow());
    assertEquals(Manifest.Order.DATE, s.order().orElseThrow());
    assertEquals(Manifest.GroupBy.MONTH, s.groupBy().orElseThrow());
    assertTrue(s.reverse());
  }

  @Test
  void itemsResolveAgainstTheManifestFolder() throws IOException {
    Manifest m = read("""
        items:
          - one.html
          - "2024/*.html"
          - https://example.org/a
          - path: sub/two.html
            title: Spring tides
            date: 2024-04-02
            author: Ines Varga
          - path: three.html
            skip: true
        """);
    List<Manifest.Item> items = m.items();
    assertEquals(5, items.size());
    assertEquals(Manifest.Kind.PATH, items.get(0).kind());
    assertEquals(dir.resolve("one.html").toString(), items.get(0).ref());
    assertEquals(Manifest.Kind.GLOB, items.get(1).kind());
    assertEquals(Manifest.Kind.URL, items.get(2).kind());
    assertEquals("Spring tides", items.get(3).title());
    assertEquals(List.of("Ines Varga"), items.get(3).authors());
    assertEquals(5, items.get(3).line());
    assertTrue(items.get(4).skip());
    assertFalse(items.get(0).skip());
  }

  @Test
  void sectionsNameTheirItems() throws IOException {
    Manifest m = read("""
        front: preface.md
        back: [colophon.md]
        sections:
          - title: Winter
            items: [a.html, b.html]
          - title: Spring
            items: [c.html]
        """);
    assertEquals(List.of("Winter", "Winter", "Spring"), m.items().stream().map(Manifest.Item::section).toList());
    assertEquals(List.of(dir.resolve("preface.md")), m.front());
  }

  @Test
  void noStringIsReadAsABoolean() throws IOException {
    assertEquals("no", read("title: no\nitems: [a.html]\n").settings().title());
  }

  @Test
  void unknownKeyNamesFileLineAndKey() {
    ManifestException e = error("title: T\nauthor: A\nsubtitel: S\nitems: [a.html]\n");
    assertEquals(3, e.line());
    assertTrue(e.getMessage().startsWith(dir.resolve("book.yaml") + ":3: unknown key 'subtitel'"), e.getMessage());
  }

  @Test
  void unknownItemKeyIsAnError() {
    ManifestException e = error("items:\n  - path: a.html\n    titel: X\n");
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("unknown key 'titel' in an item"), e.getMessage());
  }

  @Test
  void wrongTypesAreErrors() {
    assertTrue(error("order: random\nitems: [a]\n").getMessage().contains("'order' must be one of given, date, title"));
    assertTrue(error("reverse: maybe\nitems: [a]\n").getMessage().contains("true or false"));
    assertTrue(error("date: March\nitems: [a]\n").getMessage().contains("YYYY-MM-DD"));
    assertTrue(error("title: [a, b]\nitems: [a]\n").getMessage().contains("single value"));
    assertTrue(error("toc-depth: 9\nitems: [a]\n").getMessage().contains("from 1 to 6"));
    assertTrue(error("items: a.html\n").getMessage().contains("'items' must be a list"));
  }

  @Test
  void missingItemsIsAnError() {
    assertTrue(error("title: Empty\n").getMessage().contains("lists no items"));
  }

  @Test
  void brokenYamlNamesTheLine() {
    ManifestException e = error("title: A\nitems:\n  - a.html\n   - b: [\n");
    assertTrue(e.line() >= 3, e.getMessage());
    assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
  }

  @Test
  void duplicateKeyIsAnError() {
    assertTrue(error("title: A\ntitle: B\nitems: [a]\n").getMessage().contains("given twice"));
  }
}
