package org.offprint.write.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.offprint.model.Book;
import org.offprint.model.Document;
import org.offprint.model.Metadata;
import org.offprint.write.DocumentWriter;
import org.offprint.write.Labels;
import org.offprint.write.WriteCache;
import org.offprint.write.WriteOptions;
import org.offprint.write.html.Contrast;
import org.offprint.write.html.FontSubsets;
import org.offprint.write.html.Language;
import org.offprint.write.html.ThemeCss;
import org.offprint.write.html.XhtmlChapter;
import org.offprint.write.html.Xml;

/**
 * Writes EPUB 3.3 books (with an EPUB 2 NCX for older reading systems) that EPUBCheck accepts without errors or
 * warnings: one XHTML content document per article, a navigation document with the table of contents and
 * landmarks, the theme's CSS and fonts, the images (sniffed, converted or scaled down as needed, each written
 * once), a cover (given, the lead image, or drawn from the theme) and accessibility metadata. The same input
 * gives the same bytes. Immutable and thread-safe.
 *
 * <pre>{@code
 * EpubWriter epub = EpubWriter.builder(WriteOptions.of(theme).withResources(resolver)).tocDepth(3).build();
 * epub.write(document, out);              // one article
 * epub.writeBook(new Book(meta, docs), out); // several articles, with a title page
 * }</pre>
 */
public final class EpubWriter implements DocumentWriter {
  /** The language written when neither the book nor its first document names a valid one. */
  public static final String DEFAULT_LANGUAGE = "und";
  /** The default pixel budget above which images are scaled down (about 4 megapixels). */
  public static final long DEFAULT_MAX_IMAGE_PIXELS = 4_194_304L;

  private static final DateTimeFormatter MODIFIED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final WriteOptions options;
  private final Optional<byte[]> coverImage;
  private final int tocDepth;
  private final long maxImagePixels;
  private final long imageMemory;
  private final Map<String, byte[]> metaInf;
  private final List<Integer> chapterNumbers;
  private final Optional<org.offprint.write.EarlierEdition> earlier;
  private final WriteCache cache;

  private EpubWriter(Builder b) {
    cache = b.cache;
    metaInf = Map.copyOf(b.metaInf);
    chapterNumbers = b.chapterNumbers;
    earlier = b.earlier;
    options = b.options;
    coverImage = b.coverImage;
    tocDepth = b.tocDepth;
    maxImagePixels = b.maxImagePixels;
    imageMemory = b.imageMemory;
  }

  /** {@return a builder: no cover image given, table of contents depth 2, images up to about 4 megapixels} */
  public static Builder builder(WriteOptions options) {
    return new Builder(options);
  }

  /**
   * Writes one article as a book.
   *
   * @throws IOException when the stream fails, or the resolver fails to read an image it allows; the caller
   *     discards the partial output
   */
  @Override
  public void write(Document document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    assemble(document.metadata(), List.of(document), List.of(), 1, false).write(out, zipTime(document.metadata(),
        List.of(document)));
  }

  /**
   * Writes several articles as one book: a title page, then one chapter per document; the table of contents
   * lists each article, then its headings.
   *
   * @throws IllegalArgumentException when the book has no document
   * @throws IOException as {@link #write}
   */
  public void writeBook(Book book, OutputStream out) throws IOException {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(out, "out");
    if (book.documents().isEmpty()) throw new IllegalArgumentException("a book needs at least one document");
    assemble(book.metadata(), book.documents(), book.parts(), book.articles(), true)
        .write(out, zipTime(book.metadata(), book.documents()));
  }

