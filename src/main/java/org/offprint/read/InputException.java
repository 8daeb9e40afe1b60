package org.offprint.read;

import java.io.IOException;

/** An input that cannot be read as a document: empty, binary, or not the format it claims to be. */
public class InputException extends IOException {
  private static final long serialVersionUID = 1L;
  private final String input;

  /**
   * @param input the input's name as the user gave it
   * @param problem what is wrong, without the input's name
   */
  public InputException(String input, String problem) {
    super(input + ": " + problem);
    this.input = input;
  }

  /** {@return the input's name} */
  public String input() {
    return input;
  }
}
