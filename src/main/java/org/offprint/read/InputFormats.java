package org.offprint.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.offprint.read.html.HtmlInputFormat;
import org.offprint.read.json.JsonInputFormat;
import org.offprint.read.markdown.MarkdownInputFormat;
import org.offprint.read.mhtml.MhtmlInputFormat;
import org.offprint.read.text.TextInputFormat;
import org.offprint.read.warc.WarcInputFormat;

/**
 * The registry of input formats: the built-in ones, and any other a jar on the class path declares for {@link
 * ServiceLoader}. Looking a built-in format up by name or extension does not search the class path (that search
 * was 5% of a one-article convert); the list of every format, sniffing, and a name no built-in format has, do.
 * Thread-safe.
 */
public final class InputFormats {
  private static final List<InputFormat> BUILT_IN = List.of(new HtmlInputFormat(), new JsonInputFormat(),
      new MarkdownInputFormat(), new MhtmlInputFormat(), new TextInputFormat(), new WarcInputFormat());

  private InputFormats() {}

  /** Every format, found once, when first asked for. */
  private static final class All {
    static final List<InputFormat> LIST = load();
  }

  private static List<InputFormat> load() {
    List<InputFormat> list = new ArrayList<>(BUILT_IN);
    Set<Class<?>> builtIn = Set.of(HtmlInputFormat.class, JsonInputFormat.class, MarkdownInputFormat.class,
        MhtmlInputFormat.class, TextInputFormat.class, WarcInputFormat.class);
    for (ServiceLoader.Provider<InputFormat> p
        : ServiceLoader.load(InputFormat.class, InputFormats.class.getClassLoader()).stream().toList()) {
      if (!builtIn.contains(p.type())) list.add(p.get());
    }
    list.sort(Comparator.comparing(InputFormat::name));
    return List.copyOf(list);
  }

  /** {@return every known input format, sorted by name} */
  public static List<InputFormat> all() {
    return All.LIST;
  }

  /** {@return the format with this name or extension (case-insensitive); a built-in one first} */
  public static Optional<InputFormat> find(String nameOrExtension) {
    String n = nameOrExtension.toLowerCase(Locale.ROOT);
    Optional<InputFormat> builtIn = find(BUILT_IN, n);
    return builtIn.isPresent() ? builtIn : find(all(), n);
  }

  private static Optional<InputFormat> find(List<InputFormat> formats, String n) {
    for (InputFormat f : formats) {
      if (f.name().equals(n) || f.extensions().contains(n)) return Optional.of(f);
    }
    return Optional.empty();
  }

  /** {@return the format whose sniffer is surest about {@code head}, if any is at all} */
  public static Optional<InputFormat> sniff(byte[] head) {
    InputFormat best = null;
    int bestScore = 0;
    for (InputFormat f : all()) {
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
    return all().stream().map(InputFormat::name).toList();
  }
}
