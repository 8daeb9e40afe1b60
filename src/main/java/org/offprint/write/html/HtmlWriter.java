package org.offprint.write.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.offprint.model.Book;
import org.offprint.model.Document;
import org.offprint.model.Metadata;
import org.offprint.model.Resource;
import org.offprint.model.Urls;
import org.offprint.write.DocumentWriter;
import org.offprint.write.Labels;
import org.offprint.write.SideFiles;
import org.offprint.write.WriteOptions;

/**
 * Writes a document as one standalone HTML5 file: the theme's CSS inlined (with a dark scheme), an article
 * header, the body and the notes with back links. No script of any kind, and nothing remote: images and the
 * fonts (cut down to the characters shown) are inlined as {@code data:} URIs, so the file is all there is. With
 * {@link Builder#sideFiles(boolean) side files} on, and when the options give {@link SideFiles} and a name, they
 * are written beside the file in {@link SideFiles#folder(String) <outputName>.assets/} instead. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * DocumentWriter html = HtmlWriter.builder(WriteOptions.of(theme)).build();
 * html.write(document, out);
 * }</pre>
 */
public final class HtmlWriter implements DocumentWriter {
  private final WriteOptions options;
  private final boolean sideFiles;
  private final List<Integer> chapterNumbers;

  private HtmlWriter(Builder b) {
    options = b.options;
    sideFiles = b.sideFiles;
    chapterNumbers = b.chapterNumbers;
  }

