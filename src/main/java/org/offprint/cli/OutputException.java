package org.offprint.cli;

import java.io.IOException;

/** An output that cannot be written. The message names the output and the problem. */
final class OutputException extends IOException {
  private static final long serialVersionUID = 1L;

  OutputException(String message) {
    super(message);
  }

  OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
