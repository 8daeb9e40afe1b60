package org.offprint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.offprint.bundle.BookAssembler;
import org.offprint.bundle.BookRecord;
import org.offprint.model.Book;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.read.InputException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code offprint bundle --update BOOK}: where a book keeps its {@link BookRecord} (inside an EPUB, as
 * {@code META-INF/offprint.json}; beside any other book, as {@code BOOK.offprint.json}), and how the articles it
 * holds are merged with those the inputs name now.
 */
final class BookUpdate {
  /** The record's entry in an EPUB. */
  static final String EPUB_NAME = "offprint.json";
  /** The largest record read: 512 MiB. */
  private static final long MAX_RECORD = 512L * 1024 * 1024;
  /** Options that say where the book goes or how the run talks, not what the book is. */
  private static final Set<String> NOT_RECORDED = Set.of("--output", "--update", "--json", "--quiet", "--verbose",
      "--help", "--version", "--debug", "--skip-bad", "--fail-on-warning");

  private BookUpdate() {}

  /** An article of the book with what identifies its source, and the hash of what was read. */
  record Sourced(BookAssembler.Article article, String key, String hash) {}

  /** {@return the side file that holds the record of a book in a format other than EPUB} */
  static Path sidecar(Path book) {
    return book.resolveSibling(book.getFileName() + ".offprint.json");
  }

  /**
   * {@return the record the book holds, or empty when the book does not exist yet}
   *
   * @throws InputException naming the book when it exists but holds no readable record
   */
  static Optional<BookRecord> load(Invocation run, String book, boolean epub) throws IOException {
    Path p = run.path(book);
    if (!Files.exists(p)) return Optional.empty();
    byte[] json;
    if (epub) {
      try (ZipFile zip = new ZipFile(p.toFile())) {
        ZipEntry e = zip.getEntry("META-INF/" + EPUB_NAME);
        if (e == null) {
          throw new InputException(book, "holds no offprint record (META-INF/" + EPUB_NAME
              + "); only a book made with offprint bundle --update can be updated");
        }
        try (InputStream in = zip.getInputStream(e)) {
          json = in.readNBytes((int) MAX_RECORD + 1);
        }
      } catch (ZipException e) {
        throw new InputException(book, "is not an EPUB (not a zip file)");
      }
    } else {
      Path side = sidecar(p);
      try {
        if (Files.size(side) > MAX_RECORD) throw new InputException(side.toString(), "is larger than 512 MiB");
        json = Files.readAllBytes(side);
      } catch (NoSuchFileException e) {
        throw new InputException(book, "has no offprint record beside it (" + side.getFileName()
            + "); only a book made with offprint bundle --update can be updated");
      }
    }
    if (json.length > MAX_RECORD) throw new InputException(book, "its offprint record is larger than 512 MiB");
    try {
      BookRecord record = BookRecord.parse(json);
      // a record written before a step of the transform stage existed gets it now (the steps are idempotent, so
      // a record written since is unchanged); its warnings were given when the article was first read
      List<BookRecord.Entry> entries = new ArrayList<>();
      for (BookRecord.Entry e : record.articles()) {
        entries.add(new BookRecord.Entry(e.key(), e.input(), e.hash(), e.section(), e.chapter(),
            org.offprint.transform.Transforms.apply(e.document(), e.input(), Diagnostics.IGNORE)));
      }
      return Optional.of(new BookRecord(record.args(), entries));
    } catch (IllegalArgumentException e) {
      throw new InputException(book, "its offprint record cannot be read: " + e.getMessage());
    }
  }

  /**
   * {@return the command line to record: the options that shape the book, then the inputs, files made absolute}
   * so that {@code --update BOOK} alone repeats it from any folder
   */
  static List<String> args(ParseResult parsed, List<String> inputs, Invocation run) {
    List<String> out = new ArrayList<>();
    for (OptionSpec o : parsed.matchedOptions()) {
      String name = o.longestName();
      if (NOT_RECORDED.contains(name)) continue;
      if (o.arity().max() == 0) {
        out.add(name);
        continue;
      }
      for (String v : o.originalStringValues()) {
        out.add(name);
        out.add(v);
      }
    }
    for (String in : inputs) {
      out.add(Inputs.isUrl(in) || in.equals("-") ? in : run.path(in).toAbsolutePath().normalize().toString());
    }
    return out;
  }

