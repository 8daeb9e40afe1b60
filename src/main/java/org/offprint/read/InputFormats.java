package org.offprint.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/** The registry of input formats, found with {@link ServiceLoader}. Thread-safe. */
public final class InputFormats {
  private static final List<InputFormat> ALL = load();

  private InputFormats() {}

  private static List<InputFormat> load() {
    List<InputFormat> list = new ArrayList<>();
    ServiceLoader.load(InputFormat.class, InputFormats.class.getClassLoader()).forEach(list::add);
    list.sort(Comparator.comparing(InputFormat::name));
    return List.copyOf(list);
  }

  /** {@return every known input format, sorted by name} */
  public static List<InputFormat> all() {
    return ALL;
  }

  /** {@return the format with this name or extension (case-insensitive)} */
  public static Optional<InputFormat> find(String nameOrExtension) {
    String n = nameOrExtension.toLowerCase(Locale.ROOT);
    for (InputFormat f : ALL) {
      if (f.name().equals(n) || f.extensions().contains(n)) return Optional.of(f);
    }
    return Optional.empty();
  }

  /** {@return the format whose sniffer is surest about {@code head}, if any is at all} */
  public static Optional<InputFormat> sniff(byte[] head) {
    InputFormat best = null;
    int bestScore = 0;
    for (InputFormat f : ALL) {
      int s = f.sniff(head);
      if (s > bestScore) {
        best = f;
        bestScore = s;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@return the names of all input formats} */
  public static List<String> names() {
    return ALL.stream().map(InputFormat::name).toList();
  }
}
