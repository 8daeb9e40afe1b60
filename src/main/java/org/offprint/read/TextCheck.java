package org.offprint.read;

/**
 * Tells pages from junk, the same way for every reader: an input with nothing but whitespace is empty, and one
 * with many control characters is binary (an image, an archive, a program). A few stray NULs or control
 * characters, as broken pages have, are text.
 */
public final class TextCheck {
  private static final int SAMPLE = 8192;

  private TextCheck() {}

  /**
   * Rejects empty or binary bytes, before decoding.
   *
   * @param what what the input should have been, for the message ("an HTML page")
   * @throws InputException naming the input and the problem
   */
  public static void requireText(Source source, String what) throws InputException {
    byte[] b = source.bytes();
    if (isBlank(b)) throw new InputException(source.name(), "is empty");
    if (looksBinary(b)) throw new InputException(source.name(), "is binary data, not " + what);
  }

  /**
   * Rejects empty or binary text, after decoding.
   *
   * @throws InputException naming the input and the problem
   */
  public static void requireText(String name, String text, String what) throws InputException {
    if (text.isBlank()) throw new InputException(name, "is empty");
    int n = Math.min(text.length(), SAMPLE);
    int control = 0;
    for (int i = 0; i < n; i++) if (isControl(text.charAt(i))) control++;
    if (tooMany(control, n)) throw new InputException(name, "is binary data, not " + what);
  }

  /** {@return whether the bytes hold nothing but whitespace, NULs and byte-order marks} */
  public static boolean isBlank(byte[] bytes) {
    for (byte x : bytes) {
      int c = x & 0xFF;
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0x0C || c == 0 || c == 0xEF || c == 0xBB
          || c == 0xBF || c == 0xFE || c == 0xFF) {
        continue;
      }
      return false;
    }
    return true;
  }

  /**
   * {@return whether the first 8 KB hold so many control bytes that they cannot be text in any charset}.
   * UTF-16 (a byte-order mark, or NULs in every other byte) is text.
   */
  public static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, SAMPLE);
    if (n >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))) {
      return false;
    }
    int control = 0;
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        if (i % 2 == 0) evenNul++;
        else oddNul++;
      }
      if (isControl((char) c)) control++;
    }
    boolean utf16 = (evenNul > n / 3 && oddNul <= n / 50) || (oddNul > n / 3 && evenNul <= n / 50);
    return !utf16 && tooMany(control, n);
  }

  private static boolean isControl(char c) {
    return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x0C && c != 0x1B;
  }

  private static boolean tooMany(int control, int length) {
    return control > Math.max(1, length / 50);
  }
}
