package org.offprint.write.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.offprint.model.Document;
import org.offprint.model.Footnote;
import org.offprint.model.Metadata;
import org.offprint.write.Labels;
import org.offprint.write.DocumentWriter;
import org.offprint.write.BookProgress;
import org.offprint.write.WriteOptions;

/**
 * Writes a document as plain UTF-8 text: the title, a byline (authors · date · site), then the body with blank
 * lines between paragraphs, bulleted and numbered lists, indented quotes, code as is, tables as aligned columns,
 * and footnotes at the end. Figures are left out: a text file cannot show the picture, and a caption without its
 * picture reads as a stray line (extractors such as trafilatura leave them out of text too); with
 * {@link Builder#figures} each figure is an {@code [Image: alt]} line followed by its caption. With
 * {@link Builder#linkList} every link is followed by {@code [n]} and the URLs are listed at the end.
 *
 * <pre>{@code
 * TextWriter.builder(WriteOptions.of(theme)).linkList(true).build().write(document, out);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TextWriter implements DocumentWriter {
  private final boolean linkList;
  private final boolean figures;
  private final BookProgress progress;
  private final org.offprint.model.Diagnostics diagnostics;

  private TextWriter(Builder b) {
    this.diagnostics = b.diagnostics;
    this.linkList = b.linkList;
    this.figures = b.figures;
    this.progress = b.progress;
  }

  /** {@return a builder; text output uses no theme, only the options' progress listener} */
  public static Builder builder(WriteOptions options) {
    Objects.requireNonNull(options, "options");
    return new Builder(options.progress(), options.diagnostics());
  }

  @Override
  public void write(Document document, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(render(document).getBytes(StandardCharsets.UTF_8));
  }

  /** {@return the text for {@code document}} */
  public String render(Document document) {
    Objects.requireNonNull(document, "document");
    TextOutput out = new TextOutput();
    Map<String, Integer> notes = document.noteNumbers();
    int noteCount = document.footnotes().size();
    List<String> links = linkList ? new ArrayList<>() : null;
    InlineText inlines = new InlineText(notes, links, noteCount);
    header(document.metadata(), out);
    TextBlocks blocks = new TextBlocks(out, inlines, figures);
    blocks.render(document.blocks());
    if (!document.footnotes().isEmpty()) {
      out.write(Labels.of(document.metadata().language()).get(Labels.Key.NOTES));
      out.block();
      for (int n = 1; n <= noteCount; n++) {
        Footnote f = document.footnotes().get(n - 1);
        String marker = "[" + n + "] ";
        out.pushPrefix(marker, " ".repeat(marker.length()));
        out.compact(true);
        blocks.render(f.content());
        out.compact(false);
        out.popPrefix();
      }
      out.block();
    }
    if (links != null && !links.isEmpty()) {
      out.write(Labels.of(document.metadata().language()).get(Labels.Key.LINKS));
      out.block();
      out.compact(true);
      for (int i = 0; i < links.size(); i++) {
        out.write("[" + (noteCount + i + 1) + "] " + links.get(i));
        out.endLine();
      }
      out.compact(false);
      out.block();
    }
    return out.result();
  }

  /**
   * Writes a whole book as text: the book's header, a contents list, then each article (its parts' titles in
   * capitals between them), articles separated by a line of asterisks.
   */
  public void writeBook(org.offprint.model.Book book, OutputStream out) throws IOException {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(out, "out");
    StringBuilder sb = new StringBuilder();
    TextOutput head = new TextOutput();
    header(book.metadata(), head);
    Map<Integer, String> parts = new java.util.HashMap<>();
    for (org.offprint.model.Book.Part p : book.parts()) parts.put(p.start(), p.title().strip());
    head.write(Labels.of(book.metadata().language().isBlank() && !book.documents().isEmpty()
        ? book.documents().get(0).metadata().language() : book.metadata().language()).get(Labels.Key.CONTENTS));
    head.block();
    head.compact(true);
    for (int i = 0; i < book.documents().size(); i++) {
      String part = parts.getOrDefault(i, "");
      if (!part.isEmpty()) {
        head.write(part);
        head.endLine();
      }
      head.write((parts.values().stream().anyMatch(t -> !t.isEmpty()) ? "  " : "") + (i + 1) + ". "
          + book.documents().get(i).metadata().title());
      head.endLine();
    }
    head.compact(false);
    head.block();
    sb.append(head.result());
    for (int i = 0; i < book.documents().size(); i++) {
      String part = parts.getOrDefault(i, "");
      sb.append(i == 0 ? "\n" : "\n* * *\n\n");
      if (!part.isEmpty()) sb.append(part.toUpperCase(java.util.Locale.ROOT)).append("\n\n");
      sb.append(render(book.documents().get(i)));
      progress.step(i + 1, book.documents().size());
    }
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void header(Metadata m, TextOutput out) {
    boolean any = false;
    // title and subtitle come on one line and trimmed (the transform stage)
    if (!m.title().isEmpty()) {
      out.write(m.title());
      out.endLine();
      any = true;
    }
    if (!m.subtitle().isEmpty()) {
      out.write(m.subtitle());
      out.endLine();
      any = true;
    }
    List<String> byline = new ArrayList<>();
    if (!m.authors().isEmpty()) byline.add(String.join(", ", m.authors()));
    m.publishedDate().map(d -> date(d, m.language())).ifPresent(byline::add);
    if (!m.site().isBlank()) byline.add(m.site().strip());
    if (!byline.isEmpty()) {
      out.write(String.join(" · ", byline));
      out.endLine();
      any = true;
    }
    if (any) out.block();
  }

  /** The date in the document's language ("4 March 2023", "4 марта 2023 г."), ISO when the language is unknown. */
  private static String date(LocalDate d, String language) {
    if (language.isBlank()) return d.toString();
    Locale locale = Locale.forLanguageTag(language);
    return Optional.of(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(d))
        .orElse(d.toString());
  }

  /** Builds a {@link TextWriter}. Not thread-safe. */
  public static final class Builder {
    private final BookProgress progress;
    private final org.offprint.model.Diagnostics diagnostics;
    private boolean linkList;
    private boolean figures;

    private Builder(BookProgress progress, org.offprint.model.Diagnostics diagnostics) {
      this.progress = progress;
      this.diagnostics = diagnostics;
    }

    /** Numbers links {@code [n]} in the text and lists their URLs at the end; defaults to {@code false}. */
    public Builder linkList(boolean on) {
      linkList = on;
      return this;
    }

    /** Writes each figure as an {@code [Image: alt]} line and its caption; defaults to {@code false}. */
    public Builder figures(boolean on) {
      figures = on;
      return this;
    }

    /** {@return the writer} */
    public TextWriter build() {
      return new TextWriter(this);
    }
  }
}
