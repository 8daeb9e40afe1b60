package org.offprint.write.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Values are made once per content, whichever array holds it. */
class ContentCacheTest {
  @Test
  void makesOncePerContentAndAgainForChangedBytes() {
    ContentCache<String> cache = new ContentCache<>();
    AtomicInteger made = new AtomicInteger();
    ContentCache.Maker<String, RuntimeException> maker = b -> "v" + made.incrementAndGet();
    String first = cache.get(new byte[] {1, 2, 3}, maker);
    assertSame(first, cache.get(new byte[] {1, 2, 3}, maker), "an equal copy finds the value");
    assertEquals(1, made.get());
    assertEquals("v2", cache.get(new byte[] {1, 2, 4}, maker), "changed bytes make a new value");
  }

  @Test
  void keepsOnlyTheRecentEntries() {
    ContentCache<Integer> cache = new ContentCache<>();
    AtomicInteger made = new AtomicInteger();
    for (int i = 0; i < 100; i++) cache.get(new byte[] {(byte) i}, b -> made.incrementAndGet());
    cache.get(new byte[] {0}, b -> made.incrementAndGet());
    assertEquals(101, made.get(), "the oldest entry was dropped");
    cache.get(new byte[] {99}, b -> made.incrementAndGet());
    assertEquals(101, made.get(), "a recent one was kept");
  }
}
