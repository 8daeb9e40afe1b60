package org.offprint.write.epub;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.offprint.write.BadOptionException;
import org.offprint.write.BookWriter;
import org.offprint.write.DocumentWriter;
import org.offprint.write.NamedFormat;
import org.offprint.write.FormatOption;
import org.offprint.write.FormatSettings;
import org.offprint.write.WriteOptions;

/** The {@code epub} output format: an EPUB 3.3 book with an EPUB 2 NCX. Registered as a service. */
public final class EpubFormat extends NamedFormat {
  /** {@code --cover IMAGE}: the cover, instead of the lead image or one drawn from the theme. */
  public static final FormatOption COVER = FormatOption.file("--cover", "IMAGE",
      "EPUB cover image (default: the lead image when large enough, else one drawn from the theme).",
      "the cover image");

  /** {@code --toc-depth N}: heading levels in the table of contents. */
  public static final FormatOption TOC_DEPTH = FormatOption.number("--toc-depth", "N",
      "EPUB: heading levels in the table of contents (default: 2).", n -> {
        if (n < 1 || n > 6) throw new BadOptionException("--toc-depth must be 1 to 6");
      });

  public EpubFormat() {
    super("epub", List.of(), "epub",
        "EPUB 3 e-book (with an EPUB 2 table of contents), theme fonts embedded, EPUBCheck-clean");
  }

  @Override
  public List<FormatOption> options() {
    return List.of(COVER, TOC_DEPTH);
  }

  @Override
  public DocumentWriter writer(WriteOptions options, FormatSettings settings) throws IOException {
    return build(options, settings);
  }

  @Override
  public Optional<BookWriter> bookWriter(WriteOptions options, FormatSettings settings) throws IOException {
    return Optional.of(build(options, settings)::writeBook);
  }

  private static EpubWriter build(WriteOptions options, FormatSettings settings) throws IOException {
    EpubWriter.Builder b = EpubWriter.builder(options);
    Optional<byte[]> cover = settings.file(COVER.name());
    if (cover.isPresent()) b.coverImage(cover.get());
    settings.number(TOC_DEPTH.name()).ifPresent(b::tocDepth);
    settings.metaInf().forEach(b::metaInf);
    if (!settings.chapterNumbers().isEmpty()) b.chapterNumbers(settings.chapterNumbers());
    settings.earlierEdition().ifPresent(b::earlierEdition);
    b.cache(settings.cache());
    return b.build();
  }
}
