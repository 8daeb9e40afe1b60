package org.offprint.write.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The book identifier's UUIDs are the JDK's name-based UUIDs, and its MD5 the JDK's MD5. */
class NameUuidTest {
  @Test
  void md5OfRfc1321sTestSuite() {
    String[][] suite = {
      {"", "d41d8cd98f00b204e9800998ecf8427e"},
      {"a", "0cc175b9c0f1b6a831c399e269772661"},
      {"abc", "900150983cd24fb0d6963f7d28e17f72"},
      {"message digest", "f96b697d7cb7938d525a2f31aaf161d0"},
      {"abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"},
      {"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"},
      {"12345678901234567890123456789012345678901234567890123456789012345678901234567890",
        "57edf4a22be3c955ac49da2e2107b67a"},
    };
    for (String[] t : suite) {
      assertEquals(t[1], HexFormat.of().formatHex(NameUuid.md5(t[0].getBytes(StandardCharsets.US_ASCII))), t[0]);
    }
  }

  @Test
  void sameAsTheJdksForEveryLengthAroundTheBlockEdges() throws NoSuchAlgorithmException {
    Random random = new Random(16);
    MessageDigest jdk = MessageDigest.getInstance("MD5");
    for (int length = 0; length < 300; length++) {
      byte[] b = new byte[length];
      random.nextBytes(b);
      assertArrayEquals(jdk.digest(b), NameUuid.md5(b), "length " + length);
      assertEquals(UUID.nameUUIDFromBytes(b), NameUuid.of(b), "length " + length);
    }
    byte[] large = new byte[1 << 20];
    random.nextBytes(large);
    assertEquals(UUID.nameUUIDFromBytes(large), NameUuid.of(large));
    byte[] url = "https://northwater.example/2026/01/port-aldery-freight".getBytes(StandardCharsets.UTF_8);
    assertEquals(UUID.nameUUIDFromBytes(url), NameUuid.of(url));
  }
}
