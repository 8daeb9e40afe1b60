package org.offprint.read.html;

import org.offprint.read.InputException;
import org.offprint.read.Source;
import org.offprint.read.TextCheck;

/** Rejects inputs that cannot be a web page: empty or whitespace-only bytes, and binary data. */
final class InputCheck {
  private InputCheck() {}

  static void check(Source source) throws InputException {
    TextCheck.requireText(source, "an HTML page");
  }

  /** {@return whether the start of {@code b} looks like binary data rather than text in some encoding} */
  static boolean isBinary(byte[] b) {
    return TextCheck.looksBinary(b);
  }
}
