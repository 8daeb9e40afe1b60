package org.offprint.write.epub;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.offprint.theme.ThemeFiles;

/**
 * Deflated font files, kept per loaded theme for the life of the JVM: deflating a megabyte of fonts was most of
 * the time of writing a book, and a batch run writes many books with one theme. Thread-safe.
 */
final class FontCache {
  private static final Map<ThemeFiles, Map<String, ZipWriter.Content>> CACHE =
      Collections.synchronizedMap(new WeakHashMap<>());

  private FontCache() {}

  /** {@return the font file, deflated} @throws IOException when the theme cannot read it */
  static ZipWriter.Content get(ThemeFiles files, String path) throws IOException {
    Map<String, ZipWriter.Content> fonts;
    synchronized (CACHE) {
      fonts = CACHE.computeIfAbsent(files, f -> Collections.synchronizedMap(new HashMap<>()));
    }
    ZipWriter.Content c = fonts.get(path);
    if (c == null) {
      c = ZipWriter.Content.deflated(files.read(path));
      fonts.put(path, c);
    }
    return c;
  }
}
