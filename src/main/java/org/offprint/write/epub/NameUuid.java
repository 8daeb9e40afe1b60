package org.offprint.write.epub;

import java.util.UUID;

/**
 * {@link UUID#nameUUIDFromBytes} (a version 3 UUID: MD5 of the name, RFC 4122) computed here: the JDK's takes its
 * MD5 from the security providers, whose start-up cost a cold one-article convert 8 ms. MD5 as RFC 1321 gives it;
 * NameUuidTest holds it to the JDK's UUIDs. Not for anything that needs a secure digest. Stateless.
 */
final class NameUuid {
  private NameUuid() {}

  private static final int[] SHIFT = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};
  private static final int[] K = new int[64];

  static {
    // RFC 1321, 3.4: the integer part of 4294967296 times abs(sin(i)), i in radians
    for (int i = 0; i < 64; i++) K[i] = (int) (long) StrictMath.floor(StrictMath.abs(StrictMath.sin(i + 1)) * 0x1p32);
  }

  /** {@return the UUID that {@link UUID#nameUUIDFromBytes} gives for {@code name}} */
  static UUID of(byte[] name) {
    byte[] md5 = md5(name);
    md5[6] = (byte) (md5[6] & 0x0f | 0x30); // version 3
    md5[8] = (byte) (md5[8] & 0x3f | 0x80); // the IETF variant
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) msb = msb << 8 | (md5[i] & 0xff);
    for (int i = 8; i < 16; i++) lsb = lsb << 8 | (md5[i] & 0xff);
    return new UUID(msb, lsb);
  }

  /** {@return the MD5 digest of {@code message}} (RFC 1321) */
  static byte[] md5(byte[] message) {
    int blocks = (message.length + 8) / 64 + 1;
    byte[] padded = new byte[blocks * 64];
    System.arraycopy(message, 0, padded, 0, message.length);
    padded[message.length] = (byte) 0x80;
    long bits = (long) message.length * 8;
    for (int i = 0; i < 8; i++) padded[padded.length - 8 + i] = (byte) (bits >>> (8 * i));
    int a0 = 0x67452301;
    int b0 = 0xefcdab89;
    int c0 = 0x98badcfe;
    int d0 = 0x10325476;
    int[] m = new int[16];
    for (int block = 0; block < blocks; block++) {
      for (int i = 0; i < 16; i++) {
        int at = block * 64 + i * 4;
        m[i] = (padded[at] & 0xff) | (padded[at + 1] & 0xff) << 8 | (padded[at + 2] & 0xff) << 16
            | (padded[at + 3] & 0xff) << 24;
      }
      int a = a0;
      int b = b0;
      int c = c0;
      int d = d0;
      for (int i = 0; i < 64; i++) {
        int f;
        int g;
        if (i < 16) {
          f = (b & c) | (~b & d);
          g = i;
        } else if (i < 32) {
          f = (d & b) | (~d & c);
          g = (5 * i + 1) & 15;
        } else if (i < 48) {
          f = b ^ c ^ d;
          g = (3 * i + 5) & 15;
        } else {
          f = c ^ (b | ~d);
          g = (7 * i) & 15;
        }
        int rotated = Integer.rotateLeft(a + f + K[i] + m[g], SHIFT[(i >> 4) * 4 + (i & 3)]);
        a = d;
        d = c;
        c = b;
        b = b + rotated;
      }
      a0 += a;
      b0 += b;
      c0 += c;
      d0 += d;
    }
    byte[] digest = new byte[16];
    int[] words = {a0, b0, c0, d0};
    for (int w = 0; w < 4; w++) {
      for (int i = 0; i < 4; i++) digest[w * 4 + i] = (byte) (words[w] >>> (8 * i));
    }
    return digest;
  }
}
