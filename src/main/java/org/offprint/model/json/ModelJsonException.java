package org.offprint.model.json;

import java.io.IOException;

/**
 * JSON that is not a document model this version of offprint reads: a syntax error, another {@code modelVersion},
 * a missing field or one of the wrong type, an unknown block or inline type. The message is one line: where in
 * the JSON (a path such as {@code blocks[3].content[0].type}) and what is wrong.
 */
public final class ModelJsonException extends IOException {
  private static final long serialVersionUID = 1L;
  private final String path;
  private final String problem;

  /**
   * @param path where in the JSON, e.g. {@code blocks[3].level}, or {@code ""} for the whole text
   * @param problem what is wrong there, one line
   */
  public ModelJsonException(String path, String problem) {
    super(path.isEmpty() ? problem : path + ": " + problem);
    this.path = path;
    this.problem = problem;
  }

  /** {@return where in the JSON the problem is, or {@code ""} for the whole text} */
  public String path() {
    return path;
  }

  /** {@return what is wrong, without the path} */
  public String problem() {
    return problem;
  }
}
