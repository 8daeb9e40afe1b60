package org.offprint.write.epub;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The OCF container: {@code mimetype} first and stored, then {@code META-INF/container.xml}, then every other
 * entry in path order, all with one fixed time, so equal content gives equal bytes. Not thread-safe.
 */
final class Ocf {
  static final String PACKAGE_PATH = "EPUB/content.opf";
  // Not 1980-01-01 00:00: ZipEntry takes that exact DOS time as "before 1980" and adds an extended-time extra
  // field, which EPUBCheck forbids on the mimetype entry (PKG-005).
  private static final LocalDateTime ZIP_MIN = LocalDateTime.of(1980, 1, 2, 0, 0);
  private static final LocalDateTime ZIP_MAX = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

  private final Map<String, byte[]> entries = new TreeMap<>();

  /** Adds an entry under {@code EPUB/}. */
  void add(String path, byte[] bytes) {
    if (entries.putIfAbsent("EPUB/" + path, bytes) != null) {
      throw new IllegalStateException("duplicate EPUB entry: " + path);
    }
  }

  void add(String path, String text) {
    add(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes the container to {@code out}, leaving it open.
   *
   * @param time the entries' time (UTC wall clock), clamped to what a zip can hold without extra fields
   */
  void write(OutputStream out, LocalDateTime time) throws IOException {
    LocalDateTime t = time.isBefore(ZIP_MIN) ? ZIP_MIN : time.isAfter(ZIP_MAX) ? ZIP_MAX : time;
    ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len); // FilterOutputStream would write byte by byte
      }

      @Override
      public void close() throws IOException {
        flush(); // the caller owns the stream
      }
    }, StandardCharsets.UTF_8);
    byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
    ZipEntry m = new ZipEntry("mimetype");
    m.setMethod(ZipEntry.STORED);
    m.setSize(mimetype.length);
    m.setCompressedSize(mimetype.length);
    CRC32 crc = new CRC32();
    crc.update(mimetype);
    m.setCrc(crc.getValue());
    m.setTimeLocal(t);
    zip.putNextEntry(m);
    zip.write(mimetype);
    zip.closeEntry();
    put(zip, "META-INF/container.xml", container(), t);
    for (Map.Entry<String, byte[]> e : entries.entrySet()) put(zip, e.getKey(), e.getValue(), t);
    zip.finish();
    zip.flush();
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes, LocalDateTime t) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(t);
    zip.putNextEntry(e);
    zip.write(bytes);
    zip.closeEntry();
  }

  private static byte[] container() {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
        + "<rootfiles>\n<rootfile full-path=\"" + PACKAGE_PATH + "\" media-type=\"application/oebps-package+xml\"/>\n"
        + "</rootfiles>\n</container>\n").getBytes(StandardCharsets.UTF_8);
  }
}
