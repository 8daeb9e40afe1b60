package org.offprint.read.mhtml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The part of MIME (RFC 2045, 2046, 2557) that MHTML files use: a header block with folded lines, a multipart body
 * split at its boundary (nested multiparts flattened), and parts in base64, quoted-printable, 7bit, 8bit or binary.
 * Works on bytes read as ISO-8859-1, which maps each byte to one char, so that part bodies keep their bytes.
 */
final class Mime {
  /** Deeper nesting than this is not followed: no browser writes more than two levels. */
  private static final int MAX_DEPTH = 8;

  private Mime() {}

  /** A message or part: its headers (names in lower case, the first of each kept) and its decoded body. */
  record Part(Map<String, String> headers, byte[] body) {
    String header(String name) {
      return headers.getOrDefault(name, "");
    }

    /** {@return the media type without parameters, in lower case, {@code text/plain} when absent (RFC 2045)} */
    String type() {
      String t = header("content-type");
      int semi = t.indexOf(';');
      t = (semi < 0 ? t : t.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
      return t.isEmpty() ? "text/plain" : t;
    }

    /** {@return a parameter of the Content-Type header, unquoted} */
    Optional<String> typeParameter(String name) {
      return parameter(header("content-type"), name);
    }
  }

  /** A message that is not MIME as MHTML needs it. */
  static final class MimeException extends Exception {
    private static final long serialVersionUID = 1L;

    MimeException(String message) {
      super(message);
    }
  }

  /** {@return the message's top-level headers and every leaf part of its body, in order} */
  static List<Part> parts(byte[] message) throws MimeException {
    String text = new String(message, StandardCharsets.ISO_8859_1);
    int[] end = new int[1];
    Map<String, String> top = headers(text, 0, end);
    if (!top.containsKey("content-type")) throw new MimeException("has no MIME Content-Type header");
    List<Part> out = new ArrayList<>();
    leaves(top, text.substring(end[0]), 0, out);
    return out;
  }

  /** {@return the headers of the message's header block} */
  static Map<String, String> topHeaders(byte[] message) {
    return headers(new String(message, StandardCharsets.ISO_8859_1), 0, new int[1]);
  }

  private static void leaves(Map<String, String> headers, String body, int depth, List<Part> out)
      throws MimeException {
    Part self = new Part(headers, new byte[0]);
    if (!self.type().startsWith("multipart/")) {
      out.add(new Part(headers, decode(body, self.header("content-transfer-encoding"))));
      return;
    }
    if (depth >= MAX_DEPTH) throw new MimeException("nests multiparts more than " + MAX_DEPTH + " deep");
    String boundary = self.typeParameter("boundary").orElse("");
    if (boundary.isEmpty()) throw new MimeException("has a multipart Content-Type without a boundary");
    for (String part : split(body, boundary)) {
      int[] end = new int[1];
      Map<String, String> h = headers(part, 0, end);
      leaves(h, part.substring(end[0]), depth + 1, out);
    }
  }

  /**
   * {@return the bodies between the boundary lines}, without the line break that belongs to each delimiter; the
   * preamble and the epilogue are dropped
   */
  static List<String> split(String body, String boundary) throws MimeException {
    String delimiter = "--" + boundary;
    List<String> parts = new ArrayList<>();
    int start = -1;
    int i = 0;
    boolean closed = false;
    while (i <= body.length()) {
      int at = body.indexOf(delimiter, i);
      if (at < 0) break;
      if (at > 0 && body.charAt(at - 1) != '\n') { // a delimiter starts a line
        i = at + 1;
        continue;
      }
      if (start >= 0) parts.add(body.substring(start, lineBreakBefore(body, at, start)));
      int after = at + delimiter.length();
      closed = body.startsWith("--", after);
      int eol = body.indexOf('\n', after);
      if (closed || eol < 0) break;
      start = eol + 1;
      i = start;
    }
    if (parts.isEmpty()) throw new MimeException("has no part between its MIME boundaries");
    return parts;
  }

