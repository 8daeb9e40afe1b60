package org.offprint.write.epub;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * What was made from a file's bytes (a deflated font, a parsed font), kept by the bytes themselves: a theme
 * loaded again, from the jar or from a folder, finds what an earlier load of the same files made, and a font file
 * changed in between is a new entry. Holds the last {@value #SIZE} entries; thread-safe.
 */
final class ContentCache<V> {
  private static final int SIZE = 32;

  /** Maker of a value from bytes. */
  interface Maker<V, E extends Exception> {
    V make(byte[] bytes) throws E;
  }

  private final Map<Key, V> entries = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
      return size() > SIZE;
    }
  };

  /** {@return the value made from {@code bytes}, made now unless the same bytes made one before} */
  <E extends Exception> V get(byte[] bytes, Maker<V, E> maker) throws E {
    Key key = new Key(bytes);
    synchronized (entries) {
      V v = entries.get(key);
      if (v != null) return v;
    }
    V made = maker.make(bytes);
    synchronized (entries) {
      entries.putIfAbsent(key, made);
    }
    return made;
  }

  /** File bytes compared whole, hashed by their CRC. */
  private static final class Key {
    private final byte[] bytes;
    private final int hash;

    Key(byte[] bytes) {
      this.bytes = bytes;
      CRC32C crc = new CRC32C();
      crc.update(bytes);
      this.hash = (int) crc.getValue() ^ bytes.length;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.hash == hash && Arrays.equals(k.bytes, bytes);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
