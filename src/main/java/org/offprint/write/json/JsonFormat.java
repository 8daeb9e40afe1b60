package org.offprint.write.json;

import org.offprint.write.DocumentWriter;
import org.offprint.write.Format;
import org.offprint.write.WriteOptions;

/** The {@code json} output format: the document model, as {@code offprint inspect} prints it. */
public final class JsonFormat implements Format {
  @Override
  public String name() {
    return "json";
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public String description() {
    return "the document model as JSON (docs/model.md), read back with --from json";
  }

  @Override
  public DocumentWriter writer(WriteOptions options) {
    return new JsonWriter();
  }
}
