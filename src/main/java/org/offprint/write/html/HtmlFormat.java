package org.offprint.write.html;

import java.util.List;
import java.util.Optional;
import org.offprint.write.BookWriter;
import org.offprint.write.DocumentWriter;
import org.offprint.write.NamedFormat;
import org.offprint.write.FormatOption;
import org.offprint.write.FormatSettings;
import org.offprint.write.WriteOptions;

/** The {@code html} output format: one standalone HTML5 file. Registered as a service. */
public final class HtmlFormat extends NamedFormat {
  /** {@code --self-contained}: images and fonts inside the file (the default; wins over --side-files). */
  public static final FormatOption SELF_CONTAINED = FormatOption.flag("--self-contained",
      "HTML: put images and fonts inside the file as data: URIs (the default).");

  /** {@code --side-files}: images and fonts beside the file. */
  public static final FormatOption SIDE_FILES = FormatOption.flag("--side-files",
      "HTML: write images and fonts beside the file, in <name>.assets/, instead of inside it.");

  public HtmlFormat() {
    super("html", List.of("htm"), "html",
        "standalone HTML5 file, theme CSS inlined, light and dark scheme, no script");
  }

  @Override
  public List<FormatOption> options() {
    return List.of(SELF_CONTAINED, SIDE_FILES);
  }

  @Override
  public DocumentWriter writer(WriteOptions options, FormatSettings settings) {
    return build(options, settings);
  }

  @Override
  public Optional<BookWriter> bookWriter(WriteOptions options, FormatSettings settings) {
    return Optional.of(build(options, settings)::writeBook);
  }

  private static HtmlWriter build(WriteOptions options, FormatSettings settings) {
    boolean side = settings.flag(SIDE_FILES.name()) && !settings.flag(SELF_CONTAINED.name());
    HtmlWriter.Builder b = HtmlWriter.builder(options).sideFiles(side);
    if (!settings.chapterNumbers().isEmpty()) b.chapterNumbers(settings.chapterNumbers());
    return b.build();
  }
}
