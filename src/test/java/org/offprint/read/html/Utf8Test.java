package org.offprint.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8Test {
  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
    return out;
  }

  @Test
  void decodesEveryLength() {
    String s = "a é € 𝄞 z"; // one, two, three and four bytes; the last is a surrogate pair
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    assertEquals(s, Utf8.decode(b, 0).toString());
    assertEquals(3, Utf8.multibyteCount(b));
    assertTrue(Utf8.valid(b));
  }

  @Test
  void decodesFromAnOffset() {
    byte[] b = bytes(0xEF, 0xBB, 0xBF, 'h', 'i');
    assertEquals("hi", Utf8.decode(b, 3).toString());
    assertEquals("", Utf8.decode(b, 5).toString());
  }

  @Test
  void asciiHasNoMultibyteSequences() {
    assertEquals(0, Utf8.multibyteCount("<p>plain</p>".getBytes(StandardCharsets.US_ASCII)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "C0 AF", // overlong '/'
      "E0 80 AF", // overlong, three bytes
      "ED A0 80", // a surrogate
      "F4 90 80 80", // past U+10FFFF
      "F5 80 80 80", // no such lead byte
      "80", // a lone continuation byte
      "C3", // a lead byte before ASCII
      "C3 28", // a lead byte without its continuation
      "E9 74 65", // windows-1252 "ét" (not UTF-8)
  })
  void rejectsWhatIsNotUtf8(String hex) {
    String[] parts = hex.split(" ");
    byte[] b = new byte[parts.length + 2];
    b[0] = 'x';
    for (int i = 0; i < parts.length; i++) b[i + 1] = (byte) Integer.parseInt(parts[i], 16);
    b[b.length - 1] = 'y';
    assertNull(Utf8.decode(b, 0), hex);
    assertFalse(Utf8.valid(b), hex);
    assertEquals(-1, Utf8.multibyteCount(b), hex);
  }

  @Test
  void rejectsASequenceCutShortAtTheEnd() {
    assertNull(Utf8.decode(bytes('x', 0xC3), 0));
    assertNull(Utf8.decode(bytes('x', 0xE2, 0x82), 0));
    assertEquals(-1, Utf8.multibyteCount(bytes(0xF0, 0x9D, 0x84)));
  }

  @RepeatedTest(20)
  void agreesWithTheJdkOnRandomText(org.junit.jupiter.api.RepetitionInfo info) {
    Random r = new Random(info.getCurrentRepetition());
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      int kind = r.nextInt(4);
      int cp = switch (kind) {
        case 0 -> r.nextInt(0x80);
        case 1 -> 0x80 + r.nextInt(0x800 - 0x80);
        case 2 -> {
          int c = 0x800 + r.nextInt(0x10000 - 0x800);
          yield c >= 0xD800 && c <= 0xDFFF ? 'x' : c;
        }
        default -> 0x10000 + r.nextInt(0x110000 - 0x10000);
      };
      sb.appendCodePoint(cp);
    }
    String s = sb.toString();
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    assertEquals(s, Utf8.decode(b, 0).toString());
    assertTrue(Utf8.valid(b));
  }
}
