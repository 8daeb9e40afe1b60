package org.offprint.write.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.offprint.model.Document;
import org.offprint.model.json.ModelJson;
import org.offprint.write.DocumentWriter;

/**
 * Writes the document model as UTF-8 JSON and a final newline: byte for byte what {@code offprint inspect} prints.
 * It reads no image and records no time, so it needs none of the write options. Immutable and thread-safe.
 */
public final class JsonWriter implements DocumentWriter {
  @Override
  public void write(Document document, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    ModelJson.write(document, w);
    w.write('\n');
    w.flush(); // not closed: the caller owns the stream
  }
}
