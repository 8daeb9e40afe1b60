package org.offprint.write.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Document;
import org.offprint.model.Metadata;
import org.offprint.theme.Theme;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.CacheKey;
import org.offprint.write.WriteCache;
import org.offprint.write.WriteOptions;

/** A drawn cover kept in a cache gives the same book, byte for byte; a bad entry is never used. */
class DrawnCoversTest {
  private static final Theme THEME = ThemeLoader.builtIn("default");

  /** A cache in memory that counts what is taken from it and what is put in, of the entries of one kind. */
  static final class MemoryCache implements WriteCache {
    final String kind;
    final Map<String, byte[]> entries = new ConcurrentHashMap<>();
    final AtomicInteger hits = new AtomicInteger();
    final AtomicInteger puts = new AtomicInteger();

    MemoryCache(String kind) {
      this.kind = kind;
    }

    @Override
    public Optional<byte[]> get(String key) {
      byte[] b = entries.get(key);
      if (b != null && key.startsWith(kind)) hits.incrementAndGet();
      return Optional.ofNullable(b);
    }

    @Override
    public void put(String key, byte[] bytes) {
      if (key.startsWith(kind)) puts.incrementAndGet();
      entries.put(key, bytes.clone());
    }

    /** {@return the bytes kept under {@code key}, without the key's text that the entry starts with} */
    byte[] bytes(String key) {
      byte[] entry = entries.get(key);
      return Arrays.copyOfRange(entry, 4 + textLength(entry), entry.length);
    }

    /** Puts {@code bytes} under {@code key} in place of the bytes kept there, after the same key text. */
    void replace(String key, byte[] bytes) {
      byte[] entry = entries.get(key);
      byte[] head = Arrays.copyOf(entry, 4 + textLength(entry));
      byte[] changed = Arrays.copyOf(head, head.length + bytes.length);
      System.arraycopy(bytes, 0, changed, head.length, bytes.length);
      entries.put(key, changed);
    }

    private static int textLength(byte[] entry) {
      return (entry[0] & 0xFF) << 24 | (entry[1] & 0xFF) << 16 | (entry[2] & 0xFF) << 8 | (entry[3] & 0xFF);
    }

    /** {@return the keys of this kind} */
    List<String> keys() {
      return entries.keySet().stream().filter(k -> k.startsWith(kind)).sorted().toList();
    }
  }

  private static Document article(String title) {
    return Document.of(Metadata.builder().title(title).authors(List.of("Ilse Marwood")).site("Northwater Review")
        .published("2026-01-12").language("en").build(), List.of(Block.paragraph("The port opened at dawn.")));
  }

