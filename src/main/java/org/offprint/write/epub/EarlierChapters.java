package org.offprint.write.epub;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.offprint.write.EarlierEdition;

/**
 * The chapters of an earlier edition of a book that an update may copy: each as stored in its zip (deflated
 * bytes, CRC, sizes), so that it goes into the new zip without being rendered or deflated again, and as text
 * (what the fonts must show). Only the chapters the caller named as holding the same documents are read, and only
 * when the zip holds them intact (its CRC checked); anything else is rendered anew. Not thread-safe.
 */
final class EarlierChapters {
  /** The largest chapter copied; a larger one is rendered. */
  private static final int MAX_ENTRY = 64 * 1024 * 1024;

  /** A chapter as the earlier zip stores it, and its text. */
  record Stored(ZipWriter.Content content, String text) {}

  private record Central(int method, long crc, long packed, long size, long offset) {}

  static final EarlierChapters NONE = new EarlierChapters(null, Map.of(), Set.of());

  private final SeekableByteChannel zip;
  private final Map<String, Central> entries;
  private final Set<Integer> same;

  private EarlierChapters(SeekableByteChannel zip, Map<String, Central> entries, Set<Integer> same) {
    this.zip = zip;
    this.entries = entries;
    this.same = same;
  }

  /** {@return the chapters of {@code edition}, or none when its zip's directory cannot be read} */
  static EarlierChapters of(Optional<EarlierEdition> edition) {
    if (edition.isEmpty() || edition.get().sameChapters().isEmpty()) return NONE;
    try {
      return new EarlierChapters(edition.get().book(), directory(edition.get().book()),
          edition.get().sameChapters());
    } catch (IOException | RuntimeException e) {
      return NONE; // not a zip this writer can read: every chapter is rendered
    }
  }

  /** {@return chapter {@code number} as the earlier edition stores it, if it may be copied and is intact} */
  Optional<Stored> chapter(int number, String path) {
    if (!same.contains(number)) return Optional.empty();
    Central c = entries.get("EPUB/" + path);
    if (c == null || c.packed() > MAX_ENTRY || c.size() > MAX_ENTRY) return Optional.empty();
    try {
      ByteBuffer local = read(c.offset(), 30);
      if (local.getInt(0) != 0x04034b50) return Optional.empty();
      long start = c.offset() + 30 + (local.getShort(26) & 0xFFFF) + (local.getShort(28) & 0xFFFF);
      byte[] data = new byte[(int) c.packed()];
      read(start, data.length).get(data);
      byte[] plain = switch (c.method()) {
        case ZipWriter.Content.STORED -> data;
        case ZipWriter.Content.DEFLATED -> inflate(data, (int) c.size());
        default -> null;
      };
      if (plain == null || plain.length != c.size()) return Optional.empty();
      CRC32 crc = new CRC32();
      crc.update(plain);
      if (crc.getValue() != c.crc()) return Optional.empty();
      return Optional.of(new Stored(new ZipWriter.Content(c.method(), data, c.crc(), (int) c.size()),
          new String(plain, StandardCharsets.UTF_8)));
    } catch (IOException | DataFormatException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static byte[] inflate(byte[] data, int size) throws DataFormatException {
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(data);
      byte[] out = new byte[size];
      int n = 0;
      while (n < size && !inflater.finished()) {
        int got = inflater.inflate(out, n, size - n);
        if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
        n += got;
      }
      return n == size ? out : null;
    } finally {
      inflater.end();
    }
  }

  /** Reads the central directory: the end record (the last 22 bytes, or before a comment), then each entry. */
  private static Map<String, Central> directory(SeekableByteChannel zip) throws IOException {
    long size = zip.size();
    int tail = (int) Math.min(size, 22 + 65535);
    ByteBuffer end = readFrom(zip, size - tail, tail);
    int at = -1;
    for (int i = tail - 22; i >= 0; i--) {
      if (end.getInt(i) == 0x06054b50) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new IOException("no end of central directory");
    int count = end.getShort(at + 10) & 0xFFFF;
    long cdSize = end.getInt(at + 12) & 0xFFFFFFFFL;
    long cdOffset = end.getInt(at + 16) & 0xFFFFFFFFL;
    if (cdSize > MAX_ENTRY || cdOffset + cdSize > size) throw new IOException("central directory out of bounds");
    ByteBuffer cd = readFrom(zip, cdOffset, (int) cdSize);
    Map<String, Central> out = new HashMap<>();
    int p = 0;
    for (int i = 0; i < count; i++) {
      if (cd.getInt(p) != 0x02014b50) throw new IOException("bad central directory entry");
      int nameLength = cd.getShort(p + 28) & 0xFFFF;
      int skip = (cd.getShort(p + 30) & 0xFFFF) + (cd.getShort(p + 32) & 0xFFFF);
      byte[] name = new byte[nameLength];
      cd.get(p + 46, name);
      out.put(new String(name, StandardCharsets.UTF_8), new Central(cd.getShort(p + 10) & 0xFFFF,
          cd.getInt(p + 16) & 0xFFFFFFFFL, cd.getInt(p + 20) & 0xFFFFFFFFL, cd.getInt(p + 24) & 0xFFFFFFFFL,
          cd.getInt(p + 42) & 0xFFFFFFFFL));
      p += 46 + nameLength + skip;
    }
    return out;
  }

  private ByteBuffer read(long position, int length) throws IOException {
    return readFrom(zip, position, length);
  }

  private static ByteBuffer readFrom(SeekableByteChannel zip, long position, int length) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    zip.position(position);
    while (b.hasRemaining()) {
      if (zip.read(b) < 0) throw new IOException("the zip ends early");
    }
    return b.flip();
  }
}
