package org.offprint.read;

import java.util.List;

/**
 * An input format: its names, file extensions, how to recognise it from bytes, and its reader. Registered as
 * {@code META-INF/services/org.offprint.read.InputFormat}.
 */
public interface InputFormat {
  /** {@return the name used by {@code --from}, e.g. {@code html}} */
  String name();

  /** {@return file extensions (without dot, lower case) read as this format} */
  List<String> extensions();

  /**
   * {@return how sure this format is that {@code head} (the first bytes of an input) is in it: 0 not at all, 100
   * certain}. Used for stdin and unknown extensions.
   */
  int sniff(byte[] head);

  /** {@return the reader} */
  DocumentReader reader();
}
