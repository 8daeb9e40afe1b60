package org.offprint.write.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A minimal zip writer for OCF containers: sizes and CRC in every local header, no extra fields, no data
 * descriptors, no ZIP64, one fixed time for all entries. Unlike {@link java.util.zip.ZipOutputStream} it accepts
 * entries compressed in advance, so the theme's fonts are deflated once per JVM rather than once per book.
 * Not thread-safe; one per write.
 */
final class ZipWriter {
  /**
   * An entry's content, stored or deflated: {@code data} in memory, or, when {@code file} is not null, the
   * same bytes in a temporary file (a large book spills its images there instead of holding them all).
   */
  record Content(int method, byte[] data, java.nio.file.Path file, int packed, long crc, int size) {
    static final int STORED = 0;
    static final int DEFLATED = 8;

    Content(int method, byte[] data, long crc, int size) {
      this(method, data, null, data.length, crc, size);
    }

    static Content stored(byte[] bytes) {
      return new Content(STORED, bytes, crc(bytes), bytes.length);
    }

    /** {@return the same content, its bytes moved to {@code file}} */
    Content spill(java.nio.file.Path to) throws IOException {
      java.nio.file.Files.write(to, data);
      return new Content(method, new byte[0], to, packed, crc, size);
    }

    /** {@return whether this content is {@code bytes}}, read back from its file and inflated as needed */
    boolean holds(byte[] bytes) throws IOException {
      if (size != bytes.length) return false;
      byte[] packedBytes = file == null ? data : java.nio.file.Files.readAllBytes(file);
      if (method == STORED) return Arrays.equals(packedBytes, bytes);
      Inflater inflater = new Inflater(true);
      try {
        inflater.setInput(packedBytes);
        byte[] unpacked = new byte[size];
        int n = 0;
        while (n < size && !inflater.finished()) {
          int got = inflater.inflate(unpacked, n, size - n);
          if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
          n += got;
        }
        return n == size && Arrays.equals(unpacked, bytes);
      } catch (DataFormatException e) {
        throw new IOException("the deflated copy of an image cannot be read back", e);
      } finally {
        inflater.end();
      }
    }

    static Content deflated(byte[] bytes) {
      Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
      try {
        d.setInput(bytes);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
        byte[] buf = new byte[16384];
        while (!d.finished()) out.write(buf, 0, d.deflate(buf));
        byte[] data = out.toByteArray();
        // Deflating can grow incompressible data; storing it is then smaller and just as valid.
        return data.length < bytes.length ? new Content(DEFLATED, data, crc(bytes), bytes.length) : stored(bytes);
      } finally {
        d.end();
      }
    }

    private static long crc(byte[] bytes) {
      CRC32 c = new CRC32();
      c.update(bytes);
      return c.getValue();
    }
  }

  private final OutputStream out;
  private final int dosTime;
  private final int dosDate;
  private final ByteArrayOutputStream central = new ByteArrayOutputStream();
  private long offset;
  private int count;

  /** @param time the entries' time, between 1980 and 2107 */
  ZipWriter(OutputStream out, LocalDateTime time) {
    this.out = out;
    dosTime = time.getHour() << 11 | time.getMinute() << 5 | time.getSecond() >> 1;
    dosDate = (time.getYear() - 1980) << 9 | time.getMonthValue() << 5 | time.getDayOfMonth();
  }

  void add(String name, Content content) throws IOException {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    boolean ascii = n.length == name.length();
    ByteArrayOutputStream h = new ByteArrayOutputStream(30 + n.length);
    int32(h, 0x04034b50);
    common(h, content, n.length, ascii);
    h.write(n);
    out.write(h.toByteArray());
    if (content.file() == null) out.write(content.data());
    else java.nio.file.Files.copy(content.file(), out);

    int32(central, 0x02014b50);
    int16(central, 20); // made by: MS-DOS attributes, zip 2.0
    common(central, content, n.length, ascii);
    int16(central, 0); // comment length
    int16(central, 0); // disk number
    int16(central, 0); // internal attributes
    int32(central, 0); // external attributes
    int32(central, (int) offset);
    central.write(n);

    offset += h.size() + content.packed();
    count++;
    if (offset > 0xFFFFFFFFL || count > 0xFFFF) throw new IOException("the book is too large for a zip without ZIP64");
  }

  /** Writes the version needed through the extra-field length, shared by local and central headers. */
  private void common(ByteArrayOutputStream h, Content c, int nameLength, boolean ascii) {
    int16(h, 20);
    int16(h, ascii ? 0 : 0x0800); // bit 11: the name is UTF-8
    int16(h, c.method());
    int16(h, dosTime);
    int16(h, dosDate);
    int32(h, (int) c.crc());
    int32(h, c.packed());
    int32(h, c.size());
    int16(h, nameLength);
    int16(h, 0); // no extra field
  }

  /** Writes the central directory; the stream stays open. */
  void finish() throws IOException {
    byte[] cd = central.toByteArray();
    ByteArrayOutputStream end = new ByteArrayOutputStream(22);
    int32(end, 0x06054b50);
    int16(end, 0);
    int16(end, 0);
    int16(end, count);
    int16(end, count);
    int32(end, cd.length);
    int32(end, (int) offset);
    int16(end, 0);
    out.write(cd);
    out.write(end.toByteArray());
    out.flush();
  }

  private static void int16(ByteArrayOutputStream o, int v) {
    o.write(v & 0xFF);
    o.write((v >>> 8) & 0xFF);
  }

  private static void int32(ByteArrayOutputStream o, int v) {
    int16(o, v & 0xFFFF);
    int16(o, (v >>> 16) & 0xFFFF);
  }
}
