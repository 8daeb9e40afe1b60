package org.offprint.write;

import java.util.List;

/**
 * An output format: its names and a factory for its writer. Implementations are registered as
 * {@code META-INF/services/org.offprint.write.Format} so a writer package plugs in without a central switch.
 */
public interface Format {
  /** {@return the short name used by {@code --to}, e.g. {@code epub}} */
  String name();

  /** {@return other accepted names, e.g. {@code markdown} for {@code md}} */
  default List<String> aliases() {
    return List.of();
  }

  /** {@return the file extension, without the dot} */
  String extension();

  /** {@return a one-line description for {@code offprint formats}} */
  String description();

  /** {@return a writer built with the given options} */
  DocumentWriter writer(WriteOptions options);

  /** {@return a writer of whole books, for formats that can bind several articles into one output} */
  default java.util.Optional<BookWriter> bookWriter(WriteOptions options) {
    return java.util.Optional.empty();
  }

  /**
   * {@return the command-line options this format takes besides the common ones} The command line offers the
   * options of every registered format, once each: formats that share an option declare it alike.
   */
  default List<FormatOption> options() {
    return List.of();
  }

  /**
   * {@return a writer built with the given options and the values of this format's {@link #options()}}
   *
   * @throws BadOptionException if the values cannot work together with the theme
   * @throws IOException if a file an option names cannot be read
   */
  default DocumentWriter writer(WriteOptions options, FormatSettings settings) throws java.io.IOException {
    return writer(options);
  }

  /** {@return as {@link #bookWriter(WriteOptions)}, with the values of this format's {@link #options()}} */
  default java.util.Optional<BookWriter> bookWriter(WriteOptions options, FormatSettings settings)
      throws java.io.IOException {
    return bookWriter(options);
  }
}
