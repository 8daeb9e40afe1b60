package org.offprint.write.markdown;

import java.util.List;
import java.util.Optional;
import org.offprint.write.BadOptionException;
import org.offprint.write.BookWriter;
import org.offprint.write.DocumentWriter;
import org.offprint.write.NamedFormat;
import org.offprint.write.FormatOption;
import org.offprint.write.FormatSettings;
import org.offprint.write.WriteOptions;

/** The {@code md} (alias {@code markdown}) output format: {@link MarkdownWriter} with its defaults. */
public final class MarkdownFormat extends NamedFormat {
  /** {@code --reference-links}. */
  public static final FormatOption REFERENCE_LINKS = FormatOption.flag("--reference-links",
      "Markdown: reference-style links instead of inline ones.");

  /** {@code --wrap N}: hard wrapping. */
  public static final FormatOption WRAP = FormatOption.number("--wrap", "N",
      "Markdown: wrap lines at N columns (default: no wrapping).", n -> {
        if (n < 20) throw new BadOptionException("--wrap must be at least 20 columns");
      });

  /** {@code --inline-images}: images as data: URIs. */
  public static final FormatOption INLINE_IMAGES = FormatOption.flag("--inline-images",
      "Markdown: put images inside the file as data: URIs.");

  /** {@code --remote-images}: remote images as links to their URLs. */
  public static final FormatOption REMOTE_IMAGES = FormatOption.flag("--remote-images",
      "Markdown: keep remote images as links to their URLs.");

  public MarkdownFormat() {
    super("md", List.of("markdown"), "md",
        "CommonMark with GFM tables and footnotes, YAML front matter");
  }

  @Override
  public List<FormatOption> options() {
    return List.of(REFERENCE_LINKS, WRAP, INLINE_IMAGES, REMOTE_IMAGES);
  }

  @Override
  public DocumentWriter writer(WriteOptions options, FormatSettings settings) {
    return build(options, settings);
  }

  @Override
  public Optional<BookWriter> bookWriter(WriteOptions options, FormatSettings settings) {
    return Optional.of(build(options, settings)::writeBook);
  }

  private static MarkdownWriter build(WriteOptions options, FormatSettings settings) {
    MarkdownWriter.Builder b = MarkdownWriter.builder(options).referenceLinks(settings.flag(REFERENCE_LINKS.name()))
        .inlineImages(settings.flag(INLINE_IMAGES.name())).remoteImages(settings.flag(REMOTE_IMAGES.name()));
    settings.number(WRAP.name()).ifPresent(b::wrap);
    return b.build();
  }
}
