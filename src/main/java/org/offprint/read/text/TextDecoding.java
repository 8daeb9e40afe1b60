package org.offprint.read.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.offprint.read.InputException;
import org.offprint.read.Source;

/**
 * Decodes a text dump: a forced charset wins; else a BOM; else strict UTF-8; else a guess between windows-1251
 * (Cyrillic dumps from old tools) and windows-1252 by which one gives more letters in runs.
 */
final class TextDecoding {
  private TextDecoding() {}

  static String decode(Source source) throws InputException {
    byte[] b = source.bytes();
    String text;
    if (source.charset().isPresent()) {
      text = new String(b, source.charset().get());
    } else if (b.length >= 2 && (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE || b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)) {
      text = new String(b, StandardCharsets.UTF_16);
    } else {
      try {
        text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
      } catch (CharacterCodingException e) {
        text = guessSingleByte(b);
      }
    }
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    check(source.name(), text);
    return text;
  }

  private static String guessSingleByte(byte[] b) {
    String cyr = new String(b, Charset.forName("windows-1251"));
    String lat = new String(b, Charset.forName("windows-1252"));
    return cyrillicShare(cyr) > 0.5 ? cyr : lat;
  }

  private static double cyrillicShare(String s) {
    int letters = 0;
    int cyr = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 127 && Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) cyr++;
      }
    }
    return letters == 0 ? 0 : (double) cyr / letters;
  }

  private static void check(String name, String text) throws InputException {
    org.offprint.read.TextCheck.requireText(name, text, "text");
  }

}
