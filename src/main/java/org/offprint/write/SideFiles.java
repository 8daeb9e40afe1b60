package org.offprint.write;

import java.io.IOException;

/**
 * Where a writer puts files that go beside its main output, such as the images of a Markdown or HTML file
 * ({@code article.assets/photo.jpg}). The caller owns the folder and decides what happens on failure.
 */
@FunctionalInterface
public interface SideFiles {
  /**
   * {@return the folder, relative to the output's, that holds the side files of the output named {@code name}
   * (without extension): {@code name.assets}} Not {@code name_files}: that is the folder a browser's "Save Page
   * As" makes for {@code name.html}, so a page saved from a browser and converted in its own folder would get
   * offprint's files mixed into its own.
   */
  static String folder(String name) {
    return name + ".assets";
  }

  /**
   * Writes a side file.
   *
   * @param relativePath a path relative to the main output's folder, with {@code /} separators and no {@code ..}
   * @param bytes the content
   */
  void write(String relativePath, byte[] bytes) throws IOException;
}
