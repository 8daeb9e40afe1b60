package org.offprint.write.text;

import java.util.List;
import java.util.Optional;
import org.offprint.write.BookWriter;
import org.offprint.write.DocumentWriter;
import org.offprint.write.NamedFormat;
import org.offprint.write.FormatOption;
import org.offprint.write.FormatSettings;
import org.offprint.write.WebLinks;
import org.offprint.write.WriteOptions;

/** The {@code txt} (alias {@code text}) output format: {@link TextWriter} with its defaults. */
public final class TextFormat extends NamedFormat {
  /** {@code --figures}: keep figures as an [Image: alt] line and the caption. */
  public static final FormatOption FIGURES = FormatOption.flag("--figures",
      "Text: keep figures, as an [Image: alt] line and the caption (default: left out).");

  public TextFormat() {
    super("txt", List.of("text"), "txt",
        "plain UTF-8 text: title, byline, paragraphs, lists, notes");
  }

  @Override
  public List<FormatOption> options() {
    return List.of(WebLinks.LINK_LIST, FIGURES);
  }

  @Override
  public DocumentWriter writer(WriteOptions options, FormatSettings settings) {
    return build(options, settings);
  }

  @Override
  public Optional<BookWriter> bookWriter(WriteOptions options, FormatSettings settings) {
    return Optional.of(build(options, settings)::writeBook);
  }

  private static TextWriter build(WriteOptions options, FormatSettings settings) {
    return TextWriter.builder(options).linkList(settings.flag(WebLinks.LINK_LIST.name()))
        .figures(settings.flag(FIGURES.name())).build();
  }
}