  private Ocf assemble(Metadata md, List<Document> docs, List<Book.Part> parts, int articles, boolean book)
      throws IOException {
    String lang = Language.tag(md.language(), Language.tag(docs.get(0).metadata().language(), DEFAULT_LANGUAGE));
    String title = Xml.clean(md.title()).strip();
    if (title.isEmpty()) title = Xml.clean(docs.get(0).metadata().title()).strip();
    if (title.isEmpty()) title = "Untitled";
    String input = md.source();

    List<Integer> numbers = numbers(docs.size());
    List<String> authors = authors(md, docs);
    // A cover that is neither given nor the page's lead image is drawn: on a thread of its own, beside the
    // chapters and the fonts (drawing starts Java 2D and rasterises four million pixels; a free core halves that),
    // from the start when the page names no lead image, else once the lead image turns out not to be usable.
    FutureTask<PreparedImage> drawing = coverImage.isEmpty() && md.image().isBlank() ? draw(md, title, authors) : null;
    BookImages images = new BookImages(imageMemory, options.resources(), new ImagePreparer(maxImagePixels),
        options.diagnostics());
    // Images are named in the order of the chapters' numbers, not their places: a chapter that keeps its number
    // keeps its images' names when an article with a lower place but a higher number is added before it.
    List<Map<String, String>> hrefs = new ArrayList<>(java.util.Collections.nCopies(docs.size(), Map.of()));
    for (int i : byNumber(numbers)) hrefs.set(i, images.add(docs.get(i)));
    Optional<ImageItem> chosen = drawing == null ? chosenCover(md, images, input) : Optional.empty();
    if (chosen.isEmpty() && drawing == null) drawing = draw(md, title, authors);
    // An update copies the chapters it had, as its zip stores them, when they are what rendering would give.
    EarlierChapters kept = EarlierChapters.of(earlier);
    List<XhtmlChapter.Chapter> chapters = new ArrayList<>();
    List<ZipWriter.Content> stored = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      XhtmlChapter renderer = XhtmlChapter.builder().stylesheet("style.css").images(hrefs.get(i))
          .fallbackLanguage(lang).build();
      Document d = docs.get(i);
      Optional<EarlierChapters.Stored> before = kept.chapter(numbers.get(i), chapterFile(numbers, i));
      Optional<XhtmlChapter.Chapter> same = before.flatMap(b -> renderer.earlier(d, b.text()));
      chapters.add(same.orElseGet(() -> renderer.render(d)));
      stored.add(same.isPresent() ? before.get().content() : null);
      options.progress().step(chapters.size(), docs.size());
    }
    String identifier = "urn:uuid:" + identifier(md, chapters);
    Labels labels = Labels.of(lang);

    // Navigation: each article, then its headings; a book's titled parts group their articles.
    List<NavPoint> chapterPoints = new ArrayList<>();
    for (int i = 0; i < chapters.size(); i++) {
      XhtmlChapter.Chapter c = chapters.get(i);
      NavPoint point = NavPoint.chapter(c.title(), chapterFile(numbers, i), c.headings(), tocDepth);
      chapterPoints.add(c.language().equalsIgnoreCase(lang) ? point : point.inLanguage(c.language()));
    }
    List<NavPoint> toc = NavPoint.grouped(chapterPoints, parts);
    List<Navigation.Landmark> landmarks = new ArrayList<>();
    landmarks.add(new Navigation.Landmark("cover", labels.get(Labels.Key.COVER), "cover.xhtml"));
    if (book) landmarks.add(new Navigation.Landmark("titlepage", labels.get(Labels.Key.TITLEPAGE), "titlepage.xhtml"));
    // The contents page is a page of its own only in a book; an article's is the reading system's menu.
    if (book) landmarks.add(new Navigation.Landmark("toc", labels.get(Labels.Key.CONTENTS), "nav.xhtml#toc"));
    landmarks.add(new Navigation.Landmark("bodymatter", labels.get(Labels.Key.BODYMATTER),
        chapterFile(numbers, 0)));
    String nav = Navigation.navDocument(title, lang, List.of("style.css"), toc, landmarks);
    String titlePage = book ? titlePage(md, title, authors, lang, articles) : "";

