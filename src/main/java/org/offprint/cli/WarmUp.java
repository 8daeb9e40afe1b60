package org.offprint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.offprint.Offprint;
import org.offprint.model.Block;
import org.offprint.model.CodeBlock;
import org.offprint.model.Document;
import org.offprint.model.Emphasis;
import org.offprint.model.Footnote;
import org.offprint.model.Link;
import org.offprint.model.ListBlock;
import org.offprint.model.Metadata;
import org.offprint.model.NoteRef;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Strong;
import org.offprint.model.Table;
import org.offprint.model.Text;
import org.offprint.theme.Theme;
import org.offprint.write.Format;
import org.offprint.write.WriteOptions;

/**
 * Shortens a one-shot command by doing its one-time work early, on the second core, when it is free. While picocli reads the
 * arguments, a small built-in page is read, which loads and initialises the HTML reader; as soon as the formats
 * are known, a small built-in article is written in each of them, which loads the writers, draws a cover and
 * packs the theme's fonts into the writers' caches. The real input is read only after the reader's warm-up has
 * ended and written only after the writers' has, so no class of the reader or of a writer is initialised by two
 * threads at once (the two warm-ups share only the model, whose records have no static state but one constant);
 * and the caches hold nothing that depends on the article that filled them, so the output is the same bytes with
 * or without the warm-up.
 *
 * <p>Only {@link Main} starts it: tests and the Java API never see a second thread, and every method here is a
 * no-op until {@link #startReader()} has run.
 */
final class WarmUp {
  private static final Executor THREAD =
      task -> {
        Thread t = new Thread(task, "offprint-warm-up");
        t.setDaemon(true);
        t.start();
      };

  /**
   * {@return a short article with the common kinds of block, for the writers' warm-up} Made when needed, not in
   * this class's initialiser: every convert loads this class, and its lambdas cost a cold JVM about 8 ms of CPU.
   */
  private static Document article() {
    return new Document(
        Metadata.builder().title("A short note on start-up").authors(List.of("Ada Example"))
            .site("The Warm-up Gazette").published("2026-01-12").language("en").build(),
        List.of(
            new Paragraph(List.of(new Text("Read and written once, "), Emphasis.of("early"), new Text(", with "),
                Strong.of("bold"), new Text(" text, a "), new Link("https://example.org/", "",
                    List.of(new Text("link"))), new Text(" and a note."), new NoteRef("n1"))),
            Block.heading(2, "What it holds", "what-it-holds"),
            new ListBlock(false, 1, List.of(new ListBlock.Item(List.of(Block.paragraph("one item"))),
                new ListBlock.Item(List.of(Block.paragraph("another item"))))),
            new Quote(List.of(Block.paragraph("A quotation, set apart.")), List.of()),
            new Table(List.of(), List.of(new Table.Row(List.of(Table.Cell.of("Year"), Table.Cell.of("Pages")))),
                List.of(new Table.Row(List.of(Table.Cell.of("2026"), Table.Cell.of("14"))))),
            new CodeBlock("java", "System.out.println(\"hello\");"),
            Block.paragraph("One more paragraph of ordinary prose, long enough to wrap over a line or two.")),
        List.of(new Footnote("n1", List.of(Block.paragraph("A note at the end.")))));
  }

  private static volatile CompletableFuture<Document> reader;
  private static volatile CompletableFuture<Void> writers;

  private WarmUp() {}

  /**
   * {@return whether a core is likely free for the warm-up: more than one, and the system's load average of the
   * last minute below their number less one} On a busy machine the warm-up only adds work: a cold convert to EPUB
   * took 1.10 s with it and 0.91 s without at a load of 11 on two cores (hyperfine, 20 runs each), 70 ms more CPU.
   *
   * @param loadAverage the load average of the last minute, or a negative number when unknown (then the number
   *     of cores decides alone)
   */
  static boolean spareCore(double loadAverage, int cores) {
    return cores > 1 && loadAverage < cores - 1;
  }

  /** {@return the load average of the last minute from /proc/loadavg, or -1 where there is none} */
  static double loadAverage() {
    try {
      String s = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg")),
          StandardCharsets.US_ASCII);
      int space = s.indexOf(' ');
      return Double.parseDouble(space < 0 ? s.strip() : s.substring(0, space));
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Starts reading the built-in article. */
  static void startReader() {
    reader = CompletableFuture.supplyAsync(WarmUp::read, THREAD);
  }

  /** Writes the built-in article in each format, to nowhere, beside the reader's warm-up. */
  static void startWriters(List<Format> formats, Theme theme, WriterOptions options) {
    if (reader == null) return;
    WriteOptions quiet = WriteOptions.of(theme).withOutputName("warm-up");
    writers =
        CompletableFuture.runAsync(
            () -> {
              Document article = article();
              for (Format format : formats) {
                try {
                  options.writer(format, quiet).write(article, OutputStream.nullOutputStream());
                } catch (IOException | RuntimeException e) {
                  // the real write meets and reports whatever went wrong here
                }
              }
            },
            THREAD);
  }

  /** Waits for the reader's warm-up, if one runs. */
  static void awaitReader() {
    await(reader);
  }

  /** Waits for the writers' warm-up, if one runs. */
  static void awaitWriters() {
    await(writers);
  }

  private static void await(CompletableFuture<?> task) {
    if (task == null) return;
    try {
      task.join();
    } catch (RuntimeException e) {
      // a failed warm-up only means the real work does the loading itself
    }
  }

  /** {@return the built-in article, read} */
  static Document read() {
    try (InputStream in = WarmUp.class.getResourceAsStream("warm-up.html")) {
      if (in == null) throw new IOException("warm-up.html is missing from the jar");
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Offprint.readHtml(html, URI.create("https://example.org/2026/01/start-up"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
