package org.offprint.write.markdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.offprint.model.Metadata;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/** Dumps metadata as a YAML front matter block; snakeyaml-engine does the quoting (YAML 1.2 core schema). */
final class FrontMatter {
  private static final DumpSettings SETTINGS = DumpSettings.builder()
      .setDefaultFlowStyle(FlowStyle.BLOCK)
      .setSplitLines(false)
      .setWidth(Integer.MAX_VALUE)
      .setUseUnicodeEncoding(true)
      .build();

  private FrontMatter() {}

  /** {@return the block between {@code ---} lines, or {@code ""} when there is nothing to say} */
  static String of(Metadata m) {
    Map<String, Object> map = new LinkedHashMap<>();
    put(map, "title", m.title());
    put(map, "subtitle", m.subtitle());
    putList(map, "authors", m.authors());
    put(map, "byline", m.byline());
    put(map, "date", m.published());
    put(map, "site", m.site());
    put(map, "source", m.source());
    put(map, "language", m.language());
    put(map, "description", m.description());
    putList(map, "tags", m.tags());
    if (map.isEmpty()) return "";
    return "---\n" + new Dump(SETTINGS).dumpToString(map) + "---\n";
  }

  private static void put(Map<String, Object> map, String key, String value) {
    String v = value.strip();
    if (!v.isEmpty()) map.put(key, v);
  }

  private static void putList(Map<String, Object> map, String key, List<String> values) {
    List<String> vs = values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    if (!vs.isEmpty()) map.put(key, vs);
  }
}
