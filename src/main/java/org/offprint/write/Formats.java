package org.offprint.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.offprint.write.epub.EpubFormat;
import org.offprint.write.html.HtmlFormat;
import org.offprint.write.json.JsonFormat;
import org.offprint.write.markdown.MarkdownFormat;
import org.offprint.write.pdf.PdfFormat;
import org.offprint.write.text.TextFormat;

/**
 * The registry of output formats: the built-in ones, and any other a jar on the class path declares for {@link
 * ServiceLoader}. Looking a built-in format up by name does not search the class path (a one-article convert
 * spent 5% of its time in that search); the list of every format, and a name no built-in format has, do.
 * Thread-safe.
 */
public final class Formats {
  private static final List<Format> BUILT_IN = List.of(new EpubFormat(), new HtmlFormat(), new JsonFormat(),
      new MarkdownFormat(), new PdfFormat(), new TextFormat());

  private Formats() {}

  /** Every format, found once, when first asked for. */
  private static final class All {
    static final List<Format> LIST = load();
  }

  private static List<Format> load() {
    List<Format> list = new ArrayList<>(BUILT_IN);
    Set<Class<?>> builtIn = Set.of(EpubFormat.class, HtmlFormat.class, JsonFormat.class, MarkdownFormat.class,
        PdfFormat.class, TextFormat.class);
    for (ServiceLoader.Provider<Format> p : ServiceLoader.load(Format.class, Formats.class.getClassLoader()).stream()
        .toList()) {
      if (!builtIn.contains(p.type())) list.add(p.get());
    }
    list.sort(Comparator.comparing(Format::name));
    return List.copyOf(list);
  }

  /** {@return every known format, sorted by name} */
  public static List<Format> all() {
    return All.LIST;
  }

  /** {@return the format with this name, alias or extension (case-insensitive), if any; a built-in one first} */
  public static Optional<Format> find(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    Optional<Format> builtIn = find(BUILT_IN, n);
    return builtIn.isPresent() ? builtIn : find(all(), n);
  }

  private static Optional<Format> find(List<Format> formats, String n) {
    for (Format f : formats) {
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
    return all().stream().map(Format::name).toList();
  }
}
