package org.offprint.testing;

/** Text normalisation shared by tests that compare what a reader sees. */
public final class Texts {
  private Texts() {}

  /** {@return {@code s} with soft hyphens and zero-width characters removed and whitespace runs as one space} */
  public static String collapse(String s) {
    return s.replaceAll("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]", "")
        .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").trim();
  }
}
