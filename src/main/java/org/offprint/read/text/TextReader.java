package org.offprint.read.text;

import java.io.IOException;
import java.util.Objects;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.read.DocumentReader;
import org.offprint.read.Source;
import org.offprint.read.TextDecoding;

/**
 * Reads a scraped text dump: the title from the first line that is not site chrome; a dateline
 * ({@code BERLIN, 4 March 2023, Example Institute.}) and a byline turned into metadata (place in
 * {@code extra.place}); paragraphs from blank lines, or from line lengths when the dump is hard-wrapped; NBSP runs
 * and stray whitespace normalised; quotations, list items and sub-headings recognised; the site chrome before
 * and after the article dropped (share lines, related-posts headings and teasers, tags, comments, subscribe
 * prompts, navigation), by general cues rather than one site's phrases.
 *
 * <pre>{@code
 * Document doc = TextReader.create().read(Source.of("page.txt", bytes), diagnostics);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TextReader implements DocumentReader {
  private TextReader() {}

  /** {@return a reader} */
  public static TextReader create() {
    return new TextReader();
  }

  /** @throws org.offprint.read.InputException when the input is empty or binary */
  @Override
  public Document read(Source source, Diagnostics diagnostics) throws IOException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(diagnostics, "diagnostics");
    String text = TextDecoding.decode(source, "text");
    Article article = new Article(Units.of(text));
    Document doc = article.document();
    int[] d = article.dropped();
    if (d[0] + d[1] + d[2] > 0) {
      diagnostics.info(source.name(), "dropped site chrome: " + d[0] + " lines before the title, " + d[1]
          + " inside the article, " + d[2] + " after it");
    }
    if (doc.blocks().isEmpty()) diagnostics.warn(source.name(), "no article text found");
    return doc;
  }
}
