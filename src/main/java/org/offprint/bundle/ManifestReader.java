package org.offprint.bundle;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a book manifest (YAML 1.2, with snakeyaml-engine so {@code no} stays a string). Unknown keys and wrong
 * types are errors naming the file, the line and the key. Example:
 *
 * <pre>{@code
 * title: The Harbour Papers
 * authors: [Mara Ellison]
 * publisher: The Coastal Review
 * order: date
 * group-by: month
 * front: [preface.md]
 * items:
 *   - harbour-march.html
 *   - path: harbour-april.html
 *     title: Spring tides
 * sections:
 *   - title: Letters
 *     items: ["letters/*.html"]
 * }</pre>
 */
public final class ManifestReader {
  private static final Set<String> BOOK_KEYS = Set.of("title", "subtitle", "author", "authors", "publisher",
      "language", "date", "cover", "series", "series-index", "order", "reverse", "group-by", "toc-depth", "theme",
      "front", "back", "items", "sections");
  private static final Set<String> ITEM_KEYS = Set.of("path", "glob", "url", "title", "date", "author", "authors",
      "skip");
  private static final Set<String> SECTION_KEYS = Set.of("title", "items");

  private ManifestReader() {}

  /** {@return true for a file name that looks like a manifest ({@code .yaml} or {@code .yml})} */
  public static boolean isManifest(Path file) {
    String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /**
   * {@return the manifest in {@code file}}
   *
   * @throws IOException when the file cannot be read
   * @throws ManifestException when it is not a valid manifest
   */
  public static Manifest read(Path file) throws IOException {
    return read(file, Path.of(""));
  }

  /**
   * {@return the manifest in {@code file}, a path relative to {@code folder}} (a command's own folder, which need
   * not be the process's); messages name {@code file} as given
   *
   * @throws IOException when the file cannot be read
   * @throws ManifestException when it is not a valid manifest
   */
  public static Manifest read(Path file, Path folder) throws IOException {
    try (Reader r = Files.newBufferedReader(folder.resolve(file), StandardCharsets.UTF_8)) {
      Node root;
      try {
        root = new Compose(LoadSettings.builder().setLabel(file.toString()).build()).composeReader(r)
            .orElseThrow(() -> new ManifestException(file, 1, "the manifest is empty"));
      } catch (MarkedYamlEngineException e) {
        int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
        throw new ManifestException(file, line, "not valid YAML: " + e.getProblem());
      } catch (YamlEngineException e) {
        throw new ManifestException(file, 0, "not valid YAML: " + e.getMessage());
      }
      return new Parser(file, folder.resolve(file)).manifest(root);
    }
  }

  private static final class Parser {
    private final Path file;
    private final Path dir;

    Parser(Path file, Path resolved) {
      this.file = file;
      Path parent = resolved.toAbsolutePath().normalize().getParent();
      this.dir = parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    ManifestException error(Node node, String problem) {
      return new ManifestException(file, line(node), problem);
    }

    static int line(Node node) {
      return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    MappingNode mapping(Node node, String what) {
      if (node instanceof MappingNode m) return m;
      throw error(node, what + " must be a mapping of keys to values");
    }

    String key(NodeTuple t, Set<String> allowed, String where, Set<String> seen) {
      Node k = t.getKeyNode();
      if (!(k instanceof ScalarNode s)) throw error(k, "keys must be plain names");
      String key = s.getValue();
      if (!allowed.contains(key)) {
        throw error(k, "unknown key '" + key + "' in " + where + "; known keys: " + String.join(", ", allowed.stream().sorted().toList()));
      }
      if (!seen.add(key)) throw error(k, "key '" + key + "' is given twice");
      return key;
    }

    String string(Node node, String key) {
      if (node instanceof ScalarNode s) return s.getValue().trim();
      throw error(node, "'" + key + "' must be a single value, not a list or mapping");
    }

    List<String> strings(Node node, String key) {
      if (node instanceof ScalarNode s) return List.of(s.getValue().trim());
      if (node instanceof SequenceNode seq) {
        List<String> out = new ArrayList<>();
        for (Node n : seq.getValue()) out.add(string(n, key));
        return out;
      }
      throw error(node, "'" + key + "' must be a value or a list of values");
    }

    boolean bool(Node node, String key) {
      String v = string(node, key).toLowerCase(Locale.ROOT);
      if (v.equals("true")) return true;
      if (v.equals("false")) return false;
      throw error(node, "'" + key + "' must be true or false, not '" + v + "'");
    }

    int integer(Node node, String key, int min, int max) {
      String v = string(node, key);
      try {
        int i = Integer.parseInt(v);
        if (i < min || i > max) throw new NumberFormatException();
        return i;
      } catch (NumberFormatException e) {
        throw error(node, "'" + key + "' must be a whole number from " + min + " to " + max + ", not '" + v + "'");
      }
    }

    String date(Node node, String key) {
      String v = string(node, key);
      try {
        LocalDate.parse(v);
        return v;
      } catch (DateTimeParseException e) {
        throw error(node, "'" + key + "' must be a date YYYY-MM-DD, not '" + v + "'");
      }
    }

    <E extends Enum<E>> E choice(Node node, String key, Class<E> type) {
      String v = string(node, key);
      for (E e : type.getEnumConstants()) if (e.name().equalsIgnoreCase(v)) return e;
      List<String> names = new ArrayList<>();
      for (E e : type.getEnumConstants()) names.add(e.name().toLowerCase(Locale.ROOT));
      throw error(node, "'" + key + "' must be one of " + String.join(", ", names) + ", not '" + v + "'");
    }

    Path path(Node node, String key) {
      String v = string(node, key);
      if (v.isEmpty()) throw error(node, "'" + key + "' must not be empty");
      return dir.resolve(v).normalize();
    }

    Manifest manifest(Node root) {
      MappingNode m = mapping(root, "the manifest");
      String title = "", subtitle = "", publisher = "", language = "", date = "", series = "", theme = "";
      List<String> authors = List.of();
      Optional<Path> cover = Optional.empty();
      Optional<Integer> seriesIndex = Optional.empty(), tocDepth = Optional.empty();
      Optional<Manifest.Order> order = Optional.empty();
      Optional<Manifest.GroupBy> groupBy = Optional.empty();
      boolean reverse = false;
      List<Path> front = new ArrayList<>(), back = new ArrayList<>();
      List<Manifest.Item> items = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (NodeTuple t : m.getValue()) {
        String key = key(t, BOOK_KEYS, "the manifest", seen);
        Node v = t.getValueNode();
        switch (key) {
          case "title" -> title = string(v, key);
          case "subtitle" -> subtitle = string(v, key);
          case "author", "authors" -> authors = strings(v, key);
          case "publisher" -> publisher = string(v, key);
          case "language" -> language = string(v, key);
          case "date" -> date = date(v, key);
          case "cover" -> cover = Optional.of(path(v, key));
          case "series" -> series = string(v, key);
          case "series-index" -> seriesIndex = Optional.of(integer(v, key, 0, 1_000_000));
          case "order" -> order = Optional.of(choice(v, key, Manifest.Order.class));
          case "reverse" -> reverse = bool(v, key);
          case "group-by" -> groupBy = Optional.of(choice(v, key, Manifest.GroupBy.class));
          case "toc-depth" -> tocDepth = Optional.of(integer(v, key, 1, 6));
          case "theme" -> theme = string(v, key);
          case "front" -> { for (String s : strings(v, key)) front.add(dir.resolve(s).normalize()); }
          case "back" -> { for (String s : strings(v, key)) back.add(dir.resolve(s).normalize()); }
          case "items" -> items.addAll(items(v, ""));
          case "sections" -> items.addAll(sections(v));
          default -> throw new IllegalStateException(key);
        }
      }
      if (items.isEmpty()) throw error(root, "the manifest lists no items (add 'items:' or 'sections:')");
      Manifest.Settings settings = new Manifest.Settings(title, subtitle, authors, publisher, language, date, cover,
          series, seriesIndex, order, reverse, groupBy, tocDepth, theme);
      return new Manifest(file, settings, items, front, back);
    }

    List<Manifest.Item> sections(Node node) {
      if (!(node instanceof SequenceNode seq)) throw error(node, "'sections' must be a list of sections");
      List<Manifest.Item> out = new ArrayList<>();
      for (Node s : seq.getValue()) {
        MappingNode m = mapping(s, "a section");
        String title = null;
        Node itemsNode = null;
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : m.getValue()) {
          String key = key(t, SECTION_KEYS, "a section", seen);
          if (key.equals("title")) title = string(t.getValueNode(), key);
          else itemsNode = t.getValueNode();
        }
        if (title == null || title.isEmpty()) throw error(s, "a section needs a 'title'");
        if (itemsNode == null) throw error(s, "section '" + title + "' needs 'items'");
        out.addAll(items(itemsNode, title));
      }
      return out;
    }

    List<Manifest.Item> items(Node node, String section) {
      if (!(node instanceof SequenceNode seq)) throw error(node, "'items' must be a list");
      List<Manifest.Item> out = new ArrayList<>();
      for (Node n : seq.getValue()) out.add(item(n, section));
      return out;
    }

    Manifest.Item item(Node node, String section) {
      if (node instanceof ScalarNode s) return simple(node, s.getValue().trim(), section, "", "", List.of(), false);
      MappingNode m = mapping(node, "an item");
      Manifest.Kind kind = null;
      String ref = null, title = "", date = "";
      List<String> authors = List.of();
      boolean skip = false;
      Set<String> seen = new HashSet<>();
      for (NodeTuple t : m.getValue()) {
        String key = key(t, ITEM_KEYS, "an item", seen);
        Node v = t.getValueNode();
        switch (key) {
          case "path", "glob", "url" -> {
            if (kind != null) throw error(v, "an item takes one of path, glob or url");
            kind = Manifest.Kind.valueOf(key.toUpperCase(Locale.ROOT));
            ref = string(v, key);
            if (ref.isEmpty()) throw error(v, "'" + key + "' must not be empty");
          }
          case "title" -> title = string(v, key);
          case "date" -> date = date(v, key);
          case "author", "authors" -> authors = strings(v, key);
          case "skip" -> skip = bool(v, key);
          default -> throw new IllegalStateException(key);
        }
      }
      if (kind == null) throw error(node, "an item needs 'path', 'glob' or 'url'");
      return make(node, kind, ref, section, title, date, authors, skip);
    }

    Manifest.Item simple(Node node, String ref, String section, String title, String date, List<String> authors,
        boolean skip) {
      if (ref.isEmpty()) throw error(node, "an empty item");
      Manifest.Kind kind = ref.matches("(?i)https?://.*") ? Manifest.Kind.URL
          : ref.matches(".*[*?\\[{].*") ? Manifest.Kind.GLOB : Manifest.Kind.PATH;
      return make(node, kind, ref, section, title, date, authors, skip);
    }

    Manifest.Item make(Node node, Manifest.Kind kind, String ref, String section, String title, String date,
        List<String> authors, boolean skip) {
      String resolved = switch (kind) {
        case URL -> {
          if (!ref.matches("(?i)https?://.+")) throw error(node, "'url' must be an http or https URL, not '" + ref + "'");
          yield ref;
        }
        case PATH -> dir.resolve(ref).normalize().toString();
        case GLOB -> dir.toString().replace("\\", "/") + "/" + ref;
      };
      return new Manifest.Item(kind, resolved, section, title, date, authors, skip, line(node));
    }
  }
}
