package org.offprint.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.offprint.read.InputException;
import org.offprint.read.InputFormat;
import org.offprint.read.InputFormats;
import org.offprint.read.Source;

/** Loads an input (a path, or {@code -} for stdin) into a {@link Source}, rejecting what cannot be a page. */
final class Inputs {
  /** Inputs larger than this are refused before reading: 256 MiB. */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  private Inputs() {}

  /** {@return true for an http or https URL input} */
  static boolean isUrl(String name) {
    return name.regionMatches(true, 0, "http://", 0, 7) || name.regionMatches(true, 0, "https://", 0, 8);
  }

  /** {@return the input's bytes and location} @throws InputException naming the input and the problem */
  static Source load(String name, InputStream stdin, ReadOptions options) throws IOException {
    byte[] bytes;
    Source source;
    if (isUrl(name)) {
      URI uri;
      try {
        uri = URI.create(name);
      } catch (IllegalArgumentException e) {
        throw new InputException(name, "is not a valid URL");
      }
      org.offprint.io.HttpFetcher.Response r;
      try {
        r = options.pageFetcher(uri.getHost() == null ? "" : uri.getHost()).fetch(uri);
      } catch (org.offprint.io.HttpFetcher.FetchException e) {
        throw new InputException(name, e.getMessage());
      }
      bytes = r.body();
      source = Source.of(name, bytes).withLocation(r.finalUri());
      if (r.charset().isPresent()) source = source.withHeaderCharset(r.charset().get());
    } else if (name.equals("-")) {
      bytes = readBounded(stdin, name);
      source = Source.of("-", bytes).withLocation(Path.of("").toAbsolutePath().resolve("stdin").toUri());
    } else {
      Path path = Path.of(name);
      if (Files.isDirectory(path)) throw new InputException(name, "is a directory, not a page");
      try {
        if (Files.size(path) > MAX_BYTES) {
          throw new InputException(name, "is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        bytes = Files.readAllBytes(path);
      } catch (NoSuchFileException e) {
        throw new InputException(name, "no such file");
      } catch (AccessDeniedException e) {
        throw new InputException(name, "permission denied");
      } catch (IOException e) {
        throw new InputException(name, "cannot be read (" + e.getMessage() + ")");
      }
      source = Source.of(name, bytes).withLocation(path.toAbsolutePath().normalize().toUri());
    }
    bytes = gunzipIfNeeded(name, bytes);
    if (bytes.length != source.bytes().length) {
      source = new Source(name, bytes, source.location(), source.baseUrl(), source.charset(), source.headerCharset());
    }
    if (isBlank(bytes)) throw new InputException(name, "is empty");
    if (looksBinary(bytes)) throw new InputException(name, "is binary data, not an HTML, Markdown or text page");
    return source;
  }

  /** {@return the format named by {@code from}, else by the file extension, else by sniffing the bytes} */
  static InputFormat format(Source source, String from) throws InputException {
    if (from != null && !from.isEmpty()) {
      return InputFormats.find(from).orElseThrow(() -> new UsageException(
          "Unknown input format '" + from + "'. Known: " + String.join(", ", InputFormats.names())));
    }
    String ext = extension(source.name());
    if (ext.equals("gz")) ext = extension(source.name().substring(0, source.name().length() - 3));
    if (!ext.isEmpty()) {
      var byExt = InputFormats.find(ext);
      if (byExt.isPresent()) return byExt.get();
    }
    byte[] head = java.util.Arrays.copyOf(source.bytes(), Math.min(source.bytes().length, 4096));
    return InputFormats.sniff(head).orElseThrow(() -> new InputException(source.name(),
        "unknown input format; name one with --from (" + String.join(", ", InputFormats.names()) + ")"));
  }

  static String extension(String name) {
    String file = name.substring(name.lastIndexOf('/') + 1);
    int dot = file.lastIndexOf('.');
    return dot <= 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** {@return the file name without folder and extension(s) such as {@code .html} or {@code .html.gz}} */
  static String baseName(String name) {
    if (name.equals("-")) return "stdin";
    if (isUrl(name)) {
      String path = URI.create(name.replaceAll("[?#].*$", "")).getPath();
      String last = path == null ? "" : path.replaceAll("/+$", "");
      last = last.substring(last.lastIndexOf('/') + 1).replaceAll("\\.[A-Za-z0-9]+$", "");
      String host = URI.create(name).getHost();
      return last.isEmpty() ? (host == null ? "page" : host) : last.replaceAll("[^\\p{L}\\p{N}._-]", "-");
    }
    String file = Path.of(name).getFileName().toString();
    if (file.toLowerCase(Locale.ROOT).endsWith(".gz")) file = file.substring(0, file.length() - 3);
    int dot = file.lastIndexOf('.');
    return dot <= 0 ? file : file.substring(0, dot);
  }

  private static byte[] readBounded(InputStream in, String name) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(MAX_BYTES + 1, Integer.MAX_VALUE - 8));
    if (bytes.length > MAX_BYTES) throw new InputException(name, "is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
    return bytes;
  }

  private static byte[] gunzipIfNeeded(String name, byte[] bytes) throws IOException {
    if (bytes.length < 2 || (bytes[0] & 0xFF) != 0x1F || (bytes[1] & 0xFF) != 0x8B) return bytes;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return readBounded(in, name);
    } catch (IOException e) {
      throw new InputException(name, "is a damaged gzip file (" + e.getMessage() + ")");
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != 0x0C) {
        // A BOM alone is blank too.
        if ((b & 0xFF) == 0xEF || (b & 0xFF) == 0xBB || (b & 0xFF) == 0xBF || (b & 0xFF) == 0xFE
            || (b & 0xFF) == 0xFF || b == 0) {
          continue;
        }
        return false;
      }
    }
    return true;
  }

  /**
   * {@return true when the first 8 KB hold many control bytes}: text in any charset has few, while images,
   * archives and executables have many. UTF-16 (BOM, or NULs in every other byte) is text.
   */
  static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, 8192);
    if (n >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))) {
      return false;
    }
    int control = 0, evenNul = 0, oddNul = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        if (i % 2 == 0) evenNul++;
        else oddNul++;
      }
      if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) control++;
    }
    boolean utf16 = (evenNul > n / 3 && oddNul < n / 50) || (oddNul > n / 3 && evenNul < n / 50);
    return !utf16 && control > Math.max(2, n / 50);
  }

  /** {@return the folder of a file or stdin input, for the local-image policy; empty for a URL input} */
  static java.util.Optional<Path> folder(Source source) {
    return source.location().filter(u -> "file".equals(u.getScheme())).map(u -> Path.of(u).getParent());
  }
}
