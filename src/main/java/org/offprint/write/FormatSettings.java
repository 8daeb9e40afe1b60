package org.offprint.write;

import java.io.IOException;
import java.util.Optional;

/**
 * The values of a format's {@link FormatOption}s for one run, by option name. An option not given is
 * {@code false} or empty.
 */
public interface FormatSettings {
  /** No option given. */
  FormatSettings NONE = new FormatSettings() {
    @Override
    public boolean flag(String name) {
      return false;
    }

    @Override
    public Optional<Integer> number(String name) {
      return Optional.empty();
    }

    @Override
    public Optional<String> text(String name) {
      return Optional.empty();
    }

    @Override
    public Optional<byte[]> file(String name) {
      return Optional.empty();
    }
  };

  /**
   * {@return files to store inside the output where the format has a place for them (EPUB: under META-INF/),
   * by name; not options: the command sets them (bundle --update's record of the book)}
   */
  default java.util.Map<String, byte[]> metaInf() {
    return java.util.Map.of();
  }

  /**
   * {@return the number of each document's chapter where the format names chapters by number (EPUB: {@code
   * chapter-N.xhtml}), or empty for 1, 2, 3, ...; not an option: bundle --update keeps the numbers a book had}
   */
  default java.util.List<Integer> chapterNumbers() {
    return java.util.List.of();
  }

  /** {@return the book this run writes again, when it updates one (bundle --update); not an option} */
  default Optional<EarlierEdition> earlierEdition() {
    return Optional.empty();
  }

  /**
   * {@return where a writer may keep what it made for later runs (drawn EPUB covers); not an option: the command
   * sets it}
   */
  default WriteCache cache() {
    return WriteCache.NONE;
  }

  /** {@return whether the flag {@code name} was given} */
  boolean flag(String name);

  /** {@return the whole number given to {@code name}, if any} */
  Optional<Integer> number(String name);

  /** {@return the string given to {@code name}, if any} */
  Optional<String> text(String name);

  /**
   * {@return the bytes of the file given to {@code name}, if any}
   *
   * @throws IOException if the file cannot be read (an {@code InputException} naming it, from the command line)
   */
  Optional<byte[]> file(String name) throws IOException;
}
