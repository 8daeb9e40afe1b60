package org.offprint.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a plain-text input (a text dump, a Markdown file): a forced charset wins; else a byte order mark; else
 * the readers' {@link CharsetDetector} (UTF-16 without a mark, strict UTF-8, then the legacy charset whose text
 * looks most like text: windows-1251 for Cyrillic dumps from old tools, windows-1252, KOI8-R, ...). The one
 * decoder of the readers whose format declares no charset; the HTML reader adds what a page declares.
 */
public final class TextDecoding {
  private TextDecoding() {}

  /**
   * {@return the text of {@code source}, without a byte order mark}
   *
   * @param what the input's kind for the error message ({@code "text"}, {@code "Markdown"})
   * @throws InputException when the input is empty or binary
   */
  public static String decode(Source source, String what) throws InputException {
    byte[] b = source.bytes();
    Charset cs;
    if (source.charset().isPresent()) {
      cs = source.charset().get();
    } else if (b.length >= 2 && (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE || b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)) {
      cs = StandardCharsets.UTF_16;
    } else {
      cs = CharsetDetector.detect(b);
    }
    String text = new String(b, cs);
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    TextCheck.requireText(source.name(), text, what);
    return text;
  }
}
