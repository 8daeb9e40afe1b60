package org.offprint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.offprint.bundle.BookAssembler;
import org.offprint.bundle.BookRecord;
import org.offprint.bundle.Manifest;
import org.offprint.bundle.ManifestException;
import org.offprint.bundle.ManifestReader;
import org.offprint.io.ArchiveResources;
import org.offprint.io.LocalResources;
import org.offprint.model.ResourceResolver;
import org.offprint.model.Book;
import org.offprint.model.Document;
import org.offprint.model.Metadata;
import org.offprint.read.InputException;
import org.offprint.theme.Theme;
import org.offprint.write.BookWriter;
import org.offprint.write.Format;
import org.offprint.write.Formats;
import org.offprint.write.WriteOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code offprint bundle}: many articles into one e-book. */
@Command(
    name = "bundle",
    mixinStandardHelpOptions = true,
    modelTransformer = WriterOptions.Declare.class, // every format's own options
    versionProvider = VersionProvider.class,
    description = {
      "Bind a series of articles into one book (EPUB, PDF, Markdown or HTML) with a title page, a table of "
          + "contents, one chapter per article and a closing list of sources.",
      "INPUT is files, folders (searched recursively), glob patterns, feeds (RSS, Atom, JSON Feed: files or URLs, "
          + "told by their content; each item becomes an article), or one manifest (book.yaml); a web archive "
          + "(.warc, .warc.gz, .mhtml) gives every HTML page it holds, in its order. Articles are "
          + "read in parallel. The same article twice (same canonical URL or same text) is included once, with "
          + "a warning. An unreadable article fails the bundle and nothing is written, unless --skip-bad."
    },
    footer = {
      "",
      "Examples:",
      "  offprint bundle input/book.yaml -o harbour.epub",
      "  offprint bundle articles/ -o column.pdf --title 'The Column' --group-by month",
      "  offprint bundle site.warc.gz -o site.epub",
      "  offprint bundle https://example.org/feed.xml --since 2024-01-01 --update column.epub",
    })
final class BundleCommand implements Callable<Integer> {
  /** The writer options a manifest may give too (its cover and toc-depth), which the command line's override. */
  private static final String COVER = "--cover";
  private static final String TOC_DEPTH = "--toc-depth";

  @Spec CommandSpec spec;
  /** Its folder, streams and environment: every relative path (inputs, folders, globs, manifest, -o) is its. */
  @ParentCommand OffprintCommand top;

  @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files, folders, globs, feeds or one manifest (.yaml); none with --update repeats the book's own.")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "BOOK", description = "The book: .epub, .pdf, .md or .html (- for stdout with --to).")
  String output;

  @Option(names = "--update", paramLabel = "BOOK", description = "Add what is new to BOOK (made if missing) and keep what it has; the book records its sources and options (EPUB: META-INF/offprint.json; other formats: BOOK.offprint.json beside it).")
  String update;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Feeds: only items published on or after this day.")
  String since;

  @Option(names = "--max", paramLabel = "N", description = "Feeds: at most the N newest items of each feed.")
  Integer max;

  @Option(names = {"-t", "--to"}, paramLabel = "FORMAT", description = "The format, when -o's extension does not say it.")
  String to;

