package org.offprint.theme;

/** A theme that cannot be loaded: not found, or a token with a wrong value. The message names file and key. */
public class ThemeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ThemeException(String message) {
    super(message);
  }

  public ThemeException(String message, Throwable cause) {
    super(message, cause);
  }
}
