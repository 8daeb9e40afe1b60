package org.offprint.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.offprint.io.HttpFetcher;
import org.offprint.read.Source;
import picocli.CommandLine.Option;

/** Options that say how to read inputs. */
final class ReadOptions {
  @Option(names = "--from", paramLabel = "FORMAT",
      description = "Input format: html, markdown, text, json (the document model), mhtml or warc (default: from the file extension, else sniffed).")
  String from;

  @Option(names = "--url", paramLabel = "URL",
      description = "In a web archive (.warc, .warc.gz, .mhtml), read the page archived at this URL (default: its first HTML page).")
  String url;

  @Option(names = "--charset", paramLabel = "NAME",
      description = "Decode inputs with this charset, whatever they declare (e.g. windows-1251).")
  String charset;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Resolve the page's relative links against this URL.")
  String baseUrl;

  @Option(names = "--allow-local-files", paramLabel = "DIR",
      description = "Also let pages refer to images in DIR (repeatable). By default only the input's own folder is read.")
  List<Path> allowLocalFiles = new ArrayList<>();

  @Option(names = "--header", paramLabel = "NAME:VALUE",
      description = "Send this HTTP header when fetching URL inputs (repeatable).")
  List<String> headers = new ArrayList<>();

  @Option(names = "--cookies", paramLabel = "FILE", description = "Send cookies from this Netscape-format cookie file with URL inputs.")
  Path cookies;

  /** The folder a relative --cookies file is found in: the run's. */
  Path folder = Path.of("");

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Give up on a URL after this long (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds = 30;

  @Option(names = "--fetch-images", description = "Fetch remote images (http/https) into the outputs. Off by default: remote images are kept as their alt text and caption.")
  boolean fetchImages;

  @Option(names = "--allow-private-network", description = "Let pages make offprint fetch images from loopback, link-local or private addresses.")
  boolean allowPrivateNetwork;

  @Option(names = "--delay", paramLabel = "SECONDS", description = "Wait this long after one request to a host before the next (one at a time; default: ${DEFAULT-VALUE}).")
  double delaySeconds = 0;

  @Option(names = "--per-host", paramLabel = "N", description = "At most N requests to one host at once (default: ${DEFAULT-VALUE}).")
  int perHost = 2;

  private HostLimiter limiter;

  /** Checks the values picocli cannot: @throws UsageException for a timeout, delay or per-host limit out of range */
  void check() {
    if (timeoutSeconds < 1) throw new UsageException("--timeout must be at least 1 second, not " + timeoutSeconds);
    if (perHost < 1) throw new UsageException("--per-host must be at least 1, not " + perHost);
    if (!(delaySeconds >= 0) || delaySeconds > 3600) {
      throw new UsageException("--delay must be 0 to 3600 seconds, not " + delaySeconds);
    }
  }

  /** {@return the politeness limits for URL inputs, made once per command} */
  synchronized HostLimiter limiter() {
    if (limiter == null) limiter = new HostLimiter(perHost, Math.round(delaySeconds * 1000));
    return limiter;
  }

  /** The largest page or image fetched: 64 MiB. */
  static final long MAX_FETCH = 64L * 1024 * 1024;

  /** {@return a fetcher for URL inputs: the user named the URL, so private addresses are allowed} */
  HttpFetcher pageFetcher(String host) throws java.io.IOException {
    return new HttpFetcher(java.time.Duration.ofSeconds(timeoutSeconds), MAX_FETCH,
        "offprint/" + VersionProvider.version(), requestHeaders(host), true);
  }

  /** {@return a fetcher for images a page refers to, or empty when --fetch-images is off} */
  java.util.Optional<HttpFetcher> imageFetcher() {
    if (!fetchImages) return java.util.Optional.empty();
    return java.util.Optional.of(new HttpFetcher(java.time.Duration.ofSeconds(timeoutSeconds), MAX_FETCH,
        "offprint/" + VersionProvider.version(), java.util.Map.of(), allowPrivateNetwork));
  }

  private java.util.Map<String, String> requestHeaders(String host) throws java.io.IOException {
    java.util.Map<String, String> h;
    try {
      h = new java.util.LinkedHashMap<>(HttpFetcher.parseHeaders(headers));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (cookies != null) {
      String cookie = CookieFile.header(folder.resolve(cookies), host);
      if (!cookie.isEmpty()) h.put("Cookie", cookie);
    }
    return h;
  }

  /** {@return the source with the user's charset and base URL applied} */
  Source apply(Source source) {
    Source s = source;
    if (charset != null) {
      try {
        s = s.withCharset(Charset.forName(charset));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new UsageException("Unknown charset '" + charset + "' for --charset");
      }
    }
    if (baseUrl != null) {
      try {
        URI uri = new URI(baseUrl);
        if (!uri.isAbsolute()) throw new URISyntaxException(baseUrl, "not absolute");
        s = s.withBaseUrl(uri);
      } catch (URISyntaxException e) {
        throw new UsageException("--base-url must be an absolute URL, not '" + baseUrl + "'");
      }
    }
    return s;
  }
}
