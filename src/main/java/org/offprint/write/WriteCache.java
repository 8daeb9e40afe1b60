package org.offprint.write;

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

  /** {@return the bytes kept for this very key, if any}: an entry kept for another key of the same name is not */
  default Optional<byte[]> get(CacheKey key) {
    return get(key.name()).flatMap(key::unwrap);
  }

  /** Keeps the bytes for {@code key}, if it can. */
  default void put(CacheKey key, byte[] bytes) {
    put(key.name(), key.wrap(bytes));
  }
}
