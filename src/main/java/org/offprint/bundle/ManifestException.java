package org.offprint.bundle;

import java.nio.file.Path;

/** A manifest that cannot be used. The message reads {@code file:line: problem}. */
public class ManifestException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final int line;

  public ManifestException(Path file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
    this.file = file;
    this.line = line;
  }

  /** {@return the manifest file} */
  public Path file() {
    return file;
  }

  /** {@return the 1-based line, or 0 when unknown} */
  public int line() {
    return line;
  }
}
