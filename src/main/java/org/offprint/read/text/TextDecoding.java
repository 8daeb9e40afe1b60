package org.offprint.read.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.offprint.read.CharsetDetector;
import org.offprint.read.InputException;
import org.offprint.read.Source;
import org.offprint.read.TextCheck;

/**
 * Decodes a text dump: a forced charset wins; else a byte order mark; else the readers' {@link CharsetDetector}
 * (UTF-16 without a mark, strict UTF-8, then the legacy charset whose text looks most like text: windows-1251 for
 * Cyrillic dumps from old tools, windows-1252, KOI8-R, ...).
 */
final class TextDecoding {
  private TextDecoding() {}

  static String decode(Source source) throws InputException {
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
    TextCheck.requireText(source.name(), text, "text");
    return text;
  }
}
