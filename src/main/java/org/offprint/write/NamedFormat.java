package org.offprint.write;

import java.util.List;

/**
 * A {@link Format} whose name, aliases, file extension and description are values given once, so that each
 * format's class states only what is its own: its writers and its options.
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
}
