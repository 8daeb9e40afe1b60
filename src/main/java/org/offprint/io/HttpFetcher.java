package org.offprint.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Fetches pages and images over HTTP(S) with the JDK's {@link HttpClient}: timeouts, a size limit that fails
 * instead of truncating, at most {@link #MAX_REDIRECTS} redirects followed by hand (so every hop is checked),
 * gzip, and a clear {@code User-Agent}. Immutable and thread-safe.
 */
public final class HttpFetcher {
  /** Redirects followed at most. */
  public static final int MAX_REDIRECTS = 5;

  private final HttpClient client;
  private final Duration timeout;
  private final long maxBytes;
  private final String userAgent;
  private final Map<String, String> headers;
  private final boolean allowPrivate;

  /**
   * @param timeout for connecting and for the whole response
   * @param maxBytes larger responses fail (decoded size)
   * @param userAgent the User-Agent header
   * @param headers extra request headers ({@code --header}, cookies)
   * @param allowPrivate whether loopback, link-local and private addresses may be fetched
   */
  public HttpFetcher(Duration timeout, long maxBytes, String userAgent, Map<String, String> headers, boolean allowPrivate) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.maxBytes = maxBytes;
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    this.headers = Map.copyOf(headers);
    this.allowPrivate = allowPrivate;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * A fetched response.
   *
   * @param finalUri the URI after redirects, which relative links resolve against
   * @param contentType the Content-Type header, or {@code ""}
   * @param charset the charset the Content-Type header declares
   */
  public record Response(URI finalUri, String contentType, Optional<Charset> charset, byte[] body) {}

  /** Why a fetch failed, for a one-line message. */
  public static final class FetchException extends IOException {
    private static final long serialVersionUID = 1L;

    public FetchException(String message) {
      super(message);
    }
  }

  /**
   * {@return the response body of {@code uri}}
   *
   * @throws FetchException for a non-2xx status, too many redirects, a forbidden address, a timeout or an
   *     oversized body
   */
  public Response fetch(URI uri) throws IOException {
    URI current = uri;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      check(current);
      HttpRequest.Builder req = HttpRequest.newBuilder(current).timeout(timeout).GET()
          .header("User-Agent", userAgent).header("Accept-Encoding", "gzip");
      headers.forEach(req::header);
      HttpResponse<InputStream> resp;
      try {
        resp = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpTimeoutException e) {
        throw new FetchException("timed out after " + timeout.toSeconds() + " s");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException("interrupted");
      } catch (IOException e) {
        throw new FetchException(describe(e, current));
      }
      int status = resp.statusCode();
      if (status >= 300 && status < 400) {
        resp.body().close();
        Optional<String> loc = resp.headers().firstValue("Location");
        if (loc.isEmpty()) throw new FetchException("HTTP " + status + " without a Location");
        current = current.resolve(loc.get().trim());
        continue;
      }
      if (status < 200 || status >= 300) {
        resp.body().close();
        throw new FetchException("HTTP " + status);
      }
      byte[] body = read(resp);
      String type = resp.headers().firstValue("Content-Type").orElse("");
      return new Response(current, type, charset(type), body);
    }
    throw new FetchException("more than " + MAX_REDIRECTS + " redirects");
  }

  /** {@return what went wrong on the way to {@code uri}, in words: "cannot connect to host:port: connection refused"} */
  static String describe(IOException e, URI uri) {
    int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    String where = uri.getHost() + ":" + port;
    Throwable deepest = e;
    // The HTTP client wraps the socket's exception, sometimes twice, often without a message of its own.
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      deepest = t;
      if (t instanceof java.net.UnknownHostException || t instanceof java.nio.channels.UnresolvedAddressException) {
        return "cannot find host " + uri.getHost() + " (no such name, or no network)";
      }
      if (t instanceof java.net.NoRouteToHostException) return "cannot connect to " + where + ": no route to host";
      if (t instanceof java.net.ConnectException) return "cannot connect to " + where + ": connection refused";
      if (t instanceof javax.net.ssl.SSLException) {
        return "cannot connect to " + where + ": the secure (TLS) connection failed"
            + (t.getMessage() == null ? "" : " (" + t.getMessage() + ")");
      }
      if (t instanceof java.io.EOFException || t instanceof java.nio.channels.ClosedChannelException) {
        return "cannot connect to " + where + ": the server closed the connection";
      }
    }
    String m = deepest.getMessage();
    return "cannot connect to " + where + ": " + (m == null || m.isBlank() ? "the connection failed" : m);
  }

  private byte[] read(HttpResponse<InputStream> resp) throws IOException {
    boolean gzip = resp.headers().firstValue("Content-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
    try (InputStream raw = resp.body(); InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16384];
      long total = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > maxBytes) throw new FetchException("larger than " + maxBytes / (1024 * 1024) + " MiB");
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    }
  }

  private void check(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) throw new FetchException("only http and https URLs are fetched, not " + uri);
    if (uri.getHost() == null) throw new FetchException("no host in " + uri);
    if (allowPrivate) return;
    try {
      for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
        if (isPrivate(a)) throw new FetchException("refused to fetch a private or local address: " + uri.getHost());
      }
    } catch (UnknownHostException e) {
      throw new FetchException("unknown host " + uri.getHost());
    }
  }

  /** {@return true for loopback, link-local, site-local (10/8, 172.16/12, 192.168/16), unique-local and any-local} */
  static boolean isPrivate(InetAddress a) {
    if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (b.length == 16 && (b[0] & 0xFE) == 0xFC) return true; // fc00::/7 unique local
    if (b.length == 4 && (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64) return true; // 100.64/10 carrier NAT
    return false;
  }

  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

  static Optional<Charset> charset(String contentType) {
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) return Optional.empty();
    try {
      return Optional.of(Charset.forName(m.group(1)));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  /** {@return headers parsed from {@code NAME:VALUE} strings} @throws IllegalArgumentException naming a bad one */
  public static Map<String, String> parseHeaders(List<String> specs) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String s : specs) {
      int colon = s.indexOf(':');
      if (colon <= 0) throw new IllegalArgumentException("--header must be NAME:VALUE, not '" + s + "'");
      out.put(s.substring(0, colon).trim(), s.substring(colon + 1).trim());
    }
    return out;
  }
}