  @Option(names = "--title", paramLabel = "TEXT", description = "Book title (default: the site's name when all articles share it).") String title;
  @Option(names = "--subtitle", paramLabel = "TEXT", description = "Subtitle (default: the articles' date range).") String subtitle;
  @Option(names = "--author", paramLabel = "NAME", description = "Book author (repeatable).") List<String> authors = new ArrayList<>();
  @Option(names = "--publisher", paramLabel = "NAME", description = "Publisher (default: the site's name).") String publisher;
  @Option(names = "--language", paramLabel = "TAG", description = "Book language, e.g. en (default: the articles' most common).") String language;
  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Book date (default: the newest article's).") String date;
  @Option(names = "--series", paramLabel = "NAME", description = "Series the book belongs to.") String series;
  @Option(names = "--series-index", paramLabel = "N", description = "Number of the book in its series.") Integer seriesIndex;
  @Option(names = "--order", paramLabel = "ORDER", description = "given, date or title (default: given for listed files and manifests, date for folders, globs and feeds).") Manifest.Order order;
  @Option(names = "--reverse", description = "Reverse the order.") boolean reverse;
  @Option(names = "--group-by", paramLabel = "GROUP", description = "none, month, year or site (default: none; manifest sections win).") Manifest.GroupBy groupBy;
  @Option(names = "--theme", paramLabel = "NAME|DIR", description = "Theme by name or folder (default: default).") String theme;
  @Option(names = "--skip-bad", description = "Skip unreadable articles with a warning (exit code 5) instead of failing.") boolean skipBad;
  @Option(names = "--fail-on-warning", description = "Exit with code 6 when there were warnings.") boolean failOnWarning;
  @Option(names = "--json", description = "Print a JSON report on stdout: the book's path, format and size, warnings and skipped items.") boolean json;

  @Mixin ReadOptions read;
  @Mixin WriterOptions writers;
  @Mixin CommonOptions common;

  @Override
  public Integer call() throws IOException {
    OptionHints.checkSingleDashLongOptions(spec);
    Invocation run = top.invocation();
    Optional<BookRecord> previous = Optional.empty();
    if (update != null) {
      if (output != null) throw new UsageException("--update names the book; leave out -o");
      if (update.equals("-")) throw new UsageException("--update needs a book file, not -");
      output = update;
      previous = BookUpdate.load(run, update, format().name().equals("epub"));
      if (inputs.isEmpty()) {
        if (previous.isEmpty()) throw new UsageException("--update " + update + ": the book does not exist yet; name its INPUTs");
        repeat(previous.get().args());
      }
    }
    if (output == null) throw new UsageException("Missing required option: '--output=BOOK' (or --update BOOK)");
    if (inputs.isEmpty()) throw new UsageException("Missing required parameter: 'INPUT'");
    read.check();
    Optional<java.time.LocalDate> sinceDate = sinceDate();
    if (max != null && max < 1) throw new UsageException("--max must be at least 1, not " + max);
    List<String> recordedArgs = BookUpdate.args(spec.commandLine().getParseResult(), inputs, run);
    PrintWriter err = spec.commandLine().getErr();
    Format format = format();
    if (json && output.equals("-")) throw new UsageException("--json prints on stdout, so the book cannot go there too");
    writers.folder = run.cwd();
    writers.cache = CacheFolder.of(run.env());
    read.folder = run.cwd();
    Manifest manifest = manifest(run);
    Manifest.Settings settings = settings(manifest, run);
    // The manifest's cover and table-of-contents depth reach the writers as the options would.
    writers.setDefault(COVER, settings.cover().orElse(null));
    writers.setDefault(TOC_DEPTH, settings.tocDepth().orElse(null));
    Theme chosen = Themes.resolve(theme != null ? theme : settings.theme().isEmpty() ? null : settings.theme(), run);
    ConsoleDiagnostics diagnostics = new ConsoleDiagnostics(err, common.quiet, common.verbose);
    List<String> skipped = new ArrayList<>();
    List<String> unfound = skipBad ? skipped : null;
    List<BundleInputs.Entry> entries = manifest != null ? BundleInputs.expand(manifest, run, unfound)
        : BundleInputs.expand(inputs, run, unfound);
    for (String s : skipped) {
      String name = s.substring(0, Math.max(0, s.indexOf(": ")));
      diagnostics.warn(name, "skipped: " + withoutName(s, name));
    }
    Set<String> known = new java.util.HashSet<>();
    previous.ifPresent(r -> r.articles().forEach(a -> known.add(a.key())));
    FeedInputs.Expanded expanded = FeedInputs.expand(entries, run, read, sinceDate, Optional.ofNullable(max),
        known::contains);
    entries = expanded.entries();
    // A manifest's order is its own, globs expanded in place; folders, globs and feeds go by date.
    boolean folders = manifest == null && entries.stream().anyMatch(BundleInputs.Entry::fromFolder);
    boolean feeds = !expanded.feeds().isEmpty();
    Manifest.Order chosenOrder = settings.order().orElse(folders || (feeds && manifest == null) ? Manifest.Order.DATE
        : Manifest.Order.GIVEN);

    ReadFiles readFiles = new ReadFiles(run).addAll(writers.files()).add(this.read.cookies).addTheme(
        theme != null ? theme : settings.theme().isEmpty() ? null : settings.theme(), run);
    settings.cover().ifPresent(readFiles::add);
    if (manifest != null) {
      readFiles.add(manifest.file());
      manifest.front().forEach(readFiles::add);
      manifest.back().forEach(readFiles::add);
    }
    for (String in : inputs) readFiles.addInput(in);
    expanded.feedFiles().forEach(readFiles::add);
    for (BundleInputs.Entry e : entries) {
      if (e.item().kind() != Manifest.Kind.URL) readFiles.add(Path.of(e.item().ref()));
    }
    // Refused before the articles are read, not after: a long read must not end in 'would overwrite'.
    if (!output.equals("-")) Outputs.refuseInputs(Path.of(output), run, readFiles.all());
    List<BookUpdate.Sourced> sourced = readAll(entries, diagnostics, err, skipped, previous);
    int readNow = sourced.size();
    if (previous.isPresent()) sourced = BookUpdate.withDropped(sourced, previous.get(), diagnostics);
    int gone = sourced.size() - readNow;
    List<BookAssembler.Article> articles = sourced.stream().map(BookUpdate.Sourced::article).toList();
    if (articles.isEmpty()) throw new InputException(String.join(" ", inputs), "no article could be read");
    List<Document> front = readMatter(manifest == null ? List.of() : manifest.front(), diagnostics);
    List<Document> back = readMatter(manifest == null ? List.of() : manifest.back(), diagnostics);
    Book book = FeedDefaults.apply(BookAssembler.assemble(articles, settings, chosenOrder,
        settings.groupBy().orElse(Manifest.GroupBy.NONE), front, back, diagnostics), expanded.feeds(), settings,
        read.fetchImages);
    List<Integer> numbers = update == null ? List.of() : BookUpdate.chapterNumbers(book, sourced, previous);
    writers.chapterNumbers = numbers;
    BookRecord record = update == null ? null : BookUpdate.record(book, sourced, recordedArgs, numbers);
    // An EPUB's chapters keep their file names and ids whatever comes before them; other books' move down.
    if (record != null && previous.isPresent() && !format.name().equals("epub")) {
      BookUpdate.checkAppended(previous.get(), record, update, diagnostics);
    }
    if (record != null && format.name().equals("epub")) writers.epubMetaInf.put(BookUpdate.EPUB_NAME, record.toJson());

    List<Path> roots = new ArrayList<>();
    for (Path allowed : read.allowLocalFiles) roots.add(run.path(allowed));
    for (BundleInputs.Entry e : entries) {
      if (e.item().kind() == Manifest.Kind.URL) continue; // a fetched page has no folder of its own to read
      Path parent = run.path(e.item().ref()).toAbsolutePath().getParent();
      if (parent != null && !roots.contains(parent)) roots.add(parent);
    }
    for (BookUpdate.Sourced s : sourced) { // the folders of the pages only the book still has
      if (s.key().startsWith("feed-item:") || Inputs.isUrl(s.key())) continue;
      Path parent = Path.of(s.key()).getParent();
      if (parent != null && !roots.contains(parent)) roots.add(parent);
    }
    settings.cover().ifPresent(c -> roots.add(c.toAbsolutePath().getParent()));
    LocalResources resources = new LocalResources(roots, output, diagnostics, read.imageFetcher());
    // images of pages from web archives come from the archives (web images they lack are not fetched)
    // in the entries' order, not the order reading finished: a URL two archives hold gives the same bytes each run
    List<org.offprint.read.Archive> inOrder = entries.stream().map(archives::get).filter(java.util.Objects::nonNull)
        .toList();
    ResourceResolver images = inOrder.isEmpty() ? resources
        : new ArchiveResources(inOrder, resources, output, diagnostics);
    Optional<Instant> timestamp = SourceDateEpoch.of(run);
    Outputs.PendingSideFiles side = new Outputs.PendingSideFiles();
    Path target = Path.of(output);
    String stem = target.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    Progress writing = new Progress(err, run.terminal(), common.quiet, "writing", book.documents().size(), true,
        columns(run));
    // a cancelled run stops at the next chapter written, and the writer's next write (Outputs)
    WriteOptions options = new WriteOptions(chosen, images, diagnostics, timestamp, stem, Optional.empty(),
        (done, total) -> {
          if (run.isCancelled()) throw new java.util.concurrent.CancellationException("the command was cancelled");
          writing.show(done, total);
        });
    // An EPUB update copies the chapters the book had from it, read while the new book is written beside it.
    java.nio.channels.SeekableByteChannel before = null;
    if (record != null && previous.isPresent() && format.name().equals("epub") && !output.equals("-")) {
      before = Files.newByteChannel(run.path(update));
      writers.earlierEdition = Optional.of(new org.offprint.write.EarlierEdition(before,
          BookUpdate.sameChapters(book, numbers, previous.get())));
    }
    try {
      if (output.equals("-")) {
        BookWriter writer = bookWriter(format, options);
        Outputs.writeStdout(run.out(), out -> writer.write(book, out), run::isCancelled);
      } else {
        BookWriter writer = bookWriter(format, options.withSideFiles(side));
        Outputs.write(target, run, readFiles.with(resources), out -> writer.write(book, out), side);
        if (record != null && !format.name().equals("epub")) {
          byte[] json = record.toJson();
          Outputs.write(BookUpdate.sidecar(target), run, readFiles.all(), out -> out.write(json),
              new Outputs.PendingSideFiles());
        }
      }
    } finally {
      if (before != null) before.close();
    }
    diagnostics.summariseAll(); // how many warnings of each kind were counted and not printed
    JsonReport report = new JsonReport();
    if (!output.equals("-")) report.output(String.join(" ", inputs), output, format.name(), Files.size(run.path(target)));
    for (String s : skipped) report.error(s.substring(0, Math.max(0, s.indexOf(": "))), s, ExitCodes.SKIPPED);
    int exit = !skipped.isEmpty() ? ExitCodes.SKIPPED
        : failOnWarning && diagnostics.warnings() > 0 ? ExitCodes.WARNINGS : ExitCodes.OK;
    if (json) report.print(spec.commandLine().getOut(), diagnostics.all(), exit);
    if (!common.quiet) {
      int duplicates = articles.size() - book.articles();
      Set<String> had = new java.util.HashSet<>();
      previous.ifPresent(r -> r.articles().forEach(x -> had.add(x.key())));
      long added = sourced.stream().filter(x -> !had.contains(x.key())).count();
      err.println("offprint: wrote " + output + " (" + count(book.articles(), "article")
          + (previous.isPresent() ? ", " + added + " new" : "")
          + (gone == 0 ? "" : ", " + gone + " kept that the inputs no longer name")
          + (duplicates == 0 ? "" : ", " + count(duplicates, "duplicate") + " left out")
          + (skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped") + ")");
    }
    if (!common.quiet) for (String s : skipped) err.println("offprint: skipped: " + s);
    err.flush();
    return exit;
  }

  private Integer columns;

  /** {@return the terminal's width, asked once and only when a bar will be drawn} */
  private int columns(Invocation run) {
    if (columns == null) columns = run.terminal() && !common.quiet ? Progress.columns(run) : 80;
    return columns;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private Format format() {
    String name = to != null ? to : Inputs.extension(output);
    Format f = Formats.find(name).orElseThrow(() -> new UsageException(
        "Cannot tell the book's format from '" + output + "'; add --to (" + String.join(", ", Formats.names()) + ")"));
    return f;
  }

  private BookWriter bookWriter(Format f, WriteOptions options) throws IOException {
    return writers.bookWriter(f, options).orElseThrow(() -> new UsageException(
        "The " + f.name() + " format cannot bind books; choose epub, pdf, md or html"));
  }

  private Manifest manifest(Invocation run) throws IOException {
    List<String> manifests = inputs.stream().filter(i -> ManifestReader.isManifest(Path.of(i))).toList();
    if (manifests.isEmpty()) return null;
    if (inputs.size() > 1) throw new UsageException("Give one manifest alone, not with other inputs");
    Path file = Path.of(manifests.get(0));
    if (!Files.isRegularFile(run.path(file))) throw new InputException(manifests.get(0), "no such file");
    try {
      return ManifestReader.read(file, run.cwd());
    } catch (ManifestException e) {
      throw new InputException(file.toString(), e.getMessage().substring(file.toString().length() + 1).replaceFirst("^(\\d+): ", "line $1: "));
    }
  }

  private Manifest.Settings settings(Manifest manifest, Invocation run) {
    Manifest.Settings m = manifest == null ? Manifest.Settings.NONE : manifest.settings();
    String d = date != null ? date : m.date();
    if (!d.isEmpty()) {
      try {
        LocalDate.parse(d);
      } catch (DateTimeParseException e) {
        throw new UsageException("--date must be YYYY-MM-DD, not '" + d + "'");
      }
    }
    return new Manifest.Settings(
        title != null ? title : m.title(),
        subtitle != null ? subtitle : m.subtitle(),
        !authors.isEmpty() ? authors : m.authors(),
        publisher != null ? publisher : m.publisher(),
        language != null ? language : m.language(),
        d,
        writers.path(COVER).isPresent() ? Optional.of(run.path(writers.path(COVER).get()).toAbsolutePath()) : m.cover(),
        series != null ? series : m.series(),
        seriesIndex != null ? Optional.of(seriesIndex) : m.seriesIndex(),
        order != null ? Optional.of(order) : m.order(),
        reverse || m.reverse(),
        groupBy != null ? Optional.of(groupBy) : m.groupBy(),
        writers.number(TOC_DEPTH).isPresent() ? writers.number(TOC_DEPTH) : m.tocDepth(),
        m.theme());
  }

  /** Parses the recorded command line into this command's fields, with --update and the options given now. */
  private void repeat(List<String> recorded) {
    List<String> again = new ArrayList<>(recorded);
    String book = update;
    // Options given now hold too and win over the recorded ones; so do those never recorded (-q, --json, ...).
    again.addAll(BookUpdate.args(spec.commandLine().getParseResult(), List.of(), top.invocation()));
    boolean[] flags = {common.quiet, common.verbose, skipBad, failOnWarning, json};
    again.add("--update");
    again.add(book);
    spec.commandLine().setOverwrittenOptionsAllowed(true);
    spec.commandLine().parseArgs(again.toArray(String[]::new));
    output = update;
    common.quiet |= flags[0];
    common.verbose |= flags[1];
    skipBad |= flags[2];
    failOnWarning |= flags[3];
    json |= flags[4];
  }

  private Optional<java.time.LocalDate> sinceDate() {
    if (since == null) return Optional.empty();
    try {
      return Optional.of(LocalDate.parse(since));
    } catch (DateTimeParseException e) {
      throw new UsageException("--since must be YYYY-MM-DD, not '" + since + "'");
    }
  }

  private List<BookUpdate.Sourced> readAll(List<BundleInputs.Entry> entries, ConsoleDiagnostics diagnostics,
      PrintWriter err, List<String> skipped, Optional<BookRecord> previous) throws IOException {
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), entries.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "offprint-read");
      t.setDaemon(true);
      return t;
    });
    Progress progress = new Progress(err, top.invocation().terminal(), common.quiet, "reading", entries.size(), false,
        columns(top.invocation()));
    try {
      java.util.Map<String, BookRecord.Entry> had = new java.util.HashMap<>();
      previous.ifPresent(r -> r.articles().forEach(a -> had.put(a.key(), a)));
      List<Future<List<BookUpdate.Sourced>>> futures = new ArrayList<>();
      for (BundleInputs.Entry e : entries) {
        futures.add(pool.submit(() -> {
          if (top.invocation().isCancelled()) throw new java.util.concurrent.CancellationException();
          try {
            String key = e.key(top.invocation());
            BookRecord.Entry kept = had.get(key);
            return kept != null ? List.of(kept(e, kept, diagnostics)) : articles(e, key, diagnostics);
          } finally {
            progress.step();
          }
        }));
      }
      List<BookUpdate.Sourced> out = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        if (top.invocation().isCancelled()) throw new java.util.concurrent.CancellationException("the command was cancelled");
        try {
          out.addAll(futures.get(i).get());
        } catch (ExecutionException ex) {
          String why = failure(entries.get(i).name(), ex.getCause(), skipBad);
          diagnostics.warn(entries.get(i).name(), "skipped: " + withoutName(why, entries.get(i).name()));
          skipped.add(why);
        } catch (InterruptedException ex) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", ex);
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * {@return why the article {@code name} is skipped, naming it}, when {@code skipBad}; else throws: an input
   * error for an unreadable article (exit 3), {@link ArticleBug} for a bug met on it (exit 1, one line naming
   * it), and usage and theme errors as they are.
   */
  /** {@return {@code why} without the "name: " it opens with, for a line that names the input already} */
  private static String withoutName(String why, String name) {
    return !name.isEmpty() && why.startsWith(name + ": ") ? why.substring(name.length() + 2) : why;
  }

  static String failure(String name, Throwable cause, boolean skipBad) throws IOException {
    if (cause instanceof UsageException u) throw u;
    if (cause instanceof org.offprint.theme.ThemeException t) throw t;
    if (cause instanceof IOException io) {
      if (!skipBad) throw io instanceof InputException in ? in : new InputException(name, io.getMessage());
      String why = io.getMessage() == null ? io.toString() : io.getMessage();
      return why.startsWith(name) ? why : name + ": " + why;
    }
    if (!(cause instanceof RuntimeException || cause instanceof StackOverflowError)) {
      throw new IllegalStateException(cause); // an Error other than a deep stack is the JVM's, not this article's
    }
    if (!skipBad) throw new ArticleBug(name, cause);
    return name + ": internal error: " + cause;
  }

  /** A bug met on one article: its message names the article, and the trace is the cause's. */
  static final class ArticleBug extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ArticleBug(String name, Throwable cause) {
      super(name + ": " + cause, cause);
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }

  /** The web archives read so far, by the entry that named each: their files are the images of their pages. */
  private final java.util.Map<BundleInputs.Entry, org.offprint.read.Archive> archives =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** {@return the article the book already has for {@code e}}, saying so when its source has changed since */
  private BookUpdate.Sourced kept(BundleInputs.Entry e, BookRecord.Entry had, ConsoleDiagnostics diagnostics)
      throws IOException {
    String now = e.feedItem().isPresent() ? FeedArticles.hash(e.feedItem().get().item())
        : e.item().kind() == Manifest.Kind.URL || had.hash().isEmpty() ? ""
        : fileHash(e);
    if (!now.isEmpty() && !now.equals(had.hash())) {
      diagnostics.warn(e.name(), "changed since the book was made; the book keeps the text it has (make the book"
          + " again without --update to take the new one)");
    }
    BookAssembler.Article a = new BookAssembler.Article(had.input(), had.document(), e.item().section());
    return new BookUpdate.Sourced(a, had.key(), had.hash());
  }

  private String fileHash(BundleInputs.Entry e) throws IOException {
    try {
      return BookRecord.hash(Files.readAllBytes(top.invocation().path(e.item().ref())));
    } catch (IOException ex) {
      throw new InputException(e.name(), "cannot be read (" + Outputs.describe(ex) + ")");
    }
  }

  /**
   * {@return the entry's article (a feed item's, a page's), or each HTML page of a web archive in its order},
   * each with its source's key (an archived page's is the archive's and its URL) and hash
   */
  private List<BookUpdate.Sourced> articles(BundleInputs.Entry e, String key, ConsoleDiagnostics diagnostics)
      throws IOException {
    if (e.feedItem().isPresent()) {
      Document doc = FeedArticles.read(e, read, top.invocation(), diagnostics).document();
      BookAssembler.Article a = new BookAssembler.Article(e.name(), doc, e.item().section());
      return List.of(new BookUpdate.Sourced(a, key, FeedArticles.hash(e.feedItem().get().item())));
    }
    List<Reading.Read> reads = e.loaded().isPresent() // a URL fetched once already, to see whether it is a feed
        ? Reading.readPages(e.loaded().get(), e.name(), read, diagnostics)
        : Reading.readPages(e.item().ref(), read, top.invocation(), diagnostics);
    reads.get(0).archive().ifPresent(a -> archives.put(e, a)); // the pages of one input share its archive
    // an archive's pages are read again on every update (cheap, local): no hash to compare
    String hash = e.item().kind() == Manifest.Kind.URL || reads.get(0).archive().isPresent() ? "" : fileHash(e);
    List<BookUpdate.Sourced> out = new ArrayList<>();
    for (Reading.Read r : reads) {
      String location = r.source().location().map(Object::toString).orElse("");
      String name = r.archive().isPresent() ? e.name() + " " + location : e.name();
      if (r.archive().isPresent() && r.document().blocks().isEmpty()) {
        // a crawl's index and navigation pages hold links, not an article
        diagnostics.warn(name, "no article text; left out of the book");
        continue;
      }
      out.add(new BookUpdate.Sourced(article(name, e.item(), r.document()),
          r.archive().isPresent() ? key + "#" + location : key, hash));
    }
    return out;
  }

  private static BookAssembler.Article article(String name, Manifest.Item item, Document doc) {
    Metadata.Builder m = doc.metadata().toBuilder();
    if (!item.title().isEmpty()) m.title(item.title());
    if (!item.date().isEmpty()) m.published(item.date());
    if (!item.authors().isEmpty()) m.authors(item.authors());
    return new BookAssembler.Article(name, doc.withMetadata(m.build()), item.section());
  }

  private List<Document> readMatter(List<Path> files, ConsoleDiagnostics diagnostics) throws IOException {
    List<Document> out = new ArrayList<>();
    for (Path p : files) out.add(Reading.read(p.toString(), read, top.invocation(), diagnostics).document());
    return out;
  }
}
