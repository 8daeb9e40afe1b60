package org.offprint.read.json;

import java.io.IOException;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.json.ModelJson;
import org.offprint.model.json.ModelJsonException;
import org.offprint.read.DocumentReader;
import org.offprint.read.InputException;
import org.offprint.read.Source;

/**
 * Reads the document model as JSON ({@code docs/model.md}) back into a {@link Document}, unchanged: what a reader
 * made, written with {@code --to json} and read back, gives the same document and so the same bytes from every
 * writer. The transform stage (its depth limit among
 * the rest) applies to it as to any reader's document. Immutable and thread-safe.
 *
 * <p>Untrusted JSON is read like an untrusted page: the reader opens nothing; a figure's {@code src} (say
 * {@code file:///etc/passwd}) is resolved, or refused, by the writers' resolver as a page's image is.
 */
public final class JsonReader implements DocumentReader {
  /**
   * {@inheritDoc}
   *
   * @throws InputException naming the input and, in one line, where in the JSON the problem is and what it is
   */
  @Override
  public Document read(Source source, Diagnostics diagnostics) throws IOException {
    try {
      return ModelJson.read(source.bytes());
    } catch (ModelJsonException e) {
      throw new InputException(source.name(), "not an offprint document model: " + e.getMessage());
    }
  }
}
