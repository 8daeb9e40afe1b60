package org.offprint.write.epub;

import java.io.IOException;
import java.util.SortedSet;
import org.offprint.theme.ThemeFiles;
import org.offprint.write.WriteCache;

/**
 * The font files of a book, cut down to the characters it shows and deflated. A whole font (one FontBox could
 * not subset) is kept deflated by its content for the life of the JVM: deflating a megabyte of fonts was most of
 * the time of writing a book, and a batch run, or the background server, writes many books with one theme.
 * Thread-safe.
 */
final class FontCache {
  private static final ContentCache<ZipWriter.Content> DEFLATED = new ContentCache<>();

  private FontCache() {}

  /**
   * {@return the font file subset to these code points (from the cache when it holds it), deflated}
   *
   * @throws IOException when the theme cannot read it
   */
  static ZipWriter.Content get(ThemeFiles files, String path, SortedSet<Integer> codePoints, WriteCache cache)
      throws IOException {
    byte[] whole = files.read(path);
    byte[] subset = KeptFontSubsets.subset(whole, codePoints, cache);
    if (subset == whole) return DEFLATED.get(whole, ZipWriter.Content::deflated);
    return ZipWriter.Content.deflated(subset);
  }
}
