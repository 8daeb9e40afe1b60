package org.offprint.write.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OCF container: {@code mimetype} first and stored, then {@code META-INF/container.xml}, then every other
 * entry in path order, all with one fixed time, so equal content gives equal bytes. Not thread-safe.
 */
final class Ocf {
  static final String PACKAGE_PATH = "EPUB/content.opf";
  private static final LocalDateTime ZIP_MIN = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final LocalDateTime ZIP_MAX = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

  private final Map<String, ZipWriter.Content> entries = new TreeMap<>();
  private final Map<String, byte[]> metaInf = new TreeMap<>();

  /** Adds a file under {@code META-INF/} beside {@code container.xml}, deflated. */
  void addMetaInf(String name, byte[] bytes) {
    if (name.equals("container.xml") || name.contains("/") || metaInf.putIfAbsent(name, bytes) != null) {
      throw new IllegalArgumentException("not a free META-INF name: " + name);
    }
  }

  /** Adds an entry under {@code EPUB/}, compressed or not as given. */
  void add(String path, ZipWriter.Content content) {
    if (entries.putIfAbsent("EPUB/" + path, content) != null) {
      throw new IllegalStateException("duplicate EPUB entry: " + path);
    }
  }

  /** Adds a text entry under {@code EPUB/}, deflated. */
  void add(String path, String text) {
    add(path, ZipWriter.Content.deflated(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Adds a deflated entry under {@code EPUB/}. */
  void add(String path, byte[] bytes) {
    add(path, ZipWriter.Content.deflated(bytes));
  }

  /**
   * Writes the container to {@code out}, leaving it open.
   *
   * @param time the entries' time (UTC wall clock), clamped to what a zip's DOS time can hold
   */
  void write(OutputStream out, LocalDateTime time) throws IOException {
    LocalDateTime t = time.isBefore(ZIP_MIN) ? ZIP_MIN : time.isAfter(ZIP_MAX) ? ZIP_MAX : time;
    try {
      ZipWriter zip = new ZipWriter(out, t);
      zip.add("mimetype", ZipWriter.Content.stored("application/epub+zip".getBytes(StandardCharsets.US_ASCII)));
      zip.add("META-INF/container.xml", ZipWriter.Content.deflated(container()));
      for (Map.Entry<String, byte[]> e : metaInf.entrySet()) {
        zip.add("META-INF/" + e.getKey(), ZipWriter.Content.deflated(e.getValue()));
      }
      for (Map.Entry<String, ZipWriter.Content> e : entries.entrySet()) zip.add(e.getKey(), e.getValue());
      zip.finish();
    } finally {
      // entries a large book spilled to temporary files are done with, written or not
      for (ZipWriter.Content c : entries.values()) {
        if (c.file() != null) java.nio.file.Files.deleteIfExists(c.file());
      }
    }
  }

  private static byte[] container() {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
        + "<rootfiles>\n<rootfile full-path=\"" + PACKAGE_PATH + "\" media-type=\"application/oebps-package+xml\"/>\n"
        + "</rootfiles>\n</container>\n").getBytes(StandardCharsets.UTF_8);
  }
}
