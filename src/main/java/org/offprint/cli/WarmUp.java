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
import org.offprint.model.Document;
import org.offprint.theme.Theme;
import org.offprint.write.Format;
import org.offprint.write.WriteOptions;

/**
 * Shortens a one-shot command by doing its one-time work early, on a second core. While picocli reads the
 * arguments, a small built-in article is read, which loads and initialises the HTML reader; once the formats are
 * known, that article is written in each of them, which loads the writers, draws a cover and packs the theme's
 * fonts into the writers' caches. The real input is read only after the reader's warm-up has ended and written
 * only after the writers' has, so no class is ever initialised by two threads at once; and the caches hold
 * nothing that depends on the article that filled them, so the output is the same bytes with or without it.
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

  private static volatile CompletableFuture<Document> reader;
  private static volatile CompletableFuture<Void> writers;

  private WarmUp() {}

  /** Starts reading the built-in article. */
  static void startReader() {
    reader = CompletableFuture.supplyAsync(WarmUp::read, THREAD);
  }

  /** Once the reader's warm-up is done, writes its article in each format, to nowhere. */
  static void startWriters(List<Format> formats, Theme theme, WriterOptions options) {
    CompletableFuture<Document> read = reader;
    if (read == null) return;
    WriteOptions quiet = WriteOptions.of(theme).withOutputName("warm-up");
    writers =
        read.thenAcceptAsync(
            document -> {
              for (Format format : formats) {
                try {
                  options.writer(format, quiet).write(document, OutputStream.nullOutputStream());
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
