package org.offprint.write.epub;

import java.io.IOException;
import org.offprint.theme.ThemeFiles;

/**
 * Deflated font files, kept by their content for the life of the JVM: deflating a megabyte of fonts was most of
 * the time of writing a book, and a batch run, or the background server, writes many books with one theme.
 * Thread-safe.
 */
final class FontCache {
  private static final ContentCache<ZipWriter.Content> DEFLATED = new ContentCache<>();

  private FontCache() {}

  /** {@return the font file, deflated} @throws IOException when the theme cannot read it */
  static ZipWriter.Content get(ThemeFiles files, String path) throws IOException {
    return DEFLATED.get(files.read(path), ZipWriter.Content::deflated);
  }
}