    // The fonts keep exactly the characters the pages show, the cover page's among them. A drawn cover's page is
    // known before its drawing ends (its image's name is foreseen), so the fonts are cut meanwhile; cut again
    // should the name turn out otherwise.
    String foreseen = chosen.map(ImageItem::path).orElseGet(() -> images.nextPath("cover", "image/png"));
    Style style = style(docs, nav, coverPage(title, lang, foreseen), titlePage, chapters);
    ImageItem cover = chosen.isPresent() ? chosen.get() : images.add(drawn(drawing), "cover");
    String coverPage = coverPage(title, lang, cover.path());
    if (!cover.path().equals(foreseen)) style = style(docs, nav, coverPage, titlePage, chapters);

    Ocf ocf = new Ocf();
    PackageDocument opf = new PackageDocument(identifier, title, lang);
    for (String a : authors) opf.creator(a);
    opf.dc("date", md.published());
    opf.dc("publisher", md.site());
    opf.dc("source", md.source());
    opf.dc("description", md.description());
    for (String tag : md.tags()) opf.dc("subject", tag);
    opf.series(md.extra().getOrDefault("series", ""), md.extra().getOrDefault("series-index", ""));
    opf.property("dcterms:modified", MODIFIED.format(timestamp(md, docs)));
    accessibility(opf, images, articles, chapters, lang, Contrast.problems(options.theme()));
    opf.legacyMeta("cover", cover.id());
    opf.rightToLeft(Language.rightToLeft(lang));

    ocf.add("nav.xhtml", nav);
    ocf.add("toc.ncx", Navigation.ncx(identifier, title, lang, toc));
    opf.item("nav", "nav.xhtml", "application/xhtml+xml", "nav");
    opf.item("ncx", "toc.ncx", "application/x-dtbncx+xml", "");

