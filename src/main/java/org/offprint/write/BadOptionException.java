package org.offprint.write;

/**
 * A format option's value cannot work, e.g. a page size the theme's margins leave no room on; the message is
 * for the user and names the option. The command line exits with its usage code.
 */
public final class BadOptionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public BadOptionException(String message) {
    super(message);
  }
}
