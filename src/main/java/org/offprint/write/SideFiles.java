package org.offprint.write;

import java.io.IOException;

/**
 * Where a writer puts files that go beside its main output, such as the images of a Markdown or HTML file
 * ({@code article_files/photo.jpg}). The caller owns the folder and decides what happens on failure.
 */
@FunctionalInterface
public interface SideFiles {
  /**
   * Writes a side file.
   *
   * @param relativePath a path relative to the main output's folder, with {@code /} separators and no {@code ..}
   * @param bytes the content
   */
  void write(String relativePath, byte[] bytes) throws IOException;
}
