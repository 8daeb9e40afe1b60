package org.offprint.theme;

import java.io.IOException;

/** Reads the files of a theme folder (fonts, licences), wherever the folder lives. */
@FunctionalInterface
public interface ThemeFiles {
  /**
   * {@return the file's bytes}
   *
   * @param path relative to the theme folder, with {@code /} separators
   * @throws IOException if the file is missing or unreadable
   */
  byte[] read(String path) throws IOException;
}
