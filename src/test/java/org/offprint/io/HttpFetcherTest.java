package org.offprint.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
  private static HttpFetcher fetcher(long max, boolean allowPrivate) {
    return new HttpFetcher(Duration.ofSeconds(5), max, "offprint/test", Map.of(), allowPrivate);
  }

  @Test
  void fetchesWithUserAgentAndHeaderCharset() throws IOException {
    byte[] body = "<p>привет</p>".getBytes(java.nio.charset.Charset.forName("windows-1251"));
    try (LoopbackServer s = new LoopbackServer().serve("/a", "text/html; charset=windows-1251", body)) {
      HttpFetcher.Response r = fetcher(1 << 20, true).fetch(URI.create(s.url("/a")));
      assertArrayEquals(body, r.body());
      assertEquals("windows-1251", r.charset().orElseThrow().name());
      assertEquals(java.util.List.of("offprint/test"), s.userAgents);
    }
  }

  @Test
  void followsFiveRedirectsButNotSix() throws IOException {
    try (LoopbackServer s = new LoopbackServer()) {
      for (int i = 0; i < 7; i++) {
        int next = i + 1;
        s.on("/r" + i, ex -> {
          ex.getResponseHeaders().add("Location", "/r" + next);
          LoopbackServer.send(ex, 302, null, new byte[0]);
        });
      }
      s.serve("/r7", "text/html", "<p>end</p>".getBytes(StandardCharsets.UTF_8));
      HttpFetcher.Response ok = fetcher(1 << 20, true).fetch(URI.create(s.url("/r2")));
      assertTrue(ok.finalUri().toString().endsWith("/r7"));
      HttpFetcher.FetchException e = assertThrows(HttpFetcher.FetchException.class,
          () -> fetcher(1 << 20, true).fetch(URI.create(s.url("/r1"))));
      assertTrue(e.getMessage().contains("more than 5 redirects"), e.getMessage());
    }
  }

  @Test
  void oversizedBodyFailsInsteadOfTruncating() throws IOException {
    try (LoopbackServer s = new LoopbackServer().serve("/big", "text/html", new byte[300_000])) {
      HttpFetcher.FetchException e = assertThrows(HttpFetcher.FetchException.class,
          () -> fetcher(100_000, true).fetch(URI.create(s.url("/big"))));
      assertTrue(e.getMessage().contains("larger than"), e.getMessage());
    }
  }

  @Test
  void gzipIsDecoded() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write("<p>zipped</p>".getBytes(StandardCharsets.UTF_8));
    }
    try (LoopbackServer s = new LoopbackServer().on("/z", ex -> {
      ex.getResponseHeaders().add("Content-Encoding", "gzip");
      LoopbackServer.send(ex, 200, "text/html", gz.toByteArray());
    })) {
      assertEquals("<p>zipped</p>", new String(fetcher(1 << 20, true).fetch(URI.create(s.url("/z"))).body(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void httpErrorsAreReported() throws IOException {
    try (LoopbackServer s = new LoopbackServer().on("/gone", ex -> LoopbackServer.send(ex, 404, "text/plain", "no".getBytes()))) {
      HttpFetcher.FetchException e = assertThrows(HttpFetcher.FetchException.class,
          () -> fetcher(1 << 20, true).fetch(URI.create(s.url("/gone"))));
      assertEquals("HTTP 404", e.getMessage());
    }
  }

  @Test
  void aRefusedConnectionIsSaidInWords() throws IOException {
    int port;
    try (java.net.ServerSocket closed = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }
    URI uri = URI.create("http://127.0.0.1:" + port + "/page");
    HttpFetcher.FetchException e = assertThrows(HttpFetcher.FetchException.class, () -> fetcher(1 << 20, true).fetch(uri));
    assertEquals("cannot connect to 127.0.0.1:" + port + ": connection refused", e.getMessage());
  }

  @Test
  void privateAddressesAreRefusedUnlessAllowed() throws IOException {
    try (LoopbackServer s = new LoopbackServer().serve("/img", "image/png", new byte[] {1, 2, 3})) {
      HttpFetcher.FetchException e = assertThrows(HttpFetcher.FetchException.class,
          () -> fetcher(1 << 20, false).fetch(URI.create(s.url("/img"))));
      assertTrue(e.getMessage().contains("private or local address"), e.getMessage());
      assertEquals(0, s.requests.get(), "no request was sent");
    }
  }

  @Test
  void onlyHttpSchemesAreFetched() {
    assertThrows(HttpFetcher.FetchException.class, () -> fetcher(1 << 20, true).fetch(URI.create("file:///etc/passwd")));
    assertThrows(HttpFetcher.FetchException.class, () -> fetcher(1 << 20, true).fetch(URI.create("ftp://example.org/x")));
  }

  @Test
  void privateRangesAreRecognised() throws IOException {
    for (String a : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.1.1", "::1", "fd00::1", "0.0.0.0"}) {
      assertTrue(HttpFetcher.isPrivate(InetAddress.getByName(a)), a);
    }
    assertTrue(!HttpFetcher.isPrivate(InetAddress.getByName("93.184.216.34")));
  }
}
