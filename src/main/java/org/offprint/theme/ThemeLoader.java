package org.offprint.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads and validates themes. A theme is a folder holding {@code theme.properties} (design tokens), an optional
 * {@code style.css} and the font files the tokens name. Built-in themes ship inside the jar under
 * {@code themes/<name>/}.
 *
 * <p>Every error is a {@link ThemeException} whose message names the file, the key and what is allowed.
 */
public final class ThemeLoader {
  /** The themes that ship with offprint, the default first. */
  public static final List<String> BUILT_IN = List.of("default", "sans", "print");

  /** The theme used when none is named. */
  public static final String DEFAULT = "default";

  private static final String DEFINITION = "theme.properties";
  private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
  /** The built-in themes loaded so far, by name. */
  private static final Map<String, Theme> BUILT_INS = new ConcurrentHashMap<>();

  private ThemeLoader() {}

  /**
   * {@return the built-in theme {@code name}}, loaded once per JVM with the files it reads kept: the jar does not
   * change under a running JVM, and a process that writes many documents (a batch, the background server) would
   * otherwise inflate the same fonts from it for each.
   *
   * @throws ThemeException if there is none by that name
   */
  public static Theme builtIn(String name) {
    if (!BUILT_IN.contains(name)) {
      throw new ThemeException("Unknown theme '" + name + "'. Built-in themes: " + String.join(", ", BUILT_IN));
    }
    return BUILT_INS.computeIfAbsent(name, ThemeLoader::loadBuiltIn);
  }

  private static Theme loadBuiltIn(String name) {
    String base = "/themes/" + name + "/";
    Map<String, byte[]> read = new ConcurrentHashMap<>();
    ThemeFiles files =
        new ThemeFiles() {
          @Override
          public byte[] read(String path) throws IOException {
            byte[] kept = read.get(path);
            if (kept != null) return kept;
            try (InputStream in = ThemeLoader.class.getResourceAsStream(base + path)) {
              if (in == null) throw new NoSuchFileException("themes/" + name + "/" + path);
              byte[] bytes = in.readAllBytes();
              read.put(path, bytes);
              return bytes;
            }
          }

          @Override
          public boolean exists(String path) {
            return ThemeLoader.class.getResource(base + path) != null;
          }
        };
    return load(name, "themes/" + name + "/", files);
  }

  /** {@return the theme in folder {@code dir}} @throws ThemeException if it is missing or invalid */
  public static Theme load(Path dir) {
    if (!Files.isDirectory(dir)) throw new ThemeException(dir + ": not a theme folder");
    Path root = dir.toAbsolutePath().normalize();
    ThemeFiles files =
        new ThemeFiles() {
          @Override
          public byte[] read(String path) throws IOException {
            return Files.readAllBytes(inside(path));
          }

          @Override
          public boolean exists(String path) {
            try {
              Path p = inside(path);
              return Files.isRegularFile(p) && Files.isReadable(p);
            } catch (IOException e) {
              return false;
            }
          }

          private Path inside(String path) throws IOException {
            Path p = root.resolve(path).normalize();
            if (!p.startsWith(root)) throw new IOException(path + ": outside the theme folder");
            return p;
          }
        };
    String name = root.getFileName() == null ? "theme" : root.getFileName().toString();
    return load(name, dir + "/", files);
  }

  /**
   * Finds a theme by name or folder: an existing folder path wins; then {@code <dir>/<name>} for each folder of
   * {@code searchPath} (e.g. {@code ./themes} and {@code OFFPRINT_THEMES}); then the built-ins.
   */
  public static Theme find(String nameOrDir, List<Path> searchPath) {
    Path asPath = Path.of(nameOrDir);
    if (Files.isDirectory(asPath) && Files.exists(asPath.resolve(DEFINITION))) return load(asPath);
    for (Path dir : searchPath) {
      Path candidate = dir.resolve(nameOrDir);
      if (Files.exists(candidate.resolve(DEFINITION))) return load(candidate);
    }
    return builtIn(nameOrDir);
  }

