package org.offprint.read;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;

/**
 * What a web archive holds (an MHTML file, a WARC): its HTML pages in the order archived, and the other files they
 * refer to (images), by URL. Reading a page never touches the file system or the network: its images are looked
 * up here with {@link #file(String)}. Immutable and thread-safe.
 *
 * @param name the archive's input name, for messages
 * @param pages the HTML pages, in archive order, each URL once
 * @param files the bytes of every other archived file, keyed by {@link #key(String)} of its URL
 * @param skipped what could not be read and was left out (a record whose body cannot be decoded), one line each
 */
public record Archive(String name, List<Page> pages, Map<String, byte[]> files, List<String> skipped) {
  public Archive {
    Objects.requireNonNull(name, "name");
    pages = List.copyOf(pages);
    files = Map.copyOf(files);
    skipped = List.copyOf(skipped);
  }

  /**
   * One archived HTML page.
   *
   * @param url its URL as archived (its {@code Content-Location} or WARC target), or {@code ""} if none
   * @param source its bytes, located at its URL so that relative images resolve to archived URLs
   */
  public record Page(String url, Source source) {
    public Page {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(source, "source");
    }
  }

  /**
   * {@return an archive of {@code pages} and {@code files}, with files keyed by {@link #key(String)} (the first of
   * two with the same key wins)}
   *
   * @throws InputException when there is no page
   */
  public static Archive of(String name, List<Page> pages, Map<String, byte[]> files) throws InputException {
    return of(name, pages, files, List.of());
  }

  /** {@return as {@link #of(String, List, Map)}, with what was {@code skipped}} */
  public static Archive of(String name, List<Page> pages, Map<String, byte[]> files, List<String> skipped)
      throws InputException {
    if (pages.isEmpty()) throw new InputException(name, "holds no HTML page");
    Map<String, byte[]> keyed = new LinkedHashMap<>();
    files.forEach((url, bytes) -> keyed.putIfAbsent(key(url), bytes));
    return new Archive(name, pages, keyed, skipped);
  }

  /**
   * {@return the page for {@code page}'s bytes, found at {@code url}, with what the user forced on the archive
   * ({@code --charset}, {@code --base-url}) and the charset the archive declares for it}
   */
  public static Page pageOf(Source archive, String url, byte[] bytes, Optional<Charset> declared) {
    Source s = new Source(archive.name(), bytes, Optional.empty(), archive.baseUrl(), archive.charset(), declared);
    Optional<URI> location = absolute(url);
    if (location.isPresent()) s = s.withLocation(location.get());
    return new Page(url, s);
  }

  /** {@return the URL as an absolute URI, if it is one} */
  static Optional<URI> absolute(String url) {
    try {
      URI u = new URI(url.trim());
      return u.isAbsolute() ? Optional.of(u) : Optional.empty();
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * {@return how URLs are compared: without a fragment, the scheme and host in lower case, dot segments removed};
   * an unparsable URL is its own key
   */
  public static String key(String url) {
    String u = url.trim();
    int hash = u.indexOf('#');
    if (hash >= 0) u = u.substring(0, hash);
    try {
      URI uri = new URI(u).normalize();
      if (uri.getScheme() == null || uri.getRawAuthority() == null) return uri.toString();
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (java.net.URISyntaxException e) {
      return u;
    }
  }

  /** {@return the archived bytes of the file at {@code uri}, if the archive holds it} */
  public Optional<byte[]> file(String uri) {
    return Optional.ofNullable(files.get(key(uri)));
  }

  /**
   * {@return the page at {@code url}, else the first page when {@code url} is empty}
   *
   * @throws InputException when no page has that URL, naming a few that it holds
   */
  public Page page(Optional<String> url) throws InputException {
    if (url.isEmpty()) return pages.get(0);
    String wanted = key(url.get());
    for (Page p : pages) if (key(p.url()).equals(wanted)) return p;
    List<String> some = new ArrayList<>();
    for (Page p : pages) {
      if (some.size() == 3) {
        some.add("...");
        break;
      }
      some.add(p.url());
    }
    throw new InputException(name, "holds no HTML page at " + url.get() + " (it holds " + pages.size()
        + (pages.size() == 1 ? " page: " : " pages: ") + String.join(", ", some) + ")");
  }

  /** {@return {@code page} read as HTML} @throws IOException as the HTML reader does */
  public Document read(Page page, Diagnostics diagnostics) throws IOException {
    InputFormat html = InputFormats.find("html").orElseThrow(() -> new IllegalStateException("no HTML reader"));
    return html.reader().read(page.source(), diagnostics);
  }
}
