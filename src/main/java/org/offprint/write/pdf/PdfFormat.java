package org.offprint.write.pdf;

import java.util.List;
import java.util.Optional;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.BadOptionException;
import org.offprint.write.BookWriter;
import org.offprint.write.DocumentWriter;
import org.offprint.write.NamedFormat;
import org.offprint.write.FormatOption;
import org.offprint.write.FormatSettings;
import org.offprint.write.WebLinks;
import org.offprint.write.WriteOptions;

/** The {@code pdf} output format, registered with {@link java.util.ServiceLoader}. */
public final class PdfFormat extends NamedFormat {
  /** {@code --page-size SIZE}: instead of the theme's. */
  public static final FormatOption PAGE_SIZE = FormatOption.text("--page-size", "SIZE",
      "PDF page size: A4, A5, Letter or WxH with mm, cm, in or pt, e.g. 6x9in (default: the theme's).", size -> {
        try {
          ThemeLoader.PageSizes.parse(size);
        } catch (IllegalArgumentException e) {
          throw new BadOptionException("--page-size " + e.getMessage());
        }
      });

  /** {@code --pdfa}: a PDF/A-2a file. */
  public static final FormatOption PDFA = FormatOption.flag("--pdfa",
      "PDF: make a PDF/A-2a file for archiving (every PDF is tagged PDF/UA-1).");

  public PdfFormat() {
    super("pdf", List.of(), "pdf",
        "PDF typeset with the theme's fonts, outline, notes and page numbers");
  }

  @Override
  public List<FormatOption> options() {
    return List.of(PAGE_SIZE, PDFA, WebLinks.LINK_LIST);
  }

  @Override
  public DocumentWriter writer(WriteOptions options, FormatSettings settings) {
    return build(options, settings);
  }

  @Override
  public Optional<BookWriter> bookWriter(WriteOptions options, FormatSettings settings) {
    return Optional.of(build(options, settings)::writeBook);
  }

  private static PdfWriter build(WriteOptions options, FormatSettings settings) {
    PdfWriter.Builder b = PdfWriter.builder(options).pdfa(settings.flag(PDFA.name()))
        .linkList(settings.flag(WebLinks.LINK_LIST.name()));
    Optional<String> size = settings.text(PAGE_SIZE.name());
    size.ifPresent(b::pageSize);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      // The size parsed, but the theme's margins leave no room on it: the option is wrong, not the program.
      throw new BadOptionException("--page-size " + size.orElse("") + ": " + e.getMessage());
    }
  }
}
