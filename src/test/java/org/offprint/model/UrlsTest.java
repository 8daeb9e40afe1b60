package org.offprint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.offprint.testing.Rfc3986;

/** Repairing one URL by RFC 3986: what is percent-encoded, what is refused, what is left as it is. */
class UrlsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://example.org/a?view=render[Lightbox]&nn=1|https://example.org/a?view=render%5BLightbox%5D&nn=1",
      "https://example.org/a b/c d.html?q=x y|https://example.org/a%20b/c%20d.html?q=x%20y",
      "https://example.org/wiki/Straße?q=grüße#Überblick|https://example.org/wiki/Stra%C3%9Fe?q=gr%C3%BC%C3%9Fe#%C3%9Cberblick",
      "https://пример.рф/путь|https://xn--e1afmkfd.xn--p1ai/%D0%BF%D1%83%D1%82%D1%8C",
      "https://example.org/100%|https://example.org/100%25",
      "https://example.org/a%2fb|https://example.org/a%2Fb",
      "HTTPS://Example.org/x?a=\"b\"&c=<d>|https://example.org/x?a=%22b%22&c=%3Cd%3E",
      "https://example.org/x#a#b|https://example.org/x#a%23b",
      "https://[2001:db8::1]:8080/x|https://[2001:db8::1]:8080/x",
      "mailto:someone@example.org|mailto:someone@example.org",
      "#note-1|#note-1",
      "https://example.org/{a}|https://example.org/%7Ba%7D",
  })
  void repairsWhatRfc3986DoesNotAllow(String raw, String expected) {
    assertEquals(Optional.of(expected), Urls.repair(raw));
    assertTrue(Rfc3986.matches(expected), expected);
    assertTrue(Urls.valid(expected));
  }

  @Test
  void tabsAndLineBreaksInsideAreDroppedAsBrowsersDo() {
    assertEquals(Optional.of("https://example.org/a-b?c=d#e"), Urls.repair(" https://exam\tple.org/a-\r\nb?c=\nd#\te\n"));
    String plain = "https://example.org/a";
    org.junit.jupiter.api.Assertions.assertSame(plain, Urls.withoutTabsAndBreaks(plain)); // no copy when none
    assertEquals("ab", Urls.withoutTabsAndBreaks("\ta\r\nb\t"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"http://exa mple.org/x", "https://example.org:80a/x", "https://[zz]/x",
      "https:///path", "https://a\u0001b.org/"})
  void dropsWhatCannotBeRepaired(String raw) {
    assertEquals(Optional.empty(), Urls.repair(raw));
  }

  @Test
  void aValidUrlIsLeftAsItIs() {
    for (String u : List.of("https://example.org/a/b?c=d&e=f#g", "https://example.org/%E2%82%AC",
        "http://example.org:8080/~user/!$&'()*+,;=:@")) {
      assertEquals(Optional.of(u), Urls.repair(u));
    }
  }

  /** An ASCII host name skips IDN (whose tables cost start-up time), and gives what IDN gives, or fails as it does. */
  @Test
  void asciiHostsAsIdnHasThem() {
    java.util.List<String> hosts = new java.util.ArrayList<>(java.util.List.of("example.org", "EXAMPLE.org",
        "a.b.", ".", "", "a..b", ".a", "a.", "xn--bcher-kva.example", "a_b.c-d", "x".repeat(63) + ".org",
        "x".repeat(64) + ".org", "1.2.3.4", "..", "a b"));
    java.util.Random random = new java.util.Random(16);
    String alphabet = "ab.-_xyZ9.";
    for (int n = 0; n < 2000; n++) {
      StringBuilder h = new StringBuilder();
      int length = random.nextInt(n % 10 == 0 ? 140 : 12);
      for (int i = 0; i < length; i++) h.append(alphabet.charAt(random.nextInt(alphabet.length())));
      hosts.add(h.toString());
    }
    for (String host : hosts) {
      String idn;
      try {
        idn = java.net.IDN.toASCII(host, java.net.IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException e) {
        idn = null;
      }
      String ours;
      try {
        ours = Urls.asciiHost(host);
      } catch (IllegalArgumentException e) {
        ours = null;
      }
      assertEquals(idn, ours, "host '" + host + "'");
    }
  }

  @Test
  void theSchemeHostAndPortScannersAgreeWithTheGrammarsPatterns() {
    java.util.regex.Pattern scheme = java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    java.util.regex.Pattern host = java.util.regex.Pattern.compile("[a-z0-9._~!$&'()*+,;=%-]+");
    java.util.regex.Pattern port = java.util.regex.Pattern.compile(":[0-9]{0,5}");
    String alphabet = "aZz09+.-:/_~%!$&'()*,;=@?#[] \u00e9A";
    java.util.Random random = new java.util.Random(3986);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(9); k > 0; k--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String s = sb.toString();
      var m = scheme.matcher(s);
      assertEquals(m.find() ? m.end() - 1 : -1, Urls.schemeEnd(s), s);
      if (!s.isEmpty()) assertEquals(host.matcher(s).matches(), Urls.isHost(s), s);
      String p = ":" + s.replaceAll("[^0-9]", "");
      assertEquals(port.matcher(p).matches(), Urls.isPort(p), p);
      if (!s.isEmpty()) assertEquals(port.matcher(s).matches(), Urls.isPort(s), s);
    }
  }
  /**
   * The shapes {@link Urls#repair} accepts without parsing are ones {@link java.net.URI} accepts (with a host, for
   * http and https): random strings of the characters an encoded URL holds, after the usual starts.
   */
  @Test
  void whatIsAcceptedWithoutParsingTheUriParserAccepts() {
    String[] starts = {"", "", "http://", "https://", "//", "mailto:", "a:", "http://a.b", "https://x-1.org:"};
    String[] pieces = {"a", "z", "0", "9", "-", ".", ".", ":", "/", "/", "?", "#", "@", "%2F", "_", "~", "!", "$",
        "&", "'", "(", ")", "*", "+", ",", ";", "=", "org", "x-y", "1"};
    java.util.Random random = new java.util.Random(1738);
    int plain = 0;
    for (int n = 0; n < 50_000; n++) {
      StringBuilder sb = new StringBuilder(starts[random.nextInt(starts.length)]);
      for (int k = random.nextInt(10); k > 0; k--) sb.append(pieces[random.nextInt(pieces.length)]);
      int hash = sb.indexOf("#"); // an encoded URL has one '#' at most: the fragment's own are %23
      String s = hash < 0 ? sb.toString()
          : sb.substring(0, hash + 1) + sb.substring(hash + 1).replace("#", "%23");
      if (s.isEmpty() || !Urls.plainlyValid(s)) continue;
      plain++;
      java.net.URI uri;
      try {
        uri = new java.net.URI(s);
      } catch (java.net.URISyntaxException e) {
        throw new AssertionError("accepted without parsing, refused by URI: " + s, e);
      }
      if (s.startsWith("http")) assertTrue(uri.getHost() != null && !uri.getHost().isEmpty(), s);
      assertEquals(Optional.of(s), Urls.repair(s), s); // and repair leaves it as it is
    }
    assertTrue(plain > 10_000, "too few plain URLs generated: " + plain);
    for (String u : List.of("https://example.org/a", "http://a-b.c:8080/?q#f", "page.html", "#note-1", "/a/b:c")) {
      assertTrue(Urls.plainlyValid(u), u);
    }
    for (String u : List.of("https://1.2.3.4/", "https://a_b.org/", "https://a-.org/", "https://a.org:/x", "https://x@a.org/",
        "http:///p", "a:b", "//host/p", "https://a..b/", "https://a.1b/")) {
      assertTrue(!Urls.plainlyValid(u), u);
    }
  }
}
