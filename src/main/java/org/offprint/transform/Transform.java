package org.offprint.transform;

import org.offprint.model.Diagnostics;
import org.offprint.model.Document;

/**
 * One step of the transform stage: a function from a document to a document that every document goes through
 * between its reader and its writers ({@link Transforms} lists them in order). A step never mutates its input,
 * reports what it drops or changes to the {@link Diagnostics} given, and is idempotent: a document it returns
 * comes back unchanged. Implementations are stateless and thread-safe.
 */
interface Transform {
  /**
   * {@return the document transformed}
   *
   * @param input the input's name, for the diagnostics
   */
  Document apply(Document document, String input, Diagnostics diagnostics);
}
