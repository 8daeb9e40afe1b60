package org.offprint.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.read.Archive;
import org.offprint.read.ArchiveFormat;
import org.offprint.read.InputFormat;
import org.offprint.read.Source;
import org.offprint.transform.Transforms;

/**
 * Reads one input into a document, the same way for every command: its reader, then the transform stage
 * ({@link Transforms}), so every command writes, prints or binds a document that went through the same steps.
 */
final class Reading {
  private Reading() {}

  /**
   * An input read: its source and its document, and the web archive it came from, whose files its images are.
   *
   * @param source the page's source (for an archive, the archived page, located at its URL)
   */
  record Read(Source source, Document document, Optional<Archive> archive) {
    Read(Source source, Document document) {
      this(source, document, Optional.empty());
    }
  }

  /**
   * {@return the input read}: for a web archive, the page {@code --url} names, else its first page (with a warning
   * when it holds more than one)
   */
  static Read read(String input, ReadOptions options, Invocation run, Diagnostics diagnostics) throws IOException {
    Source source = options.apply(Inputs.load(input, run, options));
    InputFormat format = Inputs.format(source, options.from);
    if (format instanceof ArchiveFormat archived) {
      Archive archive = archived.open(source);
      for (String s : archive.skipped()) diagnostics.warn(input, s);
      Archive.Page page = archive.page(Optional.ofNullable(options.url));
      if (options.url == null && archive.pages().size() > 1) {
        diagnostics.warn(input, "holds " + archive.pages().size() + " HTML pages; read the first, " + page.url()
            + " (choose one with --url, or bind them all with 'offprint bundle')");
      }
      return new Read(page.source(), transformed(archive.read(page, diagnostics), page.source(), diagnostics),
          Optional.of(archive));
    }
    checkNoUrl(input, options);
    return new Read(source, read(format, source, diagnostics));
  }

  /** {@return every page of the input: each page of a web archive in its order, else the one article} */
  static List<Read> readPages(String input, ReadOptions options, Invocation run, Diagnostics diagnostics)
      throws IOException {
    return readPages(Inputs.load(input, run, options), input, options, diagnostics);
  }

  /** As {@link #readPages(String, ReadOptions, Invocation, Diagnostics)}, for an input already loaded */
  static List<Read> readPages(Source loaded, String input, ReadOptions options, Diagnostics diagnostics)
      throws IOException {
    Source source = options.apply(loaded);
    InputFormat format = Inputs.format(source, options.from);
    if (!(format instanceof ArchiveFormat archived)) {
      checkNoUrl(input, options);
      return List.of(new Read(source, read(format, source, diagnostics)));
    }
    Archive archive = archived.open(source);
    for (String s : archive.skipped()) diagnostics.warn(input, s);
    List<Archive.Page> pages = options.url == null ? archive.pages()
        : List.of(archive.page(Optional.of(options.url)));
    List<Read> out = new ArrayList<>();
    for (Archive.Page p : pages) {
      out.add(new Read(p.source(), transformed(archive.read(p, diagnostics), p.source(), diagnostics),
          Optional.of(archive)));
    }
    return out;
  }

  /** {@return the document in {@code source} read by {@code format}'s reader, then transformed} */
  static Document read(InputFormat format, Source source, Diagnostics diagnostics) throws IOException {
    return transformed(format.reader().read(source, diagnostics), source, diagnostics);
  }

  private static Document transformed(Document read, Source source, Diagnostics diagnostics) {
    return Transforms.apply(read, source.name(), diagnostics);
  }

  private static void checkNoUrl(String input, ReadOptions options) {
    if (options.url != null) {
      throw new UsageException("--url chooses a page in a web archive (.warc, .mhtml), and " + input + " is not one");
    }
  }
}
