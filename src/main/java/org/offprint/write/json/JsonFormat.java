package org.offprint.write.json;

import java.util.List;

import org.offprint.write.DocumentWriter;
import org.offprint.write.FormatSettings;
import org.offprint.write.NamedFormat;
import org.offprint.write.WriteOptions;

/** The {@code json} output format: the document model, as {@code offprint inspect} prints it. */
public final class JsonFormat extends NamedFormat {

  public JsonFormat() {
    super("json", List.of(), "json",
        "the document model as JSON (docs/model.md), read back with --from json");
  }

  @Override
  public DocumentWriter writer(WriteOptions options, FormatSettings settings) {
    return new JsonWriter();
  }
}
