package org.offprint.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A cache entry is taken only by the key it was kept for, even when another key has the same name. */
class CacheKeyTest {
  private static final byte[] BYTES = {1, 2, 3, 0, (byte) 0xFF};

  @Test
  void anEntryGivesBackItsBytesToItsKey() {
    CacheKey key = CacheKey.of("cover-", "the harbour at dawn\n");
    assertTrue(key.name().matches("cover-[0-9a-f]+-[0-9a-f]+-[0-9a-f]+"), key.name());
    assertEquals(key, CacheKey.of("cover-", "the harbour at dawn\n"));
    assertArrayEquals(BYTES, key.unwrap(key.wrap(BYTES)).orElseThrow());
    assertArrayEquals(new byte[0], key.unwrap(key.wrap(new byte[0])).orElseThrow());
  }

  @Test
  void otherTextsHaveOtherNames() {
    assertNotEquals(CacheKey.of("font-", "a").name(), CacheKey.of("font-", "b").name());
    assertNotEquals(CacheKey.of("font-", "ab").name(), CacheKey.of("font-", "ab ").name());
    assertNotEquals(CacheKey.of("font-", "a").name(), CacheKey.of("cover-", "a").name());
  }

  @Test
  void anEntryOfAnotherKeyWithTheSameNameIsNotTaken() {
    CacheKey key = CacheKey.of("font-", "harbour");
    CacheKey sameName = new CacheKey(key.name(), "harboun"); // as if the checksums collided
    assertEquals(Optional.empty(), key.unwrap(sameName.wrap(BYTES)));
    assertEquals(Optional.empty(), key.unwrap(CacheKey.of("font-", "harbou").wrap("rABC".getBytes(StandardCharsets.UTF_8))));
    byte[] entry = key.wrap(BYTES);
    for (int cut = 0; cut < 4 + "harbour".length(); cut++) {
      assertEquals(Optional.empty(), key.unwrap(Arrays.copyOf(entry, cut)), "cut at " + cut);
    }
    assertEquals(Optional.empty(), key.unwrap(BYTES), "bytes kept without a key");
  }

  @Test
  void codeNamesEachClassFileByItsChecksum() throws IOException {
    String one = CacheKey.code(CacheKey.class);
    assertTrue(one.startsWith("org.offprint.write.CacheKey "), one);
    assertNotEquals(one, CacheKey.code(WriteCache.class));
    assertEquals(one + CacheKey.code(WriteCache.class), CacheKey.code(CacheKey.class, WriteCache.class));
  }
}
