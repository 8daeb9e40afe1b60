package org.offprint.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8Test {
  /** Reads everything through the reader, {@code chunk} chars per read. */
  private static String read(byte[] b, int from, int chunk) {
    try (java.io.Reader r = Utf8.reader(b, from)) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[chunk];
      for (int n; (n = r.read(buf, 0, chunk)) > 0; ) sb.append(buf, 0, n);
      return sb.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
    return out;
  }

  @Test
  void decodesEveryLength() {
    String s = "a é € 𝄞 z"; // one, two, three and four bytes; the last is a surrogate pair
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    assertEquals(s, read(b, 0, 64));
    assertEquals(3, Utf8.multibyteCount(b));
    assertTrue(Utf8.valid(b));
  }

  @Test
  void decodesFromAnOffset() {
    byte[] b = bytes(0xEF, 0xBB, 0xBF, 'h', 'i');
    assertEquals("hi", read(b, 3, 64));
    assertEquals("", read(b, 5, 64));
    assertEquals(0, Utf8.multibyteCount(b, 3));
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
    assertFalse(Utf8.valid(b), hex);
    assertEquals(-1, Utf8.multibyteCount(b), hex);
    assertReaderFails(b);
  }

  /** The reader stops at the first sequence that is not UTF-8 instead of decoding it. */
  private static void assertReaderFails(byte[] b) {
    java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class, () -> read(b, 0, 64));
    assertInstanceOf(java.nio.charset.MalformedInputException.class, e.getCause());
  }

  @Test
  void rejectsASequenceCutShortAtTheEnd() {
    assertFalse(Utf8.valid(bytes('x', 0xC3)));
    assertFalse(Utf8.valid(bytes('x', 0xE2, 0x82)));
    assertEquals(-1, Utf8.multibyteCount(bytes(0xF0, 0x9D, 0x84)));
    assertReaderFails(bytes('x', 0xC3));
    assertReaderFails(bytes(0xF0, 0x9D, 0x84));
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
    assertEquals(s, read(b, 0, 4096));
    assertEquals(s, read(b, 0, 1 + info.getCurrentRepetition() % 7)); // pairs split across reads
    assertTrue(Utf8.valid(b));
  }

  @Test
  void aSurrogatePairSplitAcrossReadsKeepsItsSecondHalf() {
    byte[] b = "a𝄞".getBytes(StandardCharsets.UTF_8);
    assertEquals("a𝄞", read(b, 0, 2));
    assertEquals("a𝄞", read(b, 0, 1));
  }

  @Test
  void longAsciiRunsWithOneBadByteAnywhereAreRejected() {
    for (int at = 0; at < 40; at++) {
      byte[] b = "x".repeat(40).getBytes(StandardCharsets.US_ASCII);
      b[at] = (byte) 0xFF;
      assertFalse(Utf8.valid(b), "bad byte at " + at);
    }
  }
}
