package org.offprint.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The registry: built-in formats found by name without a search, each format once, as ServiceLoader declares them. */
class FormatsTest {
  @Test
  void holdsEachDeclaredFormatOnceSortedByName() throws IOException {
    List<String> declared;
    try (InputStream in = Formats.class.getResourceAsStream("/META-INF/services/" + Format.class.getName())) {
      declared = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
    }
    List<String> classes = Formats.all().stream().map(f -> f.getClass().getName()).sorted().toList();
    assertEquals(declared, classes);
    List<String> names = Formats.all().stream().map(Format::name).toList();
    assertEquals(names.stream().sorted().toList(), names);
    assertEquals(ServiceLoader.load(Format.class).stream().count(), Formats.all().size());
  }

  @Test
  void findsTheSameFormatByNameAliasOrExtensionAsTheListHolds() {
    for (Format f : Formats.all()) {
      assertSame(f, Formats.find(f.name()).orElseThrow(), f.name());
      assertSame(f, Formats.find(f.extension().toUpperCase()).orElseThrow(), f.extension());
      for (String alias : f.aliases()) assertSame(f, Formats.find(alias).orElseThrow(), alias);
    }
    assertEquals(java.util.Optional.empty(), Formats.find("docx"));
  }
}
