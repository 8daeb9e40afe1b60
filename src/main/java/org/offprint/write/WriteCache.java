package org.offprint.write;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Bytes a writer made that a later run may take instead of making them again (the EPUB writer's drawn covers), by
 * a key that names everything the bytes depend on. The writer checks what it gets back and makes the bytes itself
 * when they are not what it would have made; so a cache never fails a write, and implementations keep their own
 * errors to themselves. Thread-safe.
 */
public interface WriteCache {
  /** No cache: nothing is kept. */
  WriteCache NONE = new WriteCache() {
    @Override
    public Optional<byte[]> get(String key) {
      return Optional.empty();
    }

    @Override
    public void put(String key, byte[] bytes) {}
  };

  /**
   * {@return the bytes kept under {@code key}, if any}
   *
   * @param key lower-case letters, digits and {@code -}, at most 100 characters
   */
  Optional<byte[]> get(String key);

  /** Keeps the bytes under {@code key}, if it can. */
  void put(String key, byte[] bytes);

  /**
   * Adds the class files of {@code code} to a key's digest: the code that makes the bytes is part of what they
   * depend on, so a new build never takes what an older one made.
   */
  static void digestCode(MessageDigest digest, Class<?>... code) throws IOException {
    for (Class<?> c : code) {
      String name = c.getSimpleName() + ".class";
      try (InputStream in = c.getResourceAsStream(name)) {
        if (in == null) throw new IOException(name + " is missing from the class path");
        digest.update(in.readAllBytes());
      }
    }
  }
}
