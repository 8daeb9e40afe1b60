package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offprint.write.WriteCache;

/** The user's cache folder, alone and under the command: drawn covers kept there give the same books. */
class CacheFolderTest {
  @TempDir Path tmp;

  private static final String PAGE = "input/ledger-2026-01-port-aldery-freight.html";

  @Test
  void theFolderComesFromTheEnvironment() {
    assertEquals(Path.of("/c/own"), ((CacheFolder) CacheFolder.of(Map.of("OFFPRINT_CACHE", "/c/own",
        "XDG_CACHE_HOME", "/x", "HOME", "/h"))).folder());
    assertEquals(Path.of("/x/offprint"), ((CacheFolder) CacheFolder.of(Map.of("XDG_CACHE_HOME", "/x",
        "HOME", "/h"))).folder());
    assertEquals(Path.of("/h/.cache/offprint"), ((CacheFolder) CacheFolder.of(Map.of("HOME", "/h"))).folder());
    assertEquals(Path.of("/h/.cache/offprint"), ((CacheFolder) CacheFolder.of(Map.of("XDG_CACHE_HOME", "rel",
        "HOME", "/h"))).folder()); // a relative XDG_CACHE_HOME is ignored, as the specification says
    assertSame(WriteCache.NONE, CacheFolder.of(Map.of("OFFPRINT_CACHE", "0", "HOME", "/h")));
    assertSame(WriteCache.NONE, CacheFolder.of(Map.of()));
  }

  @Test
  void entriesAreKeptPrivatelyAndTheOldestGo() throws IOException {
    Path folder = tmp.resolve("a/b/offprint");
    CacheFolder cache = new CacheFolder(folder);
    assertEquals(Optional.empty(), cache.get("cover-1"));
    cache.put("cover-1", new byte[] {1, 2, 3});
    assertArrayEquals(new byte[] {1, 2, 3}, cache.get("cover-1").orElseThrow());
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(
        "cover-1.bin"))));
    cache.put("../escape", new byte[] {9}); // not a key: neither kept nor looked for
    assertEquals(Optional.empty(), cache.get("../escape"));
    assertEquals(List.of("cover-1.bin"), names(folder));

    for (int i = 2; i <= CacheFolder.MAX_ENTRIES + 1; i++) {
      Files.setLastModifiedTime(folder.resolve("cover-1.bin"), FileTime.fromMillis(1000)); // the oldest
      cache.put("cover-" + i, new byte[] {(byte) i});
    }
    assertEquals(CacheFolder.MAX_ENTRIES, names(folder).size());
    assertEquals(Optional.empty(), cache.get("cover-1"));
    assertArrayEquals(new byte[] {(byte) 201}, cache.get("cover-201").orElseThrow());
  }

  @Test
  void aFolderThatCannotBeWrittenOnlyMeansNoCache() throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    CacheFolder cache = new CacheFolder(file.resolve("offprint"));
    cache.put("cover-1", new byte[] {1});
    assertEquals(Optional.empty(), cache.get("cover-1"));
  }

  @Test
  void aConvertTakesItsCoverFromTheCacheAndGivesTheSameBook() throws IOException {
    Path folder = tmp.resolve("cache");
    Map<String, String> env = Map.of("OFFPRINT_CACHE", folder.toString());
    Path root = Path.of("").toAbsolutePath();
    byte[] none = convert(Map.of("OFFPRINT_CACHE", "0"), root, tmp.resolve("none.epub"));
    assertTrue(none.length > 0);
    byte[] first = convert(env, root, tmp.resolve("first.epub"));
    List<String> kept = names(folder);
    assertEquals(4, kept.size(), kept.toString()); // the cover and three font subsets
    assertEquals(3, kept.stream().filter(n -> n.startsWith("font-")).count(), kept.toString());
    Path entry = folder.resolve(kept.stream().filter(n -> n.startsWith("cover-")).findFirst().orElseThrow());
    byte[] cover = Files.readAllBytes(entry);
    byte[] second = convert(env, root, tmp.resolve("second.epub"));
    assertArrayEquals(none, first);
    assertArrayEquals(none, second);

    Files.write(entry, java.util.Arrays.copyOf(cover, cover.length - 100)); // cut short
    assertArrayEquals(none, convert(env, root, tmp.resolve("third.epub")));
    assertArrayEquals(cover, Files.readAllBytes(entry), "the cut entry was replaced");
  }

  private static byte[] convert(Map<String, String> env, Path root, Path out) throws IOException {
    CliRun r = CliRun.in(root, env, new byte[0], "convert", PAGE, "-o", out.toString(), "-q");
    assertEquals(0, r.exit, r.err);
    return Files.readAllBytes(out);
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
