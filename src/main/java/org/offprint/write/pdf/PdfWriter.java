package org.offprint.write.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.offprint.model.Book;
import org.offprint.model.Document;
import org.offprint.theme.Theme;
import org.offprint.theme.ThemeFiles;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.DocumentWriter;
import org.offprint.write.WriteOptions;

/**
 * Writes documents and books as PDF with OpenPDF, typeset from the theme: embedded subset fonts (with fallback
 * fonts from the system for scripts the theme lacks), justified and hyphenated text, running header and page
 * numbers, outline, notes with links both ways, metadata and {@code /Lang}. The same input and timestamp give
 * the same bytes.
 *
 * <pre>{@code
 * PdfWriter w = PdfWriter.builder(WriteOptions.of(ThemeLoader.builtIn("default"))).pageSize("A5").build();
 * w.write(document, out);       // one article
 * w.writeBook(book, out);       // a title page with contents, then each article from a new page
 * }</pre>
 *
 * <p>Immutable and thread-safe; each call renders on its own. Never closes the stream it is given. Characters
 * no font can draw are reported once per PDF as a warning to {@link WriteOptions#diagnostics()}.
 */
public final class PdfWriter implements DocumentWriter {
  /** What a rendering needs; built once per writer. */
  record Settings(Theme theme, Theme.Page page, ThemeFiles themeFiles, FallbackFonts fallbacks,
      WriteOptions options, boolean pdfa, boolean linkList, String creator) {}

  private final Settings settings;

  private PdfWriter(Settings settings) {
    this.settings = settings;
  }

  /** {@return a builder for a writer with these options (theme, images, diagnostics, timestamp)} */
  public static Builder builder(WriteOptions options) {
    return new Builder(Objects.requireNonNull(options, "options"));
  }

  /**
   * Writes one article.
   *
   * @throws IOException when the stream fails or a theme font cannot be read
   */
  @Override
  public void write(Document document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    new Rendering(settings).article(document, out);
  }

  /**
   * Writes a book: a first page with the book's title and a clickable table of contents with page numbers,
   * then every document from a new page, each with its own notes and an outline entry.
   *
   * @throws IOException when the stream fails or a theme font cannot be read
   */
  public void writeBook(Book book, OutputStream out) throws IOException {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(out, "out");
    new Rendering(settings).book(book, out);
  }

  /** Builds a {@link PdfWriter}. Not thread-safe. */
  public static final class Builder {
    private final WriteOptions options;
    private String pageSize = "";
    private boolean pdfa;
    private boolean linkList;
    private List<Path> fontFolders = FallbackFonts.systemFolders();

    private Builder(WriteOptions options) {
      this.options = options;
    }

    /**
     * Overrides the theme's page size, keeping its margins: {@code A4}, {@code A5}, {@code Letter} or
     * {@code WIDTHxHEIGHT} with {@code mm}, {@code cm}, {@code in} or {@code pt} (e.g. {@code 6x9in}). Defaults
     * to {@code ""}: the theme's size.
     */
    public Builder pageSize(String size) {
      this.pageSize = Objects.requireNonNull(size, "size");
      return this;
    }

    /**
     * Writes PDF/A-2a (sRGB output intent, images flattened, the claim in the XMP); every PDF is PDF/UA-1 either
     * way. Defaults to {@code false}.
     */
    public Builder pdfa(boolean on) {
      this.pdfa = on;
      return this;
    }

    /**
     * Lists each article's external links at its end, numbered, with the number after the link text, so a
     * printed copy keeps its URLs. Defaults to {@code false}.
     */
    public Builder linkList(boolean on) {
      this.linkList = on;
      return this;
    }

    /**
     * Where fallback fonts are looked for, by file name (e.g. {@code NotoSerifCJK-Regular.ttc}); defaults to the
     * system's font folders. An empty list leaves only the theme's fonts.
     */
    public Builder fontFolders(List<Path> folders) {
      this.fontFolders = List.copyOf(folders);
      return this;
    }

    /** {@return the writer} @throws IllegalArgumentException if the page size is not understood */
    public PdfWriter build() {
      Theme theme = options.theme();
      Theme.Page page = theme.page();
      if (!pageSize.isEmpty()) {
        float[] wh = ThemeLoader.PageSizes.parse(pageSize);
        page = new Theme.Page(pageSize, wh[0], wh[1], page.top(), page.right(), page.bottom(), page.left());
      }
      if (page.width() - page.left() - page.right() < 72 || page.height() - page.top() - page.bottom() < 72) {
        throw new IllegalArgumentException("page size " + page.label() + " leaves less than an inch inside the margins");
      }
      return new PdfWriter(new Settings(theme, page, new CachedFiles(theme.files()), new FallbackFonts(fontFolders),
          options, pdfa, linkList, creator()));
    }
  }

  /** {@return "offprint" and the version from the build, e.g. {@code offprint 0.1.0}} */
  static String creator() {
    try (InputStream in = PdfWriter.class.getResourceAsStream("/org/offprint/version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version", "");
        if (!v.isEmpty() && !v.contains("${")) return "offprint " + v;
      }
    } catch (IOException e) {
      // no version to show is not worth failing a PDF for
    }
    return "offprint";
  }

  /** Font bytes are read from the theme once per writer; fonts themselves are parsed per rendering. */
  private static final class CachedFiles implements ThemeFiles {
    private final ThemeFiles files;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    CachedFiles(ThemeFiles files) {
      this.files = files;
    }

    @Override
    public byte[] read(String path) throws IOException {
      byte[] b = cache.get(path);
      if (b == null) {
        b = files.read(path);
        cache.put(path, b);
      }
      return b;
    }
  }
}