  static Theme load(String name, String where, ThemeFiles files) {
    String defFile = where + DEFINITION;
    Properties props = new Properties();
    try (Reader r = new InputStreamReader(new java.io.ByteArrayInputStream(files.read(DEFINITION)),
        StandardCharsets.UTF_8)) {
      props.load(r);
    } catch (IOException e) {
      throw new ThemeException(defFile + ": cannot read (" + e.getMessage() + ")", e);
    }
    Tokens t = new Tokens(defFile, props);
    String css;
    try {
      css = new String(files.read("style.css"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      css = "";
    }
    Theme theme =
        new Theme(
            name,
            t.string("description", ""),
            t.family("body"),
            t.family("heading"),
            t.family("code"),
            t.number("size.base", 6, 30),
            t.number("line-height", 1.0, 3.0),
            t.oneOf("paragraph.style", Theme.ParagraphStyle.class),
            t.oneOf("text.align", "justify", "left").equals("justify"),
            t.bool("hyphenate"),
            t.number("heading.scale", 1.0, 2.0),
            t.oneOf("heading.weight", "bold", "normal").equals("bold"),
            t.oneOf("heading.case", Theme.HeadingCase.class),
            t.colors("color."),
            t.colors("dark.color."),
            t.page(),
            t.cssLength("measure"),
            new Theme.Elements(
                t.oneOf("byline.style", Theme.Emphasis.class),
                t.oneOf("dateline.style", Theme.Emphasis.class),
                t.oneOf("quote.style", Theme.Emphasis.class),
                t.number("caption.size", 0.6, 1.2),
                t.oneOf("caption.align", "center", "start").equals("center"),
                t.number("code.size", 0.6, 1.2),
                t.oneOf("table.style", Theme.TableStyle.class)),
            css,
            files);
    t.rejectUnknown();
    for (Theme.FontFamily f : List.of(theme.body(), theme.heading(), theme.code())) {
      for (String face : List.of(f.regular(), f.bold(), f.italic(), f.boldItalic())) {
        if (!files.exists(face)) {
          throw new ThemeException(defFile + ": font file '" + face + "' not found in the theme folder");
        }
      }
    }
    return theme;
  }

  /** Reads typed tokens and remembers which keys were used, so unknown keys can be rejected. */
  private static final class Tokens {
    private final String file;
    private final Properties props;
    private final Set<String> used = new TreeSet<>();

    Tokens(String file, Properties props) {
      this.file = file;
      this.props = props;
    }

    String string(String key, String fallback) {
      used.add(key);
      return props.getProperty(key, fallback).trim();
    }

    String required(String key) {
      used.add(key);
      String v = props.getProperty(key);
      if (v == null || v.isBlank()) throw error(key, "is missing");
      return v.trim();
    }

    ThemeException error(String key, String problem) {
      return new ThemeException(file + ": key '" + key + "' " + problem);
    }

    double number(String key, double min, double max) {
      String v = required(key);
      try {
        double d = Double.parseDouble(v);
        if (d < min || d > max) throw error(key, "must be between " + min + " and " + max + ", not " + v);
        return d;
      } catch (NumberFormatException e) {
        throw error(key, "must be a number between " + min + " and " + max + ", not '" + v + "'");
      }
    }

    boolean bool(String key) {
      return oneOf(key, "true", "false").equals("true");
    }

    String oneOf(String key, String... allowed) {
      String v = required(key).toLowerCase(Locale.ROOT);
      if (!List.of(allowed).contains(v)) {
        throw error(key, "must be one of " + String.join(", ", allowed) + ", not '" + v + "'");
      }
      return v;
    }

    <E extends Enum<E>> E oneOf(String key, Class<E> type) {
      List<String> names = new ArrayList<>();
      for (E e : type.getEnumConstants()) names.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      String v = oneOf(key, names.toArray(String[]::new));
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    Theme.FontFamily family(String role) {
      String p = "font." + role + ".";
      return new Theme.FontFamily(
          required(p + "family"),
          required(p + "regular"),
          required(p + "bold"),
          required(p + "italic"),
          required(p + "bold-italic"));
    }

    Theme.Colors colors(String prefix) {
      Map<String, String> c = new LinkedHashMap<>();
      for (String n : List.of("text", "background", "accent", "link", "muted", "rule", "quote-bar",
          "code-background")) {
        String v = required(prefix + n);
        if (!COLOR.matcher(v).matches()) throw error(prefix + n, "must be a colour #rrggbb, not '" + v + "'");
        c.put(n, v.toLowerCase(Locale.ROOT));
      }
      return new Theme.Colors(c.get("text"), c.get("background"), c.get("accent"), c.get("link"), c.get("muted"),
          c.get("rule"), c.get("quote-bar"), c.get("code-background"));
    }

    String cssLength(String key) {
      String v = required(key);
      if (!v.matches("\\d+(\\.\\d+)?(em|rem|ch|px)")) {
        throw error(key, "must be a CSS length in em, rem, ch or px, not '" + v + "'");
      }
      return v;
    }

    Theme.Page page() {
      String size = required("page.size");
      float[] wh;
      try {
        wh = PageSizes.parse(size);
      } catch (IllegalArgumentException e) {
        throw error("page.size", e.getMessage());
      }
      String m = required("page.margins");
      String[] parts = m.split("\\s+");
      if (parts.length != 4) throw error("page.margins", "must be four lengths in mm: top right bottom left");
      float[] pts = new float[4];
      for (int i = 0; i < 4; i++) {
        try {
          pts[i] = (float) (Double.parseDouble(parts[i]) * PageSizes.MM);
        } catch (NumberFormatException e) {
          throw error("page.margins", "must be four numbers in mm, not '" + m + "'");
        }
      }
      return new Theme.Page(size, wh[0], wh[1], pts[0], pts[1], pts[2], pts[3]);
    }

    void rejectUnknown() {
      Set<String> unknown = new TreeSet<>(props.stringPropertyNames());
      unknown.removeAll(used);
      if (!unknown.isEmpty()) {
        String key = unknown.iterator().next();
        throw error(key, "is not a theme token. Known tokens: " + String.join(", ", used));
      }
    }
  }

  /** Page sizes by name or as {@code WxH<unit>}. */
  public static final class PageSizes {
    static final double MM = 72 / 25.4;

    private PageSizes() {}

    /**
     * {@return width and height in points}
     *
     * @throws IllegalArgumentException naming the allowed forms
     */
    public static float[] parse(String size) {
      switch (size.toLowerCase(Locale.ROOT)) {
        case "a4": return new float[] {595.28f, 841.89f};
        case "a5": return new float[] {419.53f, 595.28f};
        case "letter": return new float[] {612f, 792f};
        default: break;
      }
      Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)x(\\d+(?:\\.\\d+)?)(mm|in|pt|cm)").matcher(size.toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new IllegalArgumentException("must be A4, A5, Letter or WIDTHxHEIGHT with mm, cm, in or pt (e.g. 6x9in), not '" + size + "'");
      }
      double unit = switch (m.group(3)) {
        case "mm" -> MM;
        case "cm" -> MM * 10;
        case "in" -> 72;
        default -> 1;
      };
      return new float[] {(float) (Double.parseDouble(m.group(1)) * unit), (float) (Double.parseDouble(m.group(2)) * unit)};
    }
  }
}
