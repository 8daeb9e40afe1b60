package org.offprint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.offprint.read.InputException;
import org.offprint.write.BookWriter;
import org.offprint.write.DocumentWriter;
import org.offprint.write.Format;
import org.offprint.write.WriteOptions;
import org.offprint.write.epub.EpubWriter;
import org.offprint.write.html.HtmlWriter;
import org.offprint.write.markdown.MarkdownWriter;
import org.offprint.write.pdf.PdfWriter;
import org.offprint.write.text.TextWriter;
import picocli.CommandLine.Option;

/**
 * Options that only some writers take, and the one place that hands them to those writers' builders. Formats
 * not named here are built through the {@link Format} registry with the common options only.
 */
final class WriterOptions {
  @Option(names = "--cover", paramLabel = "IMAGE", description = "EPUB cover image (default: the lead image when large enough, else one drawn from the theme).")
  Path cover;

  /** The folder a relative --cover is found in: the run's. */
  Path folder = Path.of("");

  @Option(names = "--toc-depth", paramLabel = "N", description = "EPUB: heading levels in the table of contents (default: 2).")
  Integer tocDepth;

  @Option(names = "--page-size", paramLabel = "SIZE", description = "PDF page size: A4, A5, Letter or WxH with mm, cm, in or pt, e.g. 6x9in (default: the theme's).")
  String pageSize;

  @Option(names = "--pdfa", description = "PDF: make a PDF/A-2a file for archiving (every PDF is tagged PDF/UA-1).")
  boolean pdfa;

  @Option(names = "--link-list", description = "PDF and text: list the external links' URLs at the end.")
  boolean linkList;

  @Option(names = "--figures", description = "Text: keep figures, as an [Image: alt] line and the caption (default: left out).")
  boolean figures;

  @Option(names = "--self-contained", description = "HTML: put images and fonts inside the file as data: URIs (the default).")
  boolean selfContained;

  @Option(names = "--side-files", description = "HTML: write images and fonts beside the file, in <name>.assets/, instead of inside it.")
  boolean sideFiles;

  @Option(names = "--reference-links", description = "Markdown: reference-style links instead of inline ones.")
  boolean referenceLinks;

  @Option(names = "--wrap", paramLabel = "N", description = "Markdown: wrap lines at N columns (default: no wrapping).")
  Integer wrap;

  @Option(names = "--inline-images", description = "Markdown: put images inside the file as data: URIs.")
  boolean inlineImages;

  @Option(names = "--remote-images", description = "Markdown: keep remote images as links to their URLs.")
  boolean remoteImages;

  /** Files the EPUB writer adds under META-INF/ (bundle --update's record); set by the command, not an option. */
  final java.util.Map<String, byte[]> epubMetaInf = new java.util.TreeMap<>();

  private byte[] coverBytes() throws IOException {
    try {
      return Files.readAllBytes(folder.resolve(cover));
    } catch (IOException e) {
      throw new InputException(cover.toString(), "cannot read the cover image (" + Outputs.describe(e) + ")");
    }
  }

  private void check() {
    if (tocDepth != null && (tocDepth < 1 || tocDepth > 6)) throw new UsageException("--toc-depth must be 1 to 6");
    if (wrap != null && wrap < 20) throw new UsageException("--wrap must be at least 20 columns");
    if (pageSize != null) {
      try {
        org.offprint.theme.ThemeLoader.PageSizes.parse(pageSize);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--page-size " + e.getMessage());
      }
    }
  }

  /** {@return the writer of one document in {@code format}, with these options applied where they fit} */
  DocumentWriter writer(Format format, WriteOptions options) throws IOException {
    check();
    switch (format.name()) {
      case "epub": return epub(options);
      case "pdf": return pdf(options);
      case "html": return HtmlWriter.builder(options).sideFiles(sideFiles && !selfContained).build();
      case "md": return markdown(options);
      case "txt": return TextWriter.builder(options).linkList(linkList).figures(figures).build();
      default: return format.writer(options);
    }
  }

  /** {@return the writer of whole books in {@code format}, if the format binds books} */
  Optional<BookWriter> bookWriter(Format format, WriteOptions options) throws IOException {
    check();
    switch (format.name()) {
      case "epub": return Optional.of(epub(options)::writeBook);
      case "pdf": return Optional.of(pdf(options)::writeBook);
      case "html": return Optional.of(HtmlWriter.builder(options).sideFiles(sideFiles && !selfContained).build()::writeBook);
      case "md": return Optional.of(markdown(options)::writeBook);
      case "txt": return Optional.of(TextWriter.builder(options).linkList(linkList).figures(figures).build()::writeBook);
      default: return format.bookWriter(options);
    }
  }

  private EpubWriter epub(WriteOptions options) throws IOException {
    EpubWriter.Builder b = EpubWriter.builder(options);
    if (cover != null) b.coverImage(coverBytes());
    if (tocDepth != null) b.tocDepth(tocDepth);
    epubMetaInf.forEach(b::metaInf);
    return b.build();
  }

  private PdfWriter pdf(WriteOptions options) {
    PdfWriter.Builder b = PdfWriter.builder(options).pdfa(pdfa).linkList(linkList);
    if (pageSize != null) b.pageSize(pageSize);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      // The size parsed, but the theme's margins leave no room on it: the option is wrong, not the program.
      throw new UsageException("--page-size " + pageSize + ": " + e.getMessage());
    }
  }

  private MarkdownWriter markdown(WriteOptions options) {
    MarkdownWriter.Builder b = MarkdownWriter.builder(options).referenceLinks(referenceLinks)
        .inlineImages(inlineImages).remoteImages(remoteImages);
    if (wrap != null) b.wrap(wrap);
    return b.build();
  }
}
