package org.offprint.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/** The registry of output formats, found with {@link ServiceLoader}. Thread-safe. */
public final class Formats {
  private static final List<Format> ALL = load();

  private Formats() {}

  private static List<Format> load() {
    List<Format> list = new ArrayList<>();
    ServiceLoader.load(Format.class, Formats.class.getClassLoader()).forEach(list::add);
    list.sort(Comparator.comparing(Format::name));
    return List.copyOf(list);
  }

  /** {@return every known format, sorted by name} */
  public static List<Format> all() {
    return ALL;
  }

  /** {@return the format with this name, alias or extension (case-insensitive), if any} */
  public static Optional<Format> find(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (Format f : ALL) {
      if (f.name().equals(n) || f.extension().equals(n) || f.aliases().contains(n)) return Optional.of(f);
    }
    return Optional.empty();
  }

  /** {@return the format named {@code name}} @throws IllegalArgumentException listing the known formats */
  public static Format get(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException(
        "Unknown output format '" + name + "'. Known: " + String.join(", ", names())));
  }

  /** {@return the short names of all formats} */
  public static List<String> names() {
    return ALL.stream().map(Format::name).toList();
  }
}
