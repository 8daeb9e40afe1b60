package org.offprint.model;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes a URL valid by RFC 3986, so that one link a page got wrong cannot make a store reject a whole e-book
 * (EPUBCheck RSC-020). Pages are full of URLs browsers forgive: {@code [} and {@code ]} in a query
 * ({@code ?view=render[Lightbox]}), spaces, non-ASCII letters, a lone {@code %}. Such a URL is repaired by
 * percent-encoding, as a browser does when it follows the link; one that cannot be repaired (a host that is not a
 * host name, a port that is not a number, a broken character) is refused. The one place that decides this: the
 * transform stage repairs every link's URL with it (so writers receive valid links), and writers repair with it
 * the URLs they take from elsewhere (the metadata's source, remote image sources). Stateless and thread-safe.
 *
 * <pre>{@code
 * Optional<String> url = Urls.repair("https://example.org/a?view=render[Lightbox]");
 * // https://example.org/a?view=render%5BLightbox%5D
 * }</pre>
 */
public final class Urls {
  // compiled once: String.matches and replaceAll compile their pattern on every call, once per link of a page
  private static final Pattern IP_LITERAL =
      Pattern.compile("\\[[0-9A-Fa-f:.]+\\]|\\[v[0-9A-Fa-f]+\\.[A-Za-z0-9._~!$&'()*+,;=:-]+\\]");
  private static final String UNRESERVED_AND_SUB_DELIMS = "-._~!$&'()*+,;=";

  private Urls() {}

  /**
   * {@return the URL made valid by RFC 3986, or empty when it cannot be repaired} A valid URL comes back
   * unchanged. Surrounding white space is removed, tabs and line breaks inside are dropped (as browsers do),
   * characters RFC 3986 does not allow where they stand are percent-encoded as UTF-8, host names in other
   * scripts become their ASCII (IDNA) form. A relative reference ({@code #note-1}, {@code page.html}) is
   * repaired the same way.
   */
  public static Optional<String> repair(String url) {
    Objects.requireNonNull(url, "url");
    String s = withoutTabsAndBreaks(url.strip());
    if (s.isEmpty()) return Optional.empty();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7F) return Optional.empty();
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (!paired) return Optional.empty();
        i++;
      }
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    String rest = s;
    int scheme = schemeEnd(s);
    if (scheme > 0) {
      out.append(s.substring(0, scheme + 1).toLowerCase(Locale.ROOT));
      rest = s.substring(scheme + 1);
    }
    int hash = rest.indexOf('#');
    String fragment = hash < 0 ? null : rest.substring(hash + 1);
    if (hash >= 0) rest = rest.substring(0, hash);
    int question = rest.indexOf('?');
    String query = question < 0 ? null : rest.substring(question + 1);
    if (question >= 0) rest = rest.substring(0, question);
    if (rest.startsWith("//")) {
      int end = rest.indexOf('/', 2);
      if (end < 0) end = rest.length();
      Optional<String> authority = authority(rest.substring(2, end));
      if (authority.isEmpty()) return Optional.empty();
      out.append("//").append(authority.get());
      rest = rest.substring(end);
    }
    encode(out, rest, "/:@");
    if (query != null) encode(out.append('?'), query, "/:@?");
    if (fragment != null) encode(out.append('#'), fragment, "/:@?");
    String repaired = out.toString();
    if (plainlyValid(repaired)) return Optional.of(repaired); // nearly every link: no URI parse
    try {
      URI uri = new URI(repaired);
      String sch = uri.getScheme() == null ? "" : uri.getScheme();
      if ((sch.equals("http") || sch.equals("https")) && (uri.getHost() == null || uri.getHost().isEmpty())) {
        return Optional.empty();
      }
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    return Optional.of(repaired);
  }

  /**
   * {@return whether {@code repaired}, made of the characters {@link #encode} leaves, has one of the two shapes
   * nearly every link has and {@link URI} always accepts}: an http(s) URL whose host is a plain host name (labels
   * of letters, digits and inner hyphens, the last one starting with a letter) with at most a port, or a reference
   * without scheme or authority whose first segment has no colon. Any other URL is checked by parsing it.
   */
  static boolean plainlyValid(String repaired) {
    int start = repaired.startsWith("https://") ? 8 : repaired.startsWith("http://") ? 7 : 0;
    if (start == 0) {
      if (repaired.startsWith("//")) return false;
      for (int i = 0; i < repaired.length(); i++) {
        char c = repaired.charAt(i);
        if (c == ':') return false;
        if (c == '/' || c == '?' || c == '#') break;
      }
      return true;
    }
    int end = start;
    while (end < repaired.length() && "/?#".indexOf(repaired.charAt(end)) < 0) end++;
    int colon = repaired.indexOf(':', start);
    int hostEnd = colon >= 0 && colon < end ? colon : end;
    for (int p = colon + 1; hostEnd < end && p < end; p++) {
      char c = repaired.charAt(p);
      if (c < '0' || c > '9') return false;
    }
    if (hostEnd < end && hostEnd + 1 == end) return false; // a colon without a port
    return isHostName(repaired, start, hostEnd);
  }

  /** {@return whether {@code s} from {@code start} to {@code end} is dot-separated labels, the last one led by a letter} */
  private static boolean isHostName(String s, int start, int end) {
    if (start >= end) return false;
    int label = start;
    for (int i = start; i <= end; i++) {
      char c = i < end ? s.charAt(i) : '.';
      if (c == '.') {
        if (i == label || s.charAt(i - 1) == '-') return false; // an empty label, or one ending in a hyphen
        if (i == end && !isAsciiLetter(s.charAt(label))) return false;
        label = i + 1;
      } else if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && !(c == '-' && i > label)) {
        return false;
      }
    }
    return true;
  }

  /** {@return whether the URL is valid by RFC 3986 as it stands, that is {@link #repair} leaves it unchanged} */
  public static boolean valid(String url) {
    return repair(url).map(url::equals).orElse(false);
  }

  private static Optional<String> authority(String a) {
    int at = a.lastIndexOf('@');
    StringBuilder out = new StringBuilder();
    if (at >= 0) {
      encode(out, a.substring(0, at), ":");
      out.append('@');
      a = a.substring(at + 1);
    }
    String host = a;
    String port = "";
    if (a.startsWith("[")) {
      int close = a.indexOf(']');
      if (close < 0) return Optional.empty();
      host = a.substring(0, close + 1);
      port = a.substring(close + 1);
      if (!port.isEmpty() && !port.startsWith(":")) return Optional.empty();
      if (!IP_LITERAL.matcher(host).matches()) return Optional.empty();
    } else {
      int colon = a.lastIndexOf(':');
      if (colon >= 0) {
        host = a.substring(0, colon);
        port = a.substring(colon);
      }
      if (!host.isEmpty()) {
        try {
          host = (ascii(host) ? asciiHost(host) : IDN.toASCII(host, IDN.ALLOW_UNASSIGNED)).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
        if (!isHost(host)) return Optional.empty();
      }
    }
    if (!port.isEmpty() && !isPort(port)) return Optional.empty();
    return Optional.of(out.append(host).append(port).toString());
  }

  /**
   * {@return where the scheme of {@code s} ends (the index of its {@code :}), or -1 when it has none}: a letter,
   * then letters, digits, {@code +}, {@code .} and {@code -} (RFC 3986, 3.1), by hand rather than by a pattern, as
   * every link of a page is repaired
   */
  static int schemeEnd(String s) {
    if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) return -1;
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':') return i;
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') return -1;
    }
    return -1;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** {@return whether {@code host}, lower-cased, is a registered name: unreserved, sub-delims and {@code %}} */
  static boolean isHost(String host) {
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && "._~!$&'()*+,;=%-".indexOf(c) < 0) return false;
    }
    return !host.isEmpty();
  }

  /** {@return whether {@code port} is a colon and up to five digits} */
  static boolean isPort(String port) {
    if (port.charAt(0) != ':' || port.length() > 6) return false;
    for (int i = 1; i < port.length(); i++) if (port.charAt(i) < '0' || port.charAt(i) > '9') return false;
    return true;
  }

  /** {@return {@code s} without tabs and line breaks, which browsers drop from a URL; {@code s} itself when it has none} */
  static String withoutTabsAndBreaks(String s) {
    if (s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s; // nearly every URL
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') out.append(c);
    }
    return out.toString();
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
    return true;
  }

  /**
   * {@return what {@link IDN#toASCII} gives for a host name in ASCII: the name itself} Without IDN, whose class
   * loads the Unicode tables of its name preparation (60-70 ms in a cold JVM) that an ASCII name never needs.
   *
   * @throws IllegalArgumentException as IDN does: for an empty label, or one longer than 63 characters
   */
  static String asciiHost(String host) {
    if (host.equals(".")) return host;
    int start = 0;
    while (start < host.length()) {
      int dot = host.indexOf('.', start);
      int end = dot < 0 ? host.length() : dot;
      if (end == start) throw new IllegalArgumentException("Empty label is not a legal name");
      if (end - start > 63) throw new IllegalArgumentException("The label in the input is too long");
      start = end + 1;
    }
    return host;
  }

  /** Appends {@code part}, percent-encoding every character but unreserved, sub-delims and {@code extra}. */
  private static void encode(StringBuilder out, String part, String extra) {
    for (int i = 0; i < part.length(); ) {
      int c = part.codePointAt(i);
      int n = Character.charCount(c);
      if (c == '%' && i + 2 < part.length() && hex(part.charAt(i + 1)) && hex(part.charAt(i + 2))) {
        out.append('%').append(Character.toUpperCase(part.charAt(i + 1))).append(Character.toUpperCase(part.charAt(i + 2)));
        i += 3;
        continue;
      }
      if (c < 0x80 && (Character.isLetterOrDigit(c) || UNRESERVED_AND_SUB_DELIMS.indexOf(c) >= 0
          || extra.indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 15, 16)))
              .append(Character.toUpperCase(Character.forDigit(b & 15, 16)));
        }
      }
      i += n;
    }
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