  private static byte[] epub(Document d, WriteCache cache) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EpubWriter.builder(WriteOptions.of(THEME)).cache(cache).build().write(d, out);
    return out.toByteArray();
  }

  private static byte[] coverOf(byte[] epub) throws IOException {
    return Zip.entries(epub).entrySet().stream().filter(e -> e.getKey().startsWith("EPUB/images/cover"))
        .findFirst().orElseThrow().getValue();
  }

  @Test
  void aKeptCoverGivesTheSameBook() throws IOException {
    Document d = article("Freight through Port Aldery");
    byte[] drawn = epub(d, WriteCache.NONE);
    MemoryCache cache = new MemoryCache("cover-");
    byte[] first = epub(d, cache);
    assertEquals(1, cache.puts.get());
    assertEquals(0, cache.hits.get());
    byte[] second = epub(d, cache);
    assertEquals(1, cache.hits.get(), "the second book takes the kept cover");
    assertEquals(1, cache.puts.get());
    assertArrayEquals(drawn, first);
    assertArrayEquals(drawn, second);
    assertArrayEquals(coverOf(drawn), cache.bytes(cache.keys().get(0)));
    EpubValidityTest.assertClean(second);
  }

  @Test
  void aCorruptOrWrongEntryIsIgnoredAndReplaced() throws IOException {
    Document d = article("Freight through Port Aldery");
    byte[] drawn = epub(d, WriteCache.NONE);
    byte[] cover = coverOf(drawn);
    MemoryCache cache = new MemoryCache("cover-");
    epub(d, cache);
    String key = cache.keys().get(0);
    byte[] flipped = cover.clone();
    flipped[flipped.length / 2] ^= 0x40;
    byte[] smaller = cover.clone(); // the IHDR of a 1200 by 1800 cover, its CRC made right
    smaller[16 + 2] = (byte) (1200 >> 8);
    smaller[16 + 3] = (byte) 1200;
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(smaller, 12, 17);
    for (int i = 0; i < 4; i++) smaller[29 + i] = (byte) (crc.getValue() >>> (24 - 8 * i));
    for (byte[] bad : List.of(Arrays.copyOf(cover, cover.length - 1), Arrays.copyOf(cover, cover.length / 2),
        flipped, smaller, new byte[0], "not a PNG at all".getBytes())) {
      cache.replace(key, bad);
      assertArrayEquals(drawn, epub(d, cache));
      assertArrayEquals(cover, cache.bytes(key), "the bad entry was replaced by the cover drawn");
    }
  }

  @Test
  void anEntryKeptForAnotherCoverUnderTheSameNameIsNotTaken() throws IOException {
    Document d = article("Freight through Port Aldery");
    byte[] drawn = epub(d, WriteCache.NONE);
    MemoryCache cache = new MemoryCache("cover-");
    epub(d, cache);
    String name = cache.keys().get(0);
    epub(article("Rent pressure in Aldwick"), cache);
    String other = cache.keys().stream().filter(k -> !k.equals(name)).findFirst().orElseThrow();
    assertFalse(Arrays.equals(coverOf(drawn), cache.bytes(other)));
    // the other cover's entry under this cover's name, as when the names of two keys collide
    cache.entries.put(name, cache.entries.get(other));
    assertArrayEquals(drawn, epub(d, cache));
    assertArrayEquals(coverOf(drawn), cache.bytes(name), "the entry was replaced by this cover");
  }

  @Test
  void aCoverWithLettersTheThemesFontsLackIsNotKept() throws IOException {
    MemoryCache cache = new MemoryCache("cover-");
    byte[] book = epub(article("港の朝 — the harbour at dawn"), cache); // Liberation Serif has no kanji
    assertEquals(0, cache.puts.get());
    assertTrue(DrawnCovers.isCover(coverOf(book)));
  }

  @Test
  void theKeyNamesEveryTextTheThemeAndTheFonts() throws IOException {
    List<String> fonts = new CoverPainter(THEME).fontPaths();
    List<String> texts = List.of("Title", "Site", "Author", "12 January 2026");
    CacheKey key = DrawnCovers.key(THEME, fonts, texts);
    assertTrue(key.name().matches("cover-[0-9a-f]+-[0-9a-f]+-[0-9a-f]+"), key.name());
    assertEquals(key, DrawnCovers.key(ThemeLoader.builtIn("default"), fonts, texts));
    for (int i = 0; i < texts.size(); i++) {
      List<String> changed = new java.util.ArrayList<>(texts);
      changed.set(i, texts.get(i) + "!");
      assertNotEquals(key, DrawnCovers.key(THEME, fonts, changed), "text " + i);
    }
    // texts that run together the same way are still different covers
    assertNotEquals(DrawnCovers.key(THEME, fonts, List.of("ab", "c", "", "")),
        DrawnCovers.key(THEME, fonts, List.of("a", "bc", "", "")));
    assertNotEquals(key, DrawnCovers.key(ThemeLoader.builtIn("sans"), new CoverPainter(ThemeLoader.builtIn("sans"))
        .fontPaths(), texts));
    // the same font paths with other bytes behind them (a user's theme folder whose font file was replaced)
    Theme t = THEME;
    Theme otherBytes = new Theme(t.name(), t.description(), t.body(), t.heading(), t.code(), t.baseSize(),
        t.lineHeight(), t.paragraphStyle(), t.justify(), t.hyphenate(), t.headingScale(), t.headingBold(),
        t.headingCase(), t.light(), t.dark(), t.page(), t.measure(), t.elements(), t.extraCss(), path -> {
          byte[] b = t.files().read(path).clone();
          b[b.length - 1] ^= 1;
          return b;
        });
    assertNotEquals(key, DrawnCovers.key(otherBytes, fonts, texts));
  }

  @Test
  void aThemeFontThatCannotBeReadFailsTheWriteWithItsName() {
    Theme t = THEME;
    Theme broken = new Theme(t.name(), t.description(), t.body(), t.heading(), t.code(), t.baseSize(),
        t.lineHeight(), t.paragraphStyle(), t.justify(), t.hyphenate(), t.headingScale(), t.headingBold(),
        t.headingCase(), t.light(), t.dark(), t.page(), t.measure(), t.elements(), t.extraCss(), path -> {
          if (path.endsWith(".ttf")) throw new java.nio.file.NoSuchFileException(path);
          return t.files().read(path);
        });
    // the cover is drawn on a thread of its own: its failure reaches the caller as the same IOException
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> EpubWriter.builder(
        WriteOptions.of(broken)).build().write(article("Freight"), java.io.OutputStream.nullOutputStream()));
    assertTrue(e.getMessage().endsWith(".ttf"), e.getMessage());
  }
}
