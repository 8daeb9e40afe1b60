package org.offprint.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The registry: built-in formats found without a search, each format once, as ServiceLoader declares them. */
class InputFormatsTest {
  @Test
  void holdsEachDeclaredFormatOnceSortedByName() throws IOException {
    List<String> declared;
    try (InputStream in = InputFormats.class.getResourceAsStream("/META-INF/services/" + InputFormat.class.getName())) {
      declared = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
    }
    List<String> classes = InputFormats.all().stream().map(f -> f.getClass().getName()).sorted().toList();
    assertEquals(declared, classes);
    List<String> names = InputFormats.names();
    assertEquals(names.stream().sorted().toList(), names);
    assertEquals(ServiceLoader.load(InputFormat.class).stream().count(), InputFormats.all().size());
  }

  @Test
  void findsTheSameFormatByNameOrExtensionAsTheListHolds() {
    for (InputFormat f : InputFormats.all()) {
      assertSame(f, InputFormats.find(f.name().toUpperCase()).orElseThrow(), f.name());
      for (String ext : f.extensions()) {
        InputFormat first = InputFormats.all().stream().filter(g -> g.name().equals(ext) || g.extensions()
            .contains(ext)).findFirst().orElseThrow();
        assertSame(first, InputFormats.find(ext).orElseThrow(), ext);
      }
    }
    assertEquals(Optional.empty(), InputFormats.find("docx"));
  }

  @Test
  void sniffsWithTheFormatsOfTheList() {
    byte[] html = "<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    assertEquals("html", InputFormats.sniff(html).orElseThrow().name());
  }
}
