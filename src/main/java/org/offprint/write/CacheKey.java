package org.offprint.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The key of bytes kept in a {@link WriteCache}: the text of everything the bytes depend on, named in the cache by
 * its length and two checksums. An entry holds that text before the bytes, and {@link #unwrap} takes the bytes only
 * when the text is this key's: bytes kept for another key under the same name are never taken. (The checksums are
 * native code; a SHA-256 of the text cost a cold convert 7 ms of starting the JDK's security providers.)
 *
 * @param name the cache entry's name: the prefix, then lower-case hex digits
 * @param text what the bytes depend on
 */
public record CacheKey(String name, String text) {
  /** The lines {@link #code} made, by its classes: a class file does not change while the JVM runs. */
  private static final Map<List<Class<?>>, String> CODE = new ConcurrentHashMap<>();

  /** {@return the key of bytes that depend on {@code text}, named {@code prefix} and its checksums} */
  public static CacheKey of(String prefix, String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    CRC32C crc32c = new CRC32C();
    crc32c.update(b);
    CRC32 crc32 = new CRC32();
    crc32.update(b);
    return new CacheKey(prefix + Integer.toHexString(b.length) + "-" + Long.toHexString(crc32c.getValue()) + "-"
        + Long.toHexString(crc32.getValue()), text);
  }

  /** {@return the cache entry for {@code bytes}: the length of this key's text, the text, then the bytes} */
  public byte[] wrap(byte[] bytes) {
    byte[] t = text.getBytes(StandardCharsets.UTF_8);
    byte[] entry = new byte[4 + t.length + bytes.length];
    entry[0] = (byte) (t.length >>> 24);
    entry[1] = (byte) (t.length >>> 16);
    entry[2] = (byte) (t.length >>> 8);
    entry[3] = (byte) t.length;
    System.arraycopy(t, 0, entry, 4, t.length);
    System.arraycopy(bytes, 0, entry, 4 + t.length, bytes.length);
    return entry;
  }

  /** {@return the bytes of a cache entry {@link #wrap} made for this key, or empty for any other entry} */
  public Optional<byte[]> unwrap(byte[] entry) {
    byte[] t = text.getBytes(StandardCharsets.UTF_8);
    if (entry.length < 4 + t.length) return Optional.empty();
    int length = (entry[0] & 0xFF) << 24 | (entry[1] & 0xFF) << 16 | (entry[2] & 0xFF) << 8 | (entry[3] & 0xFF);
    if (length != t.length || !Arrays.equals(entry, 4, 4 + t.length, t, 0, t.length)) return Optional.empty();
    return Optional.of(Arrays.copyOfRange(entry, 4 + t.length, entry.length));
  }

  /**
   * {@return a line per class of {@code code}: its name, and its class file's length and CRC-32C}, for a key's
   * text: the code that makes the bytes is part of what they depend on, so a new build never takes what an older
   * one made
   */
  public static String code(Class<?>... code) throws IOException {
    String known = CODE.get(List.of(code));
    if (known != null) return known;
    StringBuilder b = new StringBuilder();
    for (Class<?> c : code) {
      String name = c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class"; // Outer$Nested.class too
      try (InputStream in = c.getResourceAsStream(name)) {
        if (in == null) throw new IOException(name + " is missing from the class path");
        byte[] bytes = in.readAllBytes();
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        b.append(c.getName()).append(' ').append(bytes.length).append(' ').append(crc.getValue()).append('\n');
      }
    }
    CODE.put(List.of(code), b.toString());
    return b.toString();
  }
}
