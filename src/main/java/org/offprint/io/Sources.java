package org.offprint.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.offprint.read.InputException;
import org.offprint.read.InputFormat;
import org.offprint.read.InputFormats;
import org.offprint.read.Source;

/**
 * Loads inputs into {@link Source}s: files, streams and URLs, gunzipped when gzipped, and rejected with an
 * {@link InputException} naming the input when they are missing, too large, empty or binary.
 */
public final class Sources {
  /** Inputs larger than this are refused: 256 MiB. */
  public static final long MAX_BYTES = 256L * 1024 * 1024;

  private Sources() {}

  /** {@return the file's content, located at its absolute path} */
  public static Source file(Path path, String name) throws IOException {
    if (Files.isDirectory(path)) throw new InputException(name, "is a directory, not a page");
    byte[] bytes;
    try {
      if (Files.size(path) > MAX_BYTES) throw tooLarge(name);
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(name, "permission denied");
    } catch (InputException e) {
      throw e;
    } catch (IOException e) {
      throw new InputException(name, "cannot be read (" + e.getMessage() + ")");
    }
    return checked(Source.of(name, bytes).withLocation(path.toAbsolutePath().normalize().toUri()));
  }

  /** {@return what {@code in} holds, located at {@code location} (relative images resolve against it)} */
  public static Source stream(InputStream in, String name, URI location) throws IOException {
    return checked(Source.of(name, readBounded(in, name)).withLocation(location));
  }

  /** {@return the page at {@code uri}, located at its final URL, with the HTTP header's charset} */
  public static Source url(URI uri, HttpFetcher fetcher, String name) throws IOException {
    HttpFetcher.Response r;
    try {
      r = fetcher.fetch(uri);
    } catch (HttpFetcher.FetchException e) {
      throw new InputException(name, e.getMessage());
    }
    Source s = Source.of(name, r.body()).withLocation(r.finalUri());
    if (r.charset().isPresent()) s = s.withHeaderCharset(r.charset().get());
    return checked(s);
  }

  /**
   * {@return the input format: the one named by {@code from}, else the file extension's, else the one whose
   * sniffer is surest}
   *
   * @throws IllegalArgumentException when {@code from} names no format
   */
  public static InputFormat format(Source source, Optional<String> from) throws InputException {
    if (from.isPresent()) {
      return InputFormats.find(from.get()).orElseThrow(() -> new IllegalArgumentException(
          "Unknown input format '" + from.get() + "'. Known: " + String.join(", ", InputFormats.names())));
    }
    String name = source.name().replaceAll("[?#].*$", "");
    String ext = extension(name);
    if (ext.equals("gz")) ext = extension(name.substring(0, name.length() - 3));
    if (!ext.isEmpty()) {
      Optional<InputFormat> byExt = InputFormats.find(ext);
      if (byExt.isPresent()) return byExt.get();
    }
    byte[] head = Arrays.copyOf(source.bytes(), Math.min(source.bytes().length, 4096));
    return InputFormats.sniff(head).orElseThrow(() -> new InputException(source.name(),
        "unknown input format; name one with --from (" + String.join(", ", InputFormats.names()) + ")"));
  }

  /** {@return the lower-case extension of a file name, without the dot, or {@code ""}} */
  public static String extension(String name) {
    String file = name.substring(name.lastIndexOf('/') + 1);
    int dot = file.lastIndexOf('.');
    return dot <= 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** {@return the source gunzipped if needed} @throws InputException when empty or binary */
  static Source checked(Source source) throws IOException {
    String name = source.name();
    byte[] bytes = gunzipIfNeeded(name, source.bytes());
    if (bytes != source.bytes()) {
      source = new Source(name, bytes, source.location(), source.baseUrl(), source.charset(), source.headerCharset());
    }
    // a web archive holds images beside its pages: its bytes are binary, and its reader checks them instead
    if (!(org.offprint.read.TextCheck.looksBinary(bytes) && isArchive(bytes))) {
      org.offprint.read.TextCheck.requireText(source, "an HTML, Markdown or text page");
    }
    return source;
  }

  private static boolean isArchive(byte[] bytes) {
    byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, 4096));
    return InputFormats.sniff(head).filter(f -> f instanceof org.offprint.read.ArchiveFormat).isPresent();
  }

  private static InputException tooLarge(String name) {
    return new InputException(name, "is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
  }

  private static byte[] readBounded(InputStream in, String name) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(MAX_BYTES + 1, Integer.MAX_VALUE - 8));
    if (bytes.length > MAX_BYTES) throw tooLarge(name);
    return bytes;
  }

  private static byte[] gunzipIfNeeded(String name, byte[] bytes) throws IOException {
    if (bytes.length < 2 || (bytes[0] & 0xFF) != 0x1F || (bytes[1] & 0xFF) != 0x8B) return bytes;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return readBounded(in, name);
    } catch (InputException e) {
      throw e;
    } catch (IOException e) {
      throw new InputException(name, "is a damaged gzip file (" + e.getMessage() + ")");
    }
  }
}
