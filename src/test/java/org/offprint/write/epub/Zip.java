package org.offprint.write.epub;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads an EPUB's entries, in order, for assertions. */
final class Zip {
  private Zip() {}

  static Map<String, byte[]> entries(byte[] epub) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(epub))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.put(e.getName(), in.readAllBytes());
    }
    return out;
  }

  static String text(byte[] epub, String name) throws IOException {
    byte[] b = entries(epub).get(name);
    if (b == null) throw new AssertionError("no entry " + name + " in " + entries(epub).keySet());
    return new String(b, StandardCharsets.UTF_8);
  }
}
