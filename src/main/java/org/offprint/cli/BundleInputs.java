package org.offprint.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.Optional;
import org.offprint.bundle.Manifest;
import org.offprint.read.Source;
import org.offprint.read.feed.Feed;
import org.offprint.read.InputException;
import org.offprint.read.InputFormats;

/** Expands bundle inputs (files, folders, globs, manifest items) into the list of articles to read. */
final class BundleInputs {
  private BundleInputs() {}

  /**
   * One article to read.
   *
   * @param name the path as messages show it
   * @param fromFolder found by walking a folder or a glob (ordered by date by default)
   */
  record Entry(String name, Manifest.Item item, boolean fromFolder, Optional<Source> loaded,
      Optional<FeedItem> feedItem) {
    Entry(String name, Manifest.Item item, boolean fromFolder) {
      this(name, item, fromFolder, Optional.empty(), Optional.empty());
    }

    /** {@return what identifies the source across runs (for --update): a feed item's id, a URL, an absolute path} */
    String key(Invocation run) {
      if (feedItem.isPresent()) return "feed-item:" + feedItem.get().item().id();
      if (item.kind() == Manifest.Kind.URL) return item.ref();
      return run.path(item.ref()).toAbsolutePath().normalize().toString();
    }
  }

  /**
   * An item of a feed, read as one article.
   *
   * @param feedName the feed's name as given, for messages
   * @param feed the feed (for its title, as the site of items that name none)
   */
  record FeedItem(String feedName, Feed feed, Feed.Item item) {}

  /**
   * {@return the articles that {@code args} name, in order}, found relative to the run's folder
   *
   * @param skipped where an argument that names nothing readable is said, with its reason; null to fail on it
   * @throws InputException for such an argument when {@code skipped} is null
   */
  static List<Entry> expand(List<String> args, Invocation run, List<String> skipped) throws IOException {
    List<Entry> out = new ArrayList<>();
    for (String a : args) {
      Manifest.Kind kind = a.matches("(?i)https?://.*") ? Manifest.Kind.URL
          : a.matches(".*[*?\\[{].*") && !Files.exists(run.path(a)) ? Manifest.Kind.GLOB : Manifest.Kind.PATH;
      try {
        out.addAll(expand(new Manifest.Item(kind, a, "", "", "", List.of(), false, 0), a, run));
      } catch (InputException e) {
        if (skipped == null) throw e;
        skipped.add(e.getMessage());
      }
    }
    return out;
  }

  /**
   * {@return the manifest's articles in its order; a glob or folder item is expanded in place, sorted by name}
   * (its paths are absolute, found from the manifest's folder)
   *
   * @param skipped as for {@link #expand(List, Invocation, List)}
   */
  static List<Entry> expand(Manifest manifest, Invocation run, List<String> skipped) throws IOException {
    List<Entry> out = new ArrayList<>();
    for (Manifest.Item item : manifest.items()) {
      if (item.skip()) continue;
      String where = manifest.file() + ":" + item.line();
      try {
        out.addAll(expand(item, item.ref(), run));
      } catch (InputException e) {
        InputException located = new InputException(where, e.getMessage());
        if (skipped == null) throw located;
        skipped.add(located.getMessage());
      }
    }
    return out;
  }

  /**
   * Entries keep paths as given (relative ones relative to the run's folder, which the reading resolves against),
   * so that messages name them as typed.
   */
  private static List<Entry> expand(Manifest.Item item, String shown, Invocation run) throws IOException {
    switch (item.kind()) {
      case URL:
        return List.of(new Entry(shown, item, false));
      case GLOB: {
        List<Entry> found = glob(item, run);
        if (found.isEmpty()) throw new InputException(shown, "the pattern matches no file");
        return found;
      }
      default: {
        Path p = run.path(item.ref());
        if (Files.isDirectory(p)) {
          List<Entry> found = walk(Path.of(item.ref()), item, run);
          if (found.isEmpty()) throw new InputException(shown, "the folder holds no page (.html, .htm, .xhtml, .md, .txt)");
          return found;
        }
        if (!Files.exists(p)) throw new InputException(shown, "no such file");
        return List.of(new Entry(shown, item, false));
      }
    }
  }

  private static List<Entry> walk(Path dir, Manifest.Item item, Invocation run) throws IOException {
    // a folder's .json files are rarely document models (package.json, data): only a file or glob names those
    return files(dir, run).stream().filter(BundleInputs::isPage)
        .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.json(\\.gz)?")).sorted()
        .map(p -> new Entry(p.toString(), withRef(item, p), true)).toList();
  }

  private static List<Entry> glob(Manifest.Item item, Invocation run) throws IOException {
    String pattern = item.ref().replace('\\', '/');
    int firstMeta = pattern.replaceAll("[*?\\[{].*$", "").lastIndexOf('/');
    Path base = firstMeta < 0 ? Path.of("") : Path.of(pattern.substring(0, Math.max(firstMeta, 1)));
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    if (!Files.isDirectory(run.path(base))) return List.of();
    return files(base, run).stream()
        .filter(p -> m.matches(p) || m.matches(p.normalize()))
        .filter(BundleInputs::isPage).sorted()
        .map(p -> new Entry(p.toString(), withRef(item, p), true)).toList();
  }

  /** {@return the files under {@code dir}, walked in the run's folder, as paths that start with {@code dir}} */
  private static List<Path> files(Path dir, Invocation run) throws IOException {
    Path walked = run.path(dir);
    try (Stream<Path> s = Files.walk(walked)) {
      return s.filter(Files::isRegularFile).map(p -> dir.resolve(walked.relativize(p))).toList();
    }
  }

  private static Manifest.Item withRef(Manifest.Item item, Path p) {
    return new Manifest.Item(Manifest.Kind.PATH, p.toString(), item.section(), item.title(), item.date(),
        item.authors(), false, item.line());
  }

  static boolean isPage(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
    if (n.startsWith(".")) return false;
    int dot = n.lastIndexOf('.');
    return dot > 0 && InputFormats.find(n.substring(dot + 1)).isPresent();
  }
}