  private static int lineBreakBefore(String body, int at, int floor) {
    int end = at;
    if (end > floor && body.charAt(end - 1) == '\n') end--;
    if (end > floor && body.charAt(end - 1) == '\r') end--;
    return end;
  }

  /** {@return the header block at {@code from}; {@code end[0]} is set to where the body starts} */
  static Map<String, String> headers(String text, int from, int[] end) {
    Map<String, String> headers = new LinkedHashMap<>();
    String name = null;
    StringBuilder value = new StringBuilder();
    int i = from;
    while (i < text.length()) {
      int eol = text.indexOf('\n', i);
      int next = eol < 0 ? text.length() : eol + 1;
      String line = text.substring(i, eol < 0 ? text.length() : eol);
      if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
      i = next;
      if (line.isEmpty()) break;
      if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
        value.append(' ').append(line.trim()); // a folded line continues the header above
        continue;
      }
      if (name != null) headers.putIfAbsent(name, value.toString().trim());
      int colon = line.indexOf(':');
      if (colon <= 0) {
        name = null;
        continue;
      }
      name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      value.setLength(0);
      value.append(line.substring(colon + 1));
    }
    if (name != null) headers.putIfAbsent(name, value.toString().trim());
    end[0] = i;
    return headers;
  }

  /** {@return the parameter {@code name} of a header value such as {@code multipart/related; boundary="x"}} */
  static Optional<String> parameter(String value, String name) {
    int i = value.indexOf(';');
    while (i >= 0 && i < value.length()) {
      int eq = value.indexOf('=', i);
      if (eq < 0) return Optional.empty();
      String key = value.substring(i + 1, eq).trim().toLowerCase(Locale.ROOT);
      int j = eq + 1;
      while (j < value.length() && Character.isWhitespace(value.charAt(j))) j++;
      StringBuilder v = new StringBuilder();
      if (j < value.length() && value.charAt(j) == '"') {
        j++;
        while (j < value.length() && value.charAt(j) != '"') {
          if (value.charAt(j) == '\\' && j + 1 < value.length()) j++;
          v.append(value.charAt(j++));
        }
        j = value.indexOf(';', j);
      } else {
        int semi = value.indexOf(';', j);
        v.append(value, j, semi < 0 ? value.length() : semi);
        j = semi;
      }
      if (key.equals(name)) return Optional.of(v.toString().trim());
      i = j;
    }
    return Optional.empty();
  }

  /** {@return the body's bytes, decoded from its transfer encoding; an unknown encoding is kept as it is} */
  static byte[] decode(String body, String encoding) throws MimeException {
    String e = encoding.trim().toLowerCase(Locale.ROOT);
    if (e.equals("base64")) {
      try {
        return Base64.getMimeDecoder().decode(body.trim());
      } catch (IllegalArgumentException ex) {
        throw new MimeException("has a damaged base64 part (" + ex.getMessage() + ")");
      }
    }
    if (e.equals("quoted-printable")) return quotedPrintable(body);
    return body.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** RFC 2045 6.7: {@code =XX} is a byte, {@code =} at a line's end joins it to the next; a stray {@code =} stays. */
  static byte[] quotedPrintable(String body) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length());
    int n = body.length();
    for (int i = 0; i < n; i++) {
      char c = body.charAt(i);
      if (c != '=') {
        out.write(c);
        continue;
      }
      int j = i + 1;
      while (j < n && (body.charAt(j) == ' ' || body.charAt(j) == '\t')) j++; // transport padding
      if (j < n && body.charAt(j) == '\n') {
        i = j;
        continue;
      }
      if (j + 1 < n && body.charAt(j) == '\r' && body.charAt(j + 1) == '\n') {
        i = j + 1;
        continue;
      }
      if (j == n) {
        i = j;
        continue;
      }
      if (i + 2 < n && hex(body.charAt(i + 1)) >= 0 && hex(body.charAt(i + 2)) >= 0) {
        out.write(hex(body.charAt(i + 1)) * 16 + hex(body.charAt(i + 2)));
        i += 2;
        continue;
      }
      out.write(c);
    }
    return out.toByteArray();
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  }
}
