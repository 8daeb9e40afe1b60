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

  /**
   * {@return whether the file exists and can be read}; the default reads it, implementations answer without
   * reading where they can (theme validation asks for every face, and fonts are large)
   */
  default boolean exists(String path) {
    try {
      read(path);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
