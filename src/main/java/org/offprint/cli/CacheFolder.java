package org.offprint.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.offprint.write.WriteCache;

/**
 * The user's cache folder, where writers keep what a later run may take instead of making it again (drawn EPUB
 * covers, about 50 KB each): {@code $OFFPRINT_CACHE}, else {@code $XDG_CACHE_HOME/offprint}, else
 * {@code ~/.cache/offprint}; {@code OFFPRINT_CACHE=0} keeps nothing. The folder is the user's alone (mode 700 where
 * files have modes); an entry is written to a temporary file and renamed, so that a reader never sees half of one;
 * the oldest entries go when there are more than {@value #MAX_ENTRIES}. Errors are kept here: without its cache a
 * command only takes longer.
 */
final class CacheFolder implements WriteCache {
  static final int MAX_ENTRIES = 200;
  private static final long MAX_BYTES = 16L << 20;
  private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,100}");
  private static final String SUFFIX = ".bin";

  private final Path folder;

  CacheFolder(Path folder) {
    this.folder = folder;
  }

  /** {@return the cache of a run with this environment, or {@link WriteCache#NONE} when it has none} */
  static WriteCache of(Map<String, String> env) {
    String own = env.get("OFFPRINT_CACHE");
    if (own != null && !own.isBlank()) {
      return own.strip().equals("0") ? WriteCache.NONE : new CacheFolder(Path.of(own.strip()));
    }
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && Path.of(xdg).isAbsolute()) return new CacheFolder(Path.of(xdg, "offprint"));
    String home = env.get("HOME");
    if (home != null && Path.of(home).isAbsolute()) return new CacheFolder(Path.of(home, ".cache", "offprint"));
    return WriteCache.NONE;
  }

  Path folder() {
    return folder;
  }

  @Override
  public Optional<byte[]> get(String key) {
    if (!KEY.matcher(key).matches()) return Optional.empty();
    Path file = folder.resolve(key + SUFFIX);
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) return Optional.empty();
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public void put(String key, byte[] bytes) {
    if (!KEY.matcher(key).matches() || bytes.length > MAX_BYTES) return;
    Path temp = null;
    try {
      boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
      if (!Files.isDirectory(folder)) {
        if (posix) {
          Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
          Files.createDirectories(folder);
        }
      }
      temp = Files.createTempFile(folder, key, ".tmp"); // mode 600 where files have modes
      Files.write(temp, bytes);
      Files.move(temp, folder.resolve(key + SUFFIX), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      temp = null;
      prune();
    } catch (IOException | RuntimeException e) {
      // no cache entry: the next run makes it again
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // left for the next prune
        }
      }
    }
  }

  /** Deletes the oldest entries beyond {@link #MAX_ENTRIES}, and temporary files a killed run left. */
  private void prune() throws IOException {
    record Entry(Path path, FileTime time) {}
    List<Entry> entries = new ArrayList<>();
    long stale = System.currentTimeMillis() - 3_600_000L;
    try (DirectoryStream<Path> all = Files.newDirectoryStream(folder)) {
      for (Path p : all) {
        String name = p.getFileName().toString();
        FileTime time = Files.getLastModifiedTime(p);
        if (name.endsWith(".tmp") && time.toMillis() < stale) Files.deleteIfExists(p);
        if (name.endsWith(SUFFIX)) entries.add(new Entry(p, time));
      }
    }
    if (entries.size() <= MAX_ENTRIES) return;
    entries.sort(Comparator.comparing(Entry::time).thenComparing(e -> e.path().getFileName().toString()));
    for (Entry e : entries.subList(0, entries.size() - MAX_ENTRIES)) Files.deleteIfExists(e.path());
  }
}
