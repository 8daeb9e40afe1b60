package org.offprint.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Format} whose name, aliases, file extension and description are values given once, so that each
 * format's class states only what is its own: its writers and its options. A format builds its writer in one
 * place, {@link #writer(WriteOptions, FormatSettings)} (and {@link #bookWriter(WriteOptions, FormatSettings)} if
 * it binds books); the writer without options is that one with {@link FormatSettings#NONE}, so a library caller
 * and a command line that gives no option get the same writer.
 */
public abstract class NamedFormat implements Format {
  private final String name;
  private final List<String> aliases;
  private final String extension;
  private final String description;

  protected NamedFormat(String name, List<String> aliases, String extension, String description) {
    this.name = name;
    this.aliases = List.copyOf(aliases);
    this.extension = extension;
    this.description = description;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<String> aliases() {
    return aliases;
  }

  @Override
  public final String extension() {
    return extension;
  }

  @Override
  public final String description() {
    return description;
  }

  /** {@return the writer with none of this format's options given: {@code writer(options, FormatSettings.NONE)}} */
  @Override
  public final DocumentWriter writer(WriteOptions options) {
    try {
      return writer(options, FormatSettings.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // no option names a file to read
    }
  }

  @Override
  public abstract DocumentWriter writer(WriteOptions options, FormatSettings settings) throws IOException;

  /** {@return the book writer with none of this format's options given: {@code bookWriter(options, NONE)}} */
  @Override
  public final Optional<BookWriter> bookWriter(WriteOptions options) {
    try {
      return bookWriter(options, FormatSettings.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // no option names a file to read
    }
  }

  /** {@return empty: a format that binds books overrides this} */
  @Override
  public Optional<BookWriter> bookWriter(WriteOptions options, FormatSettings settings) throws IOException {
    return Optional.empty();
  }
}
