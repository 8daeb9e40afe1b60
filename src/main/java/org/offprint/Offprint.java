package org.offprint;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.offprint.io.HttpFetcher;
import org.offprint.io.LocalResources;
import org.offprint.io.Sources;
import org.offprint.model.Book;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.read.InputException;
import org.offprint.read.Source;
import org.offprint.theme.Theme;
import org.offprint.theme.ThemeLoader;
import org.offprint.transform.Transforms;
import org.offprint.write.Format;
import org.offprint.write.Formats;
import org.offprint.write.WriteOptions;

/**
 * offprint's Java API for the common path: read an article into a {@link Document}, write it in a format.
 *
 * <pre>{@code
 * Document doc = Offprint.read(Path.of("page.html"));
 * System.out.println(doc.metadata().title());
 * try (OutputStream out = Files.newOutputStream(Path.of("page.epub"))) {
 *   Offprint.write(doc, "epub", out, Offprint.options(Path.of(".")));
 * }
 * }</pre>
 *
 * Every document read goes through the transform stage ({@link Transforms}) before it is returned, and every
 * document written goes through it again (a no-op for one read here), so a document built by hand meets the
 * same rules. Every method is thread-safe. Readers and writers report what they drop to the {@link Diagnostics} given (the
 * one-argument forms drop those reports). Nothing here reads a file or URL other than the one named, except
 * images inside the folder given to {@link #options(Path)}.
 */
public final class Offprint {
  private Offprint() {}

  /**
   * {@return the article in {@code file}}, its format taken from the extension ({@code .html}, {@code .md}, {@code .json},
   * {@code .txt}, also gzipped) or sniffed
   *
   * @throws InputException when the file is missing, empty, binary or unreadable as a page
   */
  public static Document read(Path file) throws IOException {
    return read(file, Diagnostics.IGNORE);
  }

  /** Like {@link #read(Path)}, reporting dropped content to {@code diagnostics}. */
  public static Document read(Path file, Diagnostics diagnostics) throws IOException {
    Objects.requireNonNull(file, "file");
    return read(Sources.file(file, file.toString()), diagnostics);
  }

  /**
   * {@return the article in an HTML string}
   *
   * @param location where the page lives; relative links and images resolve against it
   */
  public static Document readHtml(String html, URI location) throws IOException {
    Objects.requireNonNull(html, "html");
    Source s = Source.of(location.toString(), html.getBytes(StandardCharsets.UTF_8)).withLocation(location)
        .withCharset(StandardCharsets.UTF_8);
    return Transforms.apply(org.offprint.read.InputFormats.find("html").orElseThrow().reader().read(s,
        Diagnostics.IGNORE), s.name(), Diagnostics.IGNORE);
  }

  /** {@return the article read from a stream} @param name the input's name, whose extension tells the format */
  public static Document read(InputStream in, String name, URI location, Diagnostics diagnostics) throws IOException {
    return read(Sources.stream(in, name, location), diagnostics);
  }

  /** {@return the page at {@code url}, fetched with a 30 s timeout, at most 5 redirects and a 64 MiB limit} */
  public static Document read(URI url) throws IOException {
    HttpFetcher fetcher = new HttpFetcher(Duration.ofSeconds(30), 64L << 20, "offprint", Map.of(), true);
    return read(Sources.url(url, fetcher, url.toString()), Diagnostics.IGNORE);
  }

  /** {@return the document read from {@code source} with the reader of its format} */
  public static Document read(Source source, Diagnostics diagnostics) throws IOException {
    Document read = Sources.format(source, Optional.empty()).reader().read(source, diagnostics);
    return Transforms.apply(read, source.name(), diagnostics);
  }

  /** {@return write options with the default theme and no images} */
  public static WriteOptions options() {
    return WriteOptions.of(ThemeLoader.builtIn(ThemeLoader.DEFAULT));
  }

  /** {@return write options with the default theme that read images inside {@code folder} only} */
  public static WriteOptions options(Path folder) {
    return options().withResources(new LocalResources(List.of(folder), folder.toString(), Diagnostics.IGNORE));
  }

  /** {@return a built-in theme, or the theme in a folder} */
  public static Theme theme(String nameOrFolder) {
    return ThemeLoader.find(nameOrFolder, List.of());
  }

  /**
   * Writes {@code document} in {@code format} ({@code epub}, {@code pdf}, {@code md}, {@code html}, {@code txt})
   * with the default theme and no images. Does not close {@code out}.
   *
   * @throws IllegalArgumentException for an unknown format, naming the known ones
   */
  public static void write(Document document, String format, OutputStream out) throws IOException {
    write(document, format, out, options());
  }

  /** Writes {@code document} in {@code format} with {@code options}. Does not close {@code out}. */
  public static void write(Document document, String format, OutputStream out, WriteOptions options)
      throws IOException {
    Formats.get(format).writer(options).write(Transforms.apply(document, "document", options.diagnostics()), out);
  }

  /**
   * Writes a whole book in {@code format}. Does not close {@code out}.
   *
   * @throws IllegalArgumentException when the format is unknown or cannot bind books
   */
  public static void write(Book book, String format, OutputStream out, WriteOptions options) throws IOException {
    Format f = Formats.get(format);
    f.bookWriter(options).orElseThrow(() -> new IllegalArgumentException("The " + f.name() + " format cannot bind books"))
        .write(Transforms.apply(book, options.diagnostics()), out);
  }
}
