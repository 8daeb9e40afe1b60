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
import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Document;
import org.offprint.model.Emphasis;
import org.offprint.model.Metadata;
import org.offprint.model.Strong;
import org.offprint.model.Text;
import org.offprint.theme.Theme;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.CacheKey;
import org.offprint.write.WriteCache;
import org.offprint.write.WriteOptions;
import org.offprint.write.html.FontSubsets;

/** A font subset kept in a cache gives the same book, byte for byte; a damaged entry is never used. */
class KeptFontSubsetsTest {
  private static final Theme THEME = ThemeLoader.builtIn("default");

  private static final Document ARTICLE = Document.of(Metadata.builder().title("Freight through Port Aldery")
      .authors(List.of("Ilse Marwood")).published("2026-01-12").language("en").build(),
      List.of(Block.paragraph(new Text("The port opened at dawn, "), Emphasis.of("twice"), new Text(" — and "),
          Strong.of("København"), new Text(" answered."))));

  private static byte[] epub(WriteCache cache) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EpubWriter.builder(WriteOptions.of(THEME)).cache(cache).build().write(ARTICLE, out);
    return out.toByteArray();
  }

  @Test
  void keptSubsetsGiveTheSameBook() throws IOException {
    byte[] cut = epub(WriteCache.NONE);
    DrawnCoversTest.MemoryCache cache = new DrawnCoversTest.MemoryCache("font-");
    assertArrayEquals(cut, epub(cache));
    assertEquals(3, cache.puts.get(), "regular, italic and bold");
    assertArrayEquals(cut, epub(cache));
    assertEquals(3, cache.hits.get());
    assertEquals(3, cache.puts.get());
    for (String key : cache.keys()) assertTrue(KeptFontSubsets.isFont(cache.bytes(key)), key);
    EpubValidityTest.assertClean(epub(cache));
  }

  @Test
  void aDamagedEntryIsIgnoredAndReplaced() throws IOException {
    byte[] cut = epub(WriteCache.NONE);
    DrawnCoversTest.MemoryCache cache = new DrawnCoversTest.MemoryCache("font-");
    epub(cache);
    String key = cache.keys().get(0);
    byte[] good = cache.bytes(key);
    byte[] flipped = good.clone();
    flipped[good.length * 2 / 3] ^= 0x10;
    for (byte[] bad : List.of(flipped, Arrays.copyOf(good, good.length - 4), Arrays.copyOf(good, 12), new byte[0])) {
      assertFalse(KeptFontSubsets.isFont(bad));
      cache.replace(key, bad);
      assertArrayEquals(cut, epub(cache));
      assertArrayEquals(good, cache.bytes(key), "the damaged entry was replaced");
    }
  }

  @Test
  void theKeyNamesTheFontAndTheCharacters() throws IOException {
    byte[] font = THEME.files().read(THEME.body().regular());
    SortedSet<Integer> some = FontSubsets.codePoints("harbour");
    SortedSet<Integer> more = FontSubsets.codePoints("harbour ø");
    CacheKey key = KeptFontSubsets.key(font, some);
    assertTrue(key.name().matches("font-[0-9a-f]+-[0-9a-f]+-[0-9a-f]+"), key.name());
    assertEquals(key, KeptFontSubsets.key(font.clone(), FontSubsets.codePoints("harbour")));
    assertNotEquals(key, KeptFontSubsets.key(font, more));
    byte[] other = font.clone();
    other[other.length / 2] ^= 1;
    assertNotEquals(key, KeptFontSubsets.key(other, some));
  }
}
