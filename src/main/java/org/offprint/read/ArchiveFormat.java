package org.offprint.read;

import java.io.IOException;

/**
 * An input format that holds pages and their files rather than one article: a web archive. Its {@link #reader()}
 * reads the first page, without images; callers that want a chosen page or the archived images {@link #open}
 * it and resolve images through the {@link Archive}.
 */
public interface ArchiveFormat extends InputFormat {
  /**
   * {@return what {@code source} holds}
   *
   * @throws InputException when it is not a readable archive of this format or holds no HTML page
   */
  Archive open(Source source) throws IOException;

  @Override
  default DocumentReader reader() {
    return (source, diagnostics) -> {
      Archive archive = open(source);
      return archive.read(archive.pages().get(0), diagnostics);
    };
  }
}