  /**
   * {@return the articles read now with those only the book still has}: each of those goes right after the
   * article it followed in the book (or first), so that the book's order holds. Each source other than a feed
   * item is warned about; a feed drops its old items as a rule, so those are only counted (in the summary line).
   */
  static List<Sourced> withDropped(List<Sourced> current, BookRecord previous, Diagnostics diagnostics) {
    Set<String> now = new HashSet<>();
    for (Sourced s : current) now.add(s.key());
    List<Sourced> out = new ArrayList<>(current);
    String last = null;
    for (BookRecord.Entry e : previous.articles()) {
      if (now.contains(e.key())) {
        last = e.key();
        continue;
      }
      Sourced kept = new Sourced(new BookAssembler.Article(e.input(), e.document(), e.section()), e.key(), e.hash());
      int at = 0;
      if (last != null) {
        for (int i = 0; i < out.size(); i++) if (out.get(i).key().equals(last)) at = i + 1;
      }
      out.add(at, kept);
      last = e.key();
      if (!e.key().startsWith("feed-item:")) {
        diagnostics.warn(e.input(), "no longer among the inputs; the book keeps it (make the book again without"
            + " --update to leave it out)");
      }
    }
    return out;
  }

  /**
   * Warns when the book's articles no longer begin with those it had, in their order: an article sorted before
   * ones the book had moves them (in an EPUB their chapters keep their file names and ids; see
   * {@link #chapterNumbers}; in a Markdown, HTML or PDF book they move down).
   */
  static void checkAppended(BookRecord previous, BookRecord now, String book, Diagnostics diagnostics) {
    List<String> before = previous.articles().stream().map(BookRecord.Entry::key).toList();
    List<String> after = now.articles().stream().map(BookRecord.Entry::key).toList();
    int same = 0;
    while (same < before.size() && same < after.size() && before.get(same).equals(after.get(same))) same++;
    if (same < before.size()) {
      diagnostics.warn(book, "new articles come before " + (before.size() - same) + " the book had (by the book's"
          + " order); those move down in the book");
    }
  }

  /**
   * {@return the number of each of the book's documents' chapters}: an article the book had keeps its number;
   * any other document takes its place in the book ({@code i + 1}) when no article the book had holds that
   * number, else the next number above them all. A book made anew, or one whose new articles all come after
   * those it had, is numbered 1, 2, 3, ... as before; an article placed before them does not renumber them.
   */
  static List<Integer> chapterNumbers(Book book, List<Sourced> read, Optional<BookRecord> previous) {
    Map<String, Integer> had = new java.util.HashMap<>();
    previous.ifPresent(r -> r.articles().forEach(e -> {
      if (e.chapter() > 0) had.put(e.key(), e.chapter());
    }));
    Map<Document, Sourced> byDocument = new IdentityHashMap<>();
    for (Sourced s : read) byDocument.put(s.article().document(), s);
    List<Integer> pinned = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (Document d : book.documents()) {
      Sourced s = byDocument.get(d);
      boolean first = s != null && keys.add(s.key()); // one number per source, as the record keeps one entry
      pinned.add(first ? had.get(s.key()) : null);
    }
    Set<Integer> taken = new HashSet<>();
    for (Integer n : pinned) if (n != null) taken.add(n);
    int next = taken.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < pinned.size(); i++) {
      Integer n = pinned.get(i);
      if (n == null && taken.add(i + 1)) n = i + 1;
      if (n == null) {
        while (!taken.add(next)) next++;
        n = next;
      }
      out.add(n);
    }
    return out;
  }

  /**
   * {@return the numbers of the chapters that hold the same document as in the book before}: the articles it had,
   * kept as recorded (a new document never takes the number of one the book had; see {@link #chapterNumbers})
   */
  static Set<Integer> sameChapters(Book book, List<Integer> numbers, BookRecord previous) {
    Set<Document> had = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (BookRecord.Entry e : previous.articles()) if (e.chapter() > 0) had.add(e.document());
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i < book.documents().size(); i++) {
      if (had.contains(book.documents().get(i))) out.add(numbers.get(i));
    }
    return out;
  }

  /**
   * {@return the record of {@code book}: its articles in book order, each with its source and its chapter's
   * number from {@code numbers} (one per document of the book)}
   */
  static BookRecord record(Book book, List<Sourced> read, List<String> args, List<Integer> numbers) {
    Map<Document, Sourced> byDocument = new IdentityHashMap<>();
    for (Sourced s : read) byDocument.put(s.article().document(), s);
    List<BookRecord.Entry> entries = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < book.documents().size(); i++) {
      Document d = book.documents().get(i);
      Sourced s = byDocument.get(d);
      if (s == null) continue; // front and back matter, the sources list: made again on every run
      // Two feeds' items with one guid: the first is recorded, the other is read again (and found the same) later.
      if (!keys.add(s.key())) continue;
      entries.add(new BookRecord.Entry(s.key(), s.article().input(), s.hash(), s.article().section(), numbers.get(i),
          d));
    }
    return new BookRecord(args, entries);
  }
}