    // Cover page, title page and chapters, in spine order.
    ocf.add("cover.xhtml", coverPage);
    opf.item("cover", "cover.xhtml", "application/xhtml+xml", "");
    opf.spine("cover", false);
    if (book) {
      ocf.add("titlepage.xhtml", titlePage);
      opf.item("titlepage", "titlepage.xhtml", "application/xhtml+xml", "");
      opf.spine("titlepage", true);
      opf.spine("nav", true);
    }
    for (int i = 0; i < chapters.size(); i++) {
      if (stored.get(i) != null) ocf.add(chapterFile(numbers, i), stored.get(i));
      else ocf.add(chapterFile(numbers, i), chapters.get(i).bytes());
      opf.item("chapter-" + numbers.get(i), chapterFile(numbers, i), "application/xhtml+xml", "");
      opf.spine("chapter-" + numbers.get(i), true);
    }
    for (ImageItem item : images.items()) {
      ocf.add(item.path(), item.content());
      opf.item(item.id(), item.path(), item.mediaType(), item == cover ? "cover-image" : "");
    }
    style.addTo(ocf, opf);
    for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(metaInf).entrySet()) ocf.addMetaInf(e.getKey(), e.getValue());
    ocf.add(Ocf.PACKAGE_PATH.substring("EPUB/".length()), opf.xml());
    return ocf;
  }

  /** A font file of the book: where it goes, its bytes and its media type. */
  private record FontFile(String href, ZipWriter.Content content, String mediaType) {}

  /** The stylesheet and the font files it names, as they go into the book. */
  private record Style(String css, List<FontFile> fonts) {
    void addTo(Ocf ocf, PackageDocument opf) {
      for (int i = 0; i < fonts.size(); i++) {
        FontFile f = fonts.get(i);
        ocf.add(f.href(), f.content());
        opf.item("font-" + (i + 1), f.href(), f.mediaType(), "");
      }
      ocf.add("style.css", css);
      opf.item("css", "style.css", "text/css", "");
    }
  }

  /**
   * {@return the stylesheet and the font files of the faces the documents use, each cut down to the characters
   * the pages show (with those the stylesheet draws itself)}
   */
  private Style style(List<Document> docs, String nav, String coverPage, String titlePage,
      List<XhtmlChapter.Chapter> chapters) throws IOException {
    List<ThemeCss.Face> faces = ThemeCss.faces(options.theme(), docs);
    StringBuilder shown = new StringBuilder(nav).append(coverPage).append(titlePage);
    for (XhtmlChapter.Chapter c : chapters) shown.append(c.xhtml());
    shown.append(ThemeCss.css(options.theme(), ThemeCss.Medium.BOOK, faces, f -> ""));
    java.util.SortedSet<Integer> codePoints = FontSubsets.codePoints(shown);
    Map<String, String> fontHrefs = new LinkedHashMap<>();
    List<FontFile> fonts = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (ThemeCss.Face f : faces) {
      if (fontHrefs.containsKey(f.path())) continue;
      String name = f.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
      if (!names.add(name)) name = (fontHrefs.size() + 1) + "-" + name;
      names.add(name);
      String href = "fonts/" + name;
      fontHrefs.put(f.path(), href);
      fonts.add(new FontFile(href, FontCache.get(options.theme().files(), f.path(), codePoints, cache), f.mediaType()));
    }
    String css = ThemeCss.css(options.theme(), ThemeCss.Medium.BOOK, faces, f -> fontHrefs.get(f.path()));
    return new Style(css, fonts);
  }

  /** {@return the cover page: the cover image, whole, at {@code path}} */
  private static String coverPage(String title, String lang, String path) {
    return XhtmlChapter.page(title, lang, List.of("style.css"), "cover",
        "<div class=\"cover\"><img src=\"" + Xml.attr(path) + "\" alt=\"" + Xml.attr(title) + "\"/></div>\n");
  }

  private static String chapterFile(List<Integer> numbers, int index) {
    return "chapter-" + numbers.get(index) + ".xhtml";
  }

  /** {@return each document's chapter number: those the builder was given, else 1, 2, 3, ...} */
  private List<Integer> numbers(int documents) {
    if (chapterNumbers.isEmpty()) {
      List<Integer> out = new ArrayList<>();
      for (int i = 1; i <= documents; i++) out.add(i);
      return out;
    }
    if (chapterNumbers.size() != documents) {
      throw new IllegalArgumentException(chapterNumbers.size() + " chapter numbers for " + documents + " documents");
    }
    return chapterNumbers;
  }

  /** {@return the documents' indexes in the order of their chapter numbers} */
  private static List<Integer> byNumber(List<Integer> numbers) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i++) order.add(i);
    order.sort(java.util.Comparator.comparing(numbers::get));
    return order;
  }

  /** The book's authors, else (for a book) every document's authors, each once, in order. */
  private static List<String> authors(Metadata md, List<Document> docs) {
    if (!md.authors().isEmpty()) return md.authors();
    Set<String> all = new java.util.LinkedHashSet<>();
    for (Document d : docs) all.addAll(d.metadata().authors());
    return List.copyOf(all);
  }

  /** {@return the given cover, else the lead image when it is large enough; empty when the cover is to be drawn} */
  private Optional<ImageItem> chosenCover(Metadata md, BookImages images, String input) throws IOException {
    if (coverImage.isPresent()) {
      Optional<PreparedImage> given = new ImagePreparer(maxImagePixels).prepare(coverImage.get(), "the cover image",
          m -> options.diagnostics().warn(input, m));
      if (given.isPresent()) return Optional.of(images.add(given.get(), "cover"));
      options.diagnostics().warn(input, "the cover image cannot be used; drew a cover instead");
    }
    // The lead image makes the cover when the body shows it, or when it is local; a remote one the body does
    // not show is not asked for, so a cover never costs a fetch (or a warning) of its own.
    String lead0 = md.image().strip();
    boolean remote = lead0.startsWith("http://") || lead0.startsWith("https://");
    if (!lead0.isEmpty() && (images.seen(lead0) || !remote)) {
      Optional<ImageItem> lead = images.lookup(md.image(), input);
      if (lead.isPresent() && bigEnough(lead.get())) return lead;
    }
    return Optional.empty();
  }

  /** {@return the cover being drawn from the theme, on a thread of its own} */
  private FutureTask<PreparedImage> draw(Metadata md, String title, List<String> authors) {
    String[] texts = coverTexts(md, title, authors);
    FutureTask<PreparedImage> drawing = new FutureTask<>(() -> DrawnCovers.cover(options.theme(), cache, texts[0],
        texts[1], texts[2], texts[3]));
    Thread t = new Thread(drawing, "offprint-cover");
    t.setDaemon(true);
    t.start();
    return drawing;
  }

  /** {@return what a drawn cover shows: the title, the site, the authors and the date} */
  private static String[] coverTexts(Metadata md, String title, List<String> authors) {
    String date = md.publishedDate()
        .map(d -> d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(md.language()))))
        .orElse("");
    return new String[] {title, Xml.clean(md.site()).strip(), Xml.clean(String.join(", ", authors)).strip(), date};
  }

  /** {@return the cover drawn on its own thread} @throws IOException as {@link DrawnCovers#cover} */
  private static PreparedImage drawn(FutureTask<PreparedImage> drawing) throws IOException {
    try {
      return drawing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while the cover was drawn");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    }
  }

  private static boolean bigEnough(ImageItem img) {
    return Math.max(img.width(), img.height()) >= 600 && Math.min(img.width(), img.height()) >= 300
        && !img.mediaType().equals("image/svg+xml");
  }

  private static Locale locale(String language) {
    Locale l = Locale.forLanguageTag(Language.tag(language, "en"));
    return l.getLanguage().isEmpty() ? Locale.ENGLISH : l;
  }

  private static String titlePage(Metadata md, String title, List<String> authors, String lang,
      int articles) {
    StringBuilder b = new StringBuilder();
    b.append("<section class=\"titlepage\" epub:type=\"titlepage\">\n<h1 class=\"title\">").append(Xml.text(title))
        .append("</h1>\n");
    if (!md.subtitle().isBlank()) b.append("<p class=\"subtitle\">").append(Xml.text(md.subtitle())).append("</p>\n");
    if (!authors.isEmpty()) {
      b.append("<p class=\"byline\">").append(Xml.text(String.join(", ", authors))).append("</p>\n");
    }
    String date = md.publishedDate()
        .map(d -> d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(lang)))).orElse("");
    String line = String.join(" · ", List.of(date, md.site().strip()).stream().filter(s -> !s.isEmpty()).toList());
    if (!line.isEmpty()) b.append("<p class=\"dateline\">").append(Xml.text(line)).append("</p>\n");
    if (!md.description().isBlank()) b.append("<p>").append(Xml.text(md.description())).append("</p>\n");
    b.append("<p class=\"dateline\">").append(Xml.text(Labels.of(lang).articles(articles)))
        .append("</p>\n</section>\n");
    return XhtmlChapter.page(title, lang, List.of("style.css"), "", b.toString());
  }

  /** The conformance the package claims when every check {@link #accessibility} can make passes. */
  public static final String CONFORMANCE = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA";

  /**
   * Writes the accessibility metadata (EPUB Accessibility 1.1): access modes, features, hazards, a summary,
   * and {@link #CONFORMANCE} only when what decides it passes here: the book's language is known, every
   * image shown has alternative text, and the theme's colours pass {@link Contrast#problems}. Everything else
   * WCAG asks of the content (headings, landmarks, language of parts, underlined links, note back links) the
   * writers always do.
   */
  private static void accessibility(PackageDocument opf, BookImages images, int articles,
      List<XhtmlChapter.Chapter> chapters, String lang, List<String> colourProblems) {
    boolean pictures = images.anyShown();
    boolean alt = pictures && images.everyImageHasAlt();
    opf.property("schema:accessMode", "textual");
    if (pictures) opf.property("schema:accessMode", "visual");
    opf.property("schema:accessModeSufficient", pictures && !alt ? "textual,visual" : "textual");
    opf.property("schema:accessibilityFeature", "tableOfContents");
    opf.property("schema:accessibilityFeature", "readingOrder");
    boolean headings = chapters.stream().anyMatch(c -> !c.headings().isEmpty());
    if (headings || articles > 1) opf.property("schema:accessibilityFeature", "structuralNavigation");
    if (alt) opf.property("schema:accessibilityFeature", "alternativeText");
    opf.property("schema:accessibilityHazard", "none");
    List<String> against = new ArrayList<>();
    if (lang.equals(DEFAULT_LANGUAGE)) against.add("its language is unknown");
    if (pictures && !alt) against.add("some images lack alternative text");
    if (!colourProblems.isEmpty()) against.add("the theme's colours were not shown to pass (" + colourProblems.get(0) + ")");
    if (against.isEmpty()) opf.property("dcterms:conformsTo", CONFORMANCE);
    String summary = (articles == 1 ? "One article" : articles + " articles")
        + " in reading order, with a table of contents and headings."
        + (!pictures ? " It has no images besides the cover."
            : alt ? " Every image has alternative text." : " Some images lack alternative text.")
        + (against.isEmpty() ? " It claims WCAG 2.2 Level AA on the checks its writer makes: language, alternative"
            + " text, contrast, underlined links, landmarks."
            : " It does not claim WCAG 2.2 conformance: " + String.join("; ", against) + ".");
    // The summary is written in English whatever the book's language, and says so.
    opf.property("schema:accessibilitySummary", summary, "en");
  }

  /** Name-based, never random: from the source URL, else from the rendered content. */
  private static UUID identifier(Metadata md, List<XhtmlChapter.Chapter> chapters) {
    String source = md.source().strip();
    if (!source.isEmpty()) return NameUuid.of(source.getBytes(StandardCharsets.UTF_8));
    StringBuilder all = new StringBuilder();
    for (XhtmlChapter.Chapter c : chapters) all.append(c.xhtml()).append('\u0000');
    return NameUuid.of(all.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The build time: the options' timestamp, else the publication date, else the Unix epoch. */
  private Instant timestamp(Metadata md, List<Document> docs) {
    if (options.timestamp().isPresent()) return options.timestamp().get().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    Optional<Instant> own = published(md);
    if (own.isPresent()) return own.get();
    Instant latest = null;
    for (Document d : docs) {
      Optional<Instant> p = published(d.metadata());
      if (p.isPresent() && (latest == null || p.get().isAfter(latest))) latest = p.get();
    }
    return latest == null ? Instant.EPOCH : latest;
  }

  private static Optional<Instant> published(Metadata md) {
    String p = md.published();
    if (p.isEmpty()) return Optional.empty();
    if (p.length() == 10) return Optional.of(LocalDate.parse(p).atStartOfDay().toInstant(ZoneOffset.UTC));
    return Optional.of(OffsetDateTime.parse(p).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  private LocalDateTime zipTime(Metadata md, List<Document> docs) {
    return LocalDateTime.ofInstant(timestamp(md, docs), ZoneOffset.UTC);
  }

  /** Builds an {@link EpubWriter}. Not thread-safe. */
  public static final class Builder {
    private final WriteOptions options;
    private Optional<byte[]> coverImage = Optional.empty();
    private int tocDepth = 2;
    private long maxImagePixels = DEFAULT_MAX_IMAGE_PIXELS;

    private Builder(WriteOptions options) {
      this.options = Objects.requireNonNull(options, "options");
    }

    /** Uses these image bytes (PNG, JPEG, GIF, WebP, or a format ImageIO converts) as the cover. */
    public Builder coverImage(byte[] bytes) {
      coverImage = Optional.of(Objects.requireNonNull(bytes, "bytes").clone());
      return this;
    }

    /**
     * Sets the deepest heading level listed in the table of contents, the article title counting as level 1
     * (default 2: articles and their sections).
     *
     * @throws IllegalArgumentException unless 1 to 6
     */
    public Builder tocDepth(int depth) {
      if (depth < 1 || depth > 6) throw new IllegalArgumentException("tocDepth must be 1 to 6, not " + depth);
      tocDepth = depth;
      return this;
    }

    /**
     * Sets the pixel count above which images are scaled down.
     *
     * @throws IllegalArgumentException when below 10,000
     */
    private long imageMemory = BookImages.MEMORY_BUDGET;

    public Builder maxImagePixels(long pixels) {
      if (pixels < 10_000) throw new IllegalArgumentException("maxImagePixels must be at least 10000: " + pixels);
      maxImagePixels = pixels;
      return this;
    }

    /**
     * Sets how many bytes of images a book holds in memory before it keeps the rest in temporary files until
     * they are zipped; defaults to 16 MiB.
     */
    public Builder imageMemory(long bytes) {
      if (bytes < 0) throw new IllegalArgumentException("imageMemory must not be negative: " + bytes);
      imageMemory = bytes;
      return this;
    }

    private final Map<String, byte[]> metaInf = new LinkedHashMap<>();
    private List<Integer> chapterNumbers = List.of();
    private Optional<org.offprint.write.EarlierEdition> earlier = Optional.empty();

    /**
     * Names the book this write replaces: a chapter it holds under the same number, for a document it names as
     * the same, is copied as its zip stores it (not rendered and deflated again) when its head, language and
     * images are what rendering would give. The caller keeps the channel open until the write is done.
     */
    public Builder earlierEdition(org.offprint.write.EarlierEdition edition) {
      earlier = Optional.of(Objects.requireNonNull(edition, "edition"));
      return this;
    }

    /**
     * Numbers the chapters of a book: document {@code i} becomes {@code chapter-N.xhtml} (manifest id
     * {@code chapter-N}) with {@code N = numbers.get(i)}, in place of its place in the book (the default, 1, 2,
     * 3, ...). A book updated with an article placed before those it had keeps their file names this way.
     *
     * @throws IllegalArgumentException unless the numbers are positive and distinct
     */
    public Builder chapterNumbers(List<Integer> numbers) {
      if (new HashSet<>(numbers).size() != numbers.size() || numbers.stream().anyMatch(n -> n < 1)) {
        throw new IllegalArgumentException("chapter numbers must be positive and distinct: " + numbers);
      }
      chapterNumbers = List.copyOf(numbers);
      return this;
    }

    private WriteCache cache = WriteCache.NONE;

    /**
     * Keeps drawn covers and font subsets in this cache and takes them from it (default: none); the book's bytes
     * are the same either way.
     */
    public Builder cache(WriteCache cache) {
      this.cache = Objects.requireNonNull(cache, "cache");
      return this;
    }

    /**
     * Adds a file under {@code META-INF/} (beside {@code container.xml}, outside the publication: reading
     * systems ignore it), such as the record {@code offprint bundle --update} reads back.
     *
     * @throws IllegalArgumentException for {@code container.xml}, a name with a {@code /}, or a name given twice
     */
    public Builder metaInf(String name, byte[] bytes) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(bytes, "bytes");
      if (name.isEmpty() || name.equals("container.xml") || name.contains("/") || metaInf.containsKey(name)) {
        throw new IllegalArgumentException("not a free META-INF name: " + name);
      }
      metaInf.put(name, bytes.clone());
      return this;
    }

    public EpubWriter build() {
      return new EpubWriter(this);
    }
  }
}
