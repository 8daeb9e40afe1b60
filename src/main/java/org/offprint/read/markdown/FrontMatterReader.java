package org.offprint.read.markdown;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.offprint.model.Diagnostics;
import org.offprint.model.Metadata;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads YAML front matter into {@link Metadata} with snakeyaml-engine (YAML 1.2 core schema, so {@code no} stays
 * a string); flexmark only finds the block, as its own visitor keeps quotes (research/dependencies.md §4.3).
 */
final class FrontMatterReader {
  private FrontMatterReader() {}

  /** {@return the metadata in {@code yaml}; unknown keys go to {@code extra}; bad YAML is reported and ignored} */
  static Metadata read(String yaml, String input, Diagnostics diagnostics) {
    Object root;
    try {
      root = new Load(LoadSettings.builder().setAllowDuplicateKeys(true).build()).loadFromString(yaml);
    } catch (YamlEngineException e) {
      diagnostics.warn(input, "front matter is not valid YAML, ignored: " + e.getMessage().lines().findFirst().orElse(""));
      return Metadata.EMPTY;
    }
    if (!(root instanceof Map<?, ?> map)) return Metadata.EMPTY;
    Metadata.Builder b = Metadata.builder();
    Map<String, String> extra = new TreeMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey()).toLowerCase(java.util.Locale.ROOT);
      Object v = e.getValue();
      if (v == null) continue;
      switch (key) {
        case "title" -> b.title(scalar(v));
        case "subtitle" -> b.subtitle(scalar(v));
        case "author", "authors" -> b.authors(list(v));
        case "byline" -> b.byline(scalar(v));
        case "date", "published" -> {
          String d = scalar(v);
          if (isIsoDate(d)) b.published(d);
          else extra.put(key, d);
        }
        case "site", "publisher" -> b.site(scalar(v));
        case "source", "url" -> b.source(scalar(v));
        case "language", "lang" -> b.language(scalar(v));
        case "description", "summary" -> b.description(scalar(v));
        case "image", "cover" -> b.image(scalar(v));
        case "tags", "keywords" -> b.tags(list(v));
        default -> extra.put(key, scalar(v));
      }
    }
    return b.extra(extra).build();
  }

  private static boolean isIsoDate(String s) {
    try {
      if (s.length() == 10) LocalDate.parse(s);
      else OffsetDateTime.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String scalar(Object v) {
    if (v instanceof List<?> l) return String.join(", ", l.stream().map(FrontMatterReader::scalar).toList());
    return String.valueOf(v).strip();
  }

  private static List<String> list(Object v) {
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> l) {
      for (Object o : l) if (o != null && !scalar(o).isEmpty()) out.add(scalar(o));
    } else {
      // "tags: a, b" is common in hand-written front matter.
      for (String s : scalar(v).split(v instanceof String s && s.contains(";") ? ";" : ",")) {
        if (!s.isBlank()) out.add(s.strip());
      }
    }
    return out;
  }
}