  /** {@return a builder writing with these options; one self-contained file by default} */
  public static Builder builder(WriteOptions options) {
    return new Builder(options);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IOException when the stream, a side file, a theme font or an allowed image cannot be read or written
   */
  @Override
  public void write(Document document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    write(document.metadata(), List.of(document), List.of(), false, out);
  }

  /**
   * Writes a whole book as one page: the book's title, a table of contents grouped by its parts, then every
   * article with its own header; ids are prefixed per article so links and notes never clash.
   *
   * @throws IllegalArgumentException when the book has no document
   * @throws IOException as {@link #write(Document, OutputStream)}
   */
  public void writeBook(Book book, OutputStream out) throws IOException {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(out, "out");
    if (book.documents().isEmpty()) throw new IllegalArgumentException("a book needs at least one document");
    if (!chapterNumbers.isEmpty() && chapterNumbers.size() != book.documents().size()) {
      throw new IllegalArgumentException(chapterNumbers.size() + " chapter numbers for " + book.documents().size()
          + " documents");
    }
    write(book.metadata(), book.documents(), book.parts(), true, out);
  }

  private void write(Metadata md, List<Document> docs, List<Book.Part> parts, boolean book, OutputStream out)
      throws IOException {
    Optional<SideFiles> side =
        !sideFiles || options.outputName().isEmpty() ? Optional.empty() : options.sideFiles();
    String folder = SideFiles.folder(options.outputName()) + "/";
    String input = md.source();

    Map<String, String> images = new LinkedHashMap<>();
    int n = 0;
    for (Document document : docs) {
      for (Images.Use use : Images.uses(document)) {
        if (images.containsKey(use.src())) continue;
        Optional<Resource> found = options.resources().resolve(use.src());
        if (found.isEmpty()) {
          options.diagnostics().warn(input, "image not available, kept its alt text: " + abbreviate(use.src()));
          continue;
        }
        byte[] bytes = found.get().bytes();
        String type = Images.sniff(bytes);
        if (type.isEmpty() && found.get().mediaType().startsWith("image/")) type = found.get().mediaType();
        if (type.isEmpty() || bytes.length == 0) {
          options.diagnostics().warn(input, "not an image format, kept its alt text: " + abbreviate(use.src()));
          continue;
        }
        if (side.isPresent()) {
          String path = folder + "image-" + (++n) + "." + Images.extension(type);
          side.get().write(path, bytes);
          images.put(use.src(), encodePath(path));
        } else {
          images.put(use.src(), dataUri(type, bytes));
        }
      }
    }

    String lang = Language.tag(md.language(), book ? Language.tag(docs.get(0).metadata().language(), "") : "");
    StringBuilder head = new StringBuilder(2048);
    Markup m = new Markup(head);
    head.append("<!DOCTYPE html>\n");
    m.open("html", "lang", lang.isEmpty() ? null : lang, "dir", Language.rightToLeft(lang) ? "rtl" : null).nl();
    m.open("head").nl();
    m.empty("meta", "charset", "utf-8").nl();
    m.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").nl();
    m.element("title", ArticleRenderer.title(md)).nl();
    meta(m, "author", String.join(", ", md.authors()));
    meta(m, "description", md.description());
    meta(m, "keywords", String.join(", ", md.tags()));
    meta(m, "generator", "offprint");
    Optional<String> canonical = Urls.repair(md.source());
    if (canonical.isPresent()) m.empty("link", "rel", "canonical", "href", canonical.get()).nl();

    StringBuilder body = new StringBuilder(16384);
    m = new Markup(body);
    m.close("head").nl();
    m.open("body").nl();
    // Everything sits in a landmark: the book's header and contents, then <main> with the articles.
    if (!book) {
      m.open("main").nl();
      ArticleRenderer.render(m, docs.get(0), lang, images, Dialect.HTML);
      m.close("main").nl();
    } else {
      bookHeader(m, md, docs, parts, Labels.of(lang), this::number);
      m.open("main").nl();
      for (int i = 0; i < docs.size(); i++) {
        String docLang = Language.tag(docs.get(i).metadata().language(), lang);
        ArticleRenderer.render(m, docs.get(i), docLang, images, Dialect.HTML, "a" + number(i) + "-");
        options.progress().step(i + 1, docs.size());
      }
      m.close("main").nl();
    }
    m.close("body").nl().close("html").nl();

    // The fonts keep the glyphs of every character the page shows, the stylesheet's own included.
    List<ThemeCss.Face> faces = ThemeCss.faces(options.theme(), docs);
    java.util.SortedSet<Integer> codePoints = FontSubsets.codePoints(
        new StringBuilder(head).append(body).append(ThemeCss.css(options.theme(), ThemeCss.Medium.SCREEN, faces,
            f -> "")));
    Map<ThemeCss.Face, String> fontUrls = new LinkedHashMap<>();
    for (ThemeCss.Face face : faces) {
      byte[] bytes = FontSubsets.subset(options.theme().files().read(face.path()), codePoints);
      if (side.isPresent()) {
        String path = folder + "fonts/" + face.fileName();
        side.get().write(path, bytes);
        fontUrls.put(face, encodePath(path));
      } else {
        fontUrls.put(face, dataUri(face.mediaType(), bytes));
      }
    }
    Function<ThemeCss.Face, String> url = fontUrls::get;
    String css = ThemeCss.css(options.theme(), ThemeCss.Medium.SCREEN, faces, url);

    m = new Markup(head);
    // "</" cannot occur in generated CSS, but a theme's style.css could close the element early.
    m.open("style").raw(css.replace("</", "<\\/")).close("style").nl();
    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
    out.write(body.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The book's title block and its table of contents, articles grouped under their parts. */
  private static void bookHeader(Markup m, Metadata md, List<Document> docs, List<Book.Part> parts,
      Labels labels, java.util.function.IntUnaryOperator number) {
    m.open("header", "class", "book-header").nl();
    m.element("h1", ArticleRenderer.title(md), "class", "title").nl();
    if (!md.subtitle().isBlank()) m.element("p", md.subtitle(), "class", "subtitle").nl();
    if (!md.authors().isEmpty()) m.element("p", String.join(", ", md.authors()), "class", "byline").nl();
    if (!md.site().isBlank()) m.element("p", md.site(), "class", "dateline").nl();
    m.close("header").nl();
    m.open("nav", "class", "toc", "aria-label", labels.get(Labels.Key.CONTENTS)).nl().open("ol").nl();
    Map<Integer, String> starts = new java.util.HashMap<>();
    for (Book.Part p : parts) starts.put(p.start(), p.title().strip());
    boolean inPart = false;
    for (int i = 0; i < docs.size(); i++) {
      if (starts.containsKey(i)) {
        if (inPart) m.close("ol").nl().close("li").nl();
        inPart = !starts.get(i).isEmpty();
        if (inPart) {
          m.open("li", "class", "part").element("span", starts.get(i), "class", "part-title").nl().open("ol").nl();
        }
      }
      m.open("li").open("a", "href", "#a" + number.applyAsInt(i) + "-article").text(ArticleRenderer.title(docs.get(i).metadata()))
          .close("a").close("li").nl();
    }
    if (inPart) m.close("ol").nl().close("li").nl();
    m.close("ol").nl().close("nav").nl();
  }

  /** {@return the number in the ids of document {@code i}'s article: the builder's, else its place} */
  private int number(int i) {
    return chapterNumbers.isEmpty() ? i + 1 : chapterNumbers.get(i);
  }

  private static void meta(Markup m, String name, String content) {
    if (!content.isBlank()) m.empty("meta", "name", name, "content", content.strip()).nl();
  }

  private static String dataUri(String type, byte[] bytes) {
    return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }

  private static String abbreviate(String uri) {
    return uri.length() > 120 ? uri.substring(0, 117) + "..." : uri;
  }

  /** Percent-encodes each segment of a relative path, so any output name makes a working link. */
  static String encodePath(String path) {
    StringBuilder sb = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return sb.toString();
  }

  /** Builds an {@link HtmlWriter}. Not thread-safe. */
  public static final class Builder {
    private final WriteOptions options;
    private boolean sideFiles;
    private List<Integer> chapterNumbers = List.of();

    /**
     * Numbers the articles of a book: document {@code i}'s ids start {@code aN-} with {@code N =
     * numbers.get(i)}, in place of its place in the book (the default, 1, 2, 3, ...), so that a book updated with
     * an article placed before those it had keeps their ids (links to {@code book.html#a3-article} still land).
     *
     * @throws IllegalArgumentException unless the numbers are positive and distinct
     */
    public Builder chapterNumbers(List<Integer> numbers) {
      if (new java.util.HashSet<>(numbers).size() != numbers.size() || numbers.stream().anyMatch(n -> n < 1)) {
        throw new IllegalArgumentException("chapter numbers must be positive and distinct: " + numbers);
      }
      chapterNumbers = List.copyOf(numbers);
      return this;
    }

    private Builder(WriteOptions options) {
      this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * When true, images and fonts are written beside the file in {@code <outputName>.assets/} (when the options
     * give {@link SideFiles} and a name) instead of inlined as {@code data:} URIs; defaults to {@code false}.
     */
    public Builder sideFiles(boolean value) {
      sideFiles = value;
      return this;
    }

    /** The opposite of {@link #sideFiles(boolean)}: true (the default) inlines images and fonts. */
    public Builder selfContained(boolean value) {
      sideFiles = !value;
      return this;
    }

    public HtmlWriter build() {
      return new HtmlWriter(this);
    }
  }
}
