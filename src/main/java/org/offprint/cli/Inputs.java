package org.offprint.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.offprint.io.Sources;
import org.offprint.read.InputException;
import org.offprint.read.InputFormat;
import org.offprint.read.Source;

/** Turns an INPUT argument (a path, a URL, or {@code -} for stdin) into a {@link Source}. */
final class Inputs {
  private Inputs() {}

  /** {@return true for an http or https URL input} */
  static boolean isUrl(String name) {
    return name.regionMatches(true, 0, "http://", 0, 7) || name.regionMatches(true, 0, "https://", 0, 8);
  }

  /** {@return the input's bytes and location} @throws InputException naming the input and the problem */
  static Source load(String name, Invocation run, ReadOptions options) throws IOException {
    if (isUrl(name)) {
      URI uri;
      try {
        uri = URI.create(name);
      } catch (IllegalArgumentException e) {
        throw new InputException(name, "is not a valid URL");
      }
      String host = uri.getHost() == null ? "" : uri.getHost();
      return options.limiter().call(host, () -> Sources.url(uri, options.pageFetcher(host), name));
    }
    if (name.equals("-")) {
      return Sources.stream(run.in(), name, run.cwd().toAbsolutePath().resolve("stdin").toUri());
    }
    return Sources.file(run.path(name), name);
  }

  /** {@return the format named by {@code from}, else by the file extension, else by sniffing the bytes} */
  static InputFormat format(Source source, String from) throws InputException {
    try {
      return Sources.format(source, Optional.ofNullable(from).filter(f -> !f.isEmpty()));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  static String extension(String name) {
    return Sources.extension(name);
  }

  /** {@return the file name without folder and extension(s) such as {@code .html} or {@code .html.gz}} */
  static String baseName(String name) {
    if (name.equals("-")) return "stdin";
    if (isUrl(name)) {
      URI uri = URI.create(name.replaceAll("[?#].*$", ""));
      String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
      String last = path.substring(path.lastIndexOf('/') + 1).replaceAll("\\.[A-Za-z0-9]+$", "");
      if (last.isEmpty()) return uri.getHost() == null ? "page" : uri.getHost();
      return last.replaceAll("[^\\p{L}\\p{N}._-]", "-");
    }
    String file = Path.of(name).getFileName().toString();
    if (file.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) file = file.substring(0, file.length() - 3);
    int dot = file.lastIndexOf('.');
    return dot <= 0 ? file : file.substring(0, dot);
  }

  /** {@return the folder of a file or stdin input, for the local-image policy; empty for a URL input} */
  static Optional<Path> folder(Source source) {
    return source.location().filter(u -> "file".equals(u.getScheme())).map(u -> Path.of(u).getParent());
  }
}
