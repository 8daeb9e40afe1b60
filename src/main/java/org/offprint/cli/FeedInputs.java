package org.offprint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.offprint.bundle.Manifest;
import org.offprint.read.InputException;
import org.offprint.read.Source;
import org.offprint.read.feed.Feed;
import org.offprint.read.feed.FeedReader;

/**
 * Finds the feeds among bundle inputs, by content, and puts their items in their place: a file named on the
 * command line or in a manifest whose first bytes are RSS, Atom or JSON Feed, and any URL input (fetched once,
 * politely; a page keeps its fetched bytes for reading). Files found in folders and globs are pages.
 */
final class FeedInputs {
  private FeedInputs() {}

  /**
   * The inputs with each feed replaced by its items.
   *
   * @param feeds the feeds found, in input order, with the names they were given as
   * @param feedFiles the local feed files read (which the output must not overwrite)
   */
  record Expanded(List<BundleInputs.Entry> entries, List<Named> feeds, List<Path> feedFiles) {}

  /** A feed and its input's name. */
  record Named(String name, Feed feed) {}

  /**
   * {@return {@code entries} with feeds expanded into their items}, each feed cut to {@code since} and {@code max}
   *
   * @param knownPage true for a URL the book already holds as a page: it is not fetched again to be sniffed
   */
  static Expanded expand(List<BundleInputs.Entry> entries, Invocation run, ReadOptions read,
      Optional<LocalDate> since, Optional<Integer> max, Predicate<String> knownPage) throws IOException {
    List<Probe> probes = new ArrayList<>();
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), entries.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "offprint-probe");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Probe>> futures = new ArrayList<>();
      for (BundleInputs.Entry e : entries) futures.add(pool.submit(() -> probe(e, run, read, knownPage)));
      for (Future<Probe> f : futures) probes.add(get(f));
    } finally {
      pool.shutdownNow();
    }
    List<BundleInputs.Entry> out = new ArrayList<>();
    List<Named> feeds = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (Probe p : probes) {
      if (p.feed.isEmpty()) {
        out.add(p.entry);
        continue;
      }
      BundleInputs.Entry e = p.entry;
      Feed feed = p.feed.get().select(since, max);
      feeds.add(new Named(e.name(), feed));
      if (e.item().kind() != Manifest.Kind.URL) files.add(run.path(e.item().ref()).toAbsolutePath().normalize());
      // Oldest first, undated last, else as the feed lists them: new items then come after those a book has.
      List<Feed.Item> byDate = new ArrayList<>(feed.items());
      byDate.sort(java.util.Comparator.comparing((Feed.Item i) -> i.published().isEmpty() ? "~"
          : java.time.OffsetDateTime.parse(i.published()).toInstant().toString()));
      for (Feed.Item item : byDate) {
        String name = !item.link().isEmpty() ? item.link() : e.name() + " item " + (feed.items().indexOf(item) + 1);
        Manifest.Item m = new Manifest.Item(Manifest.Kind.URL, item.link(), e.item().section(), "", "", List.of(),
            false, e.item().line());
        out.add(new BundleInputs.Entry(name, m, false, Optional.empty(),
            Optional.of(new BundleInputs.FeedItem(e.name(), feed, item))));
      }
    }
    return new Expanded(out, feeds, files);
  }

  private record Probe(BundleInputs.Entry entry, Optional<Feed> feed) {}

  private static Probe probe(BundleInputs.Entry e, Invocation run, ReadOptions read, Predicate<String> knownPage)
      throws IOException {
    if (e.fromFolder()) return new Probe(e, Optional.empty());
    if (e.item().kind() == Manifest.Kind.URL) {
      if (knownPage.test(e.item().ref())) return new Probe(e, Optional.empty());
      if (run.isCancelled()) throw new java.util.concurrent.CancellationException("the command was cancelled");
      Source s = Inputs.load(e.item().ref(), run, read);
      if (!FeedReader.isFeed(s.bytes())) {
        return new Probe(new BundleInputs.Entry(e.name(), e.item(), false, Optional.of(s), Optional.empty()),
            Optional.empty());
      }
      return new Probe(e, Optional.of(FeedReader.read(s.bytes(), e.name(), s.location().orElse(URI.create(
          e.item().ref())))));
    }
    Path file = run.path(e.item().ref());
    if (!Files.isRegularFile(file) || !FeedReader.isFeed(head(file))) return new Probe(e, Optional.empty());
    Source s = org.offprint.io.Sources.file(file, e.name()); // gunzipped, size-checked
    return new Probe(e, Optional.of(FeedReader.read(s.bytes(), e.name(), s.location().orElseThrow())));
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4096);
      if (head.length > 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
        try (InputStream gz = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
          return gz.readNBytes(4096);
        } catch (IOException ex) {
          return head; // a damaged gzip file is the page reader's to report
        }
      }
      return head;
    }
  }

  private static Probe get(Future<Probe> f) throws IOException {
    try {
      return f.get();
    } catch (ExecutionException ex) {
      Throwable c = ex.getCause();
      if (c instanceof IOException io) throw io;
      if (c instanceof RuntimeException r) throw r;
      throw new IllegalStateException(c);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", ex);
    }
  }
}
