package org.offprint.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Every byte offprint wrote into a folder, with EPUBs unzipped, for asserting what must never be in them. */
final class OutputBytes {
  private OutputBytes() {}

  /** {@return file or zip-entry name → bytes, for every file under {@code dir}} */
  static Map<String, byte[]> all(Path dir) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        byte[] bytes = Files.readAllBytes(p);
        out.put(p.toString(), bytes);
        if (p.toString().endsWith(".epub")) {
          try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
              ByteArrayOutputStream b = new ByteArrayOutputStream();
              zip.transferTo(b);
              out.put(p + "!" + e.getName(), b.toByteArray());
            }
          }
        }
      }
    }
    return out;
  }

  /** {@return the names of the files or entries whose bytes contain {@code needle} (case-insensitive ASCII)} */
  static java.util.List<String> containing(Map<String, byte[]> all, String needle) {
    String n = needle.toLowerCase(java.util.Locale.ROOT);
    java.util.List<String> hits = new java.util.ArrayList<>();
    for (Map.Entry<String, byte[]> e : all.entrySet()) {
      String text = new String(e.getValue(), StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
      if (text.contains(n)) hits.add(e.getKey());
    }
    return hits;
  }

  /** {@return the names of the files or entries whose bytes equal {@code bytes}} */
  static java.util.List<String> equalTo(Map<String, byte[]> all, byte[] bytes) {
    return all.entrySet().stream().filter(e -> java.util.Arrays.equals(e.getValue(), bytes)).map(Map.Entry::getKey).toList();
  }
}
