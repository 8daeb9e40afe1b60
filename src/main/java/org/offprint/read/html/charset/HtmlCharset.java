package org.offprint.read.html.charset;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.jsoup.nodes.Document;
import org.offprint.read.CharsetDetector;
import org.offprint.read.Source;
import org.offprint.read.Utf8;

/**
 * Decodes an HTML page's bytes into a jsoup DOM with the right charset. Order: a byte-order mark, a forced charset
 * ({@code --charset}), the HTTP header's, then a {@code <meta charset>}, {@code http-equiv} or XML declaration
 * anywhere in the head (jsoup alone looks at the first 5 KB only). A declaration the bytes contradict (valid UTF-8
 * under a legacy label, text that reads far better in another charset) loses to {@link CharsetDetector}, which
 * also decides when nothing is declared.
 */
public final class HtmlCharset {
  private HtmlCharset() {}

  /** How far to look for a declaration when the page has no {@code <body>} tag. */
  private static final int HEAD_LIMIT = 512 * 1024;

  // spelled out rather than CASE_INSENSITIVE: this runs over the whole head of every page
  private static final Pattern META = Pattern.compile("<[mM][eE][tT][aA]\\s[^>]*>");
  private static final Pattern META_CHARSET = Pattern.compile(
      "charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_DECL = Pattern.compile(
      "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']", Pattern.CASE_INSENSITIVE);

  /**
   * {@return the parsed page, with {@code baseUri} set to the source's location}: UTF-8, nearly every page, is
   * decoded straight from the bytes into the parser's buffer, without a String or an array of the whole text
   * between them, and checked as it is decoded rather than in a pass of its own
   */
  public static Document parse(Source source) throws IOException {
    String base = source.location().map(Object::toString).orElse("");
    Decision d = decide(source, false);
    Bytes text = Bytes.of(source, d);
    if (d.charset.equals(StandardCharsets.UTF_8)) {
      try {
        return parse(Utf8.reader(text.bytes, text.from, text.to), base, d.charset);
      } catch (UncheckedIOException e) { // jsoup's wrapping of the reader's exception
        if (!(e.getCause() instanceof MalformedInputException)) throw e;
        // Not UTF-8 after all: a declaration is now weighed against the bytes, as when it names another charset;
        // broken bytes after a BOM or under a forced charset are left to the JDK decoder, which replaces them.
        if (d.unchecked) {
          d = decide(source, true);
          text = Bytes.of(source, d);
        }
      }
    }
    return parse(new StringReader(new String(text.bytes, text.from, text.to - text.from, d.charset)), base, d.charset);
  }

  /** The bytes the parser reads, from {@code from} to {@code to}: the page's, with scripts and style sheets emptied. */
  private record Bytes(byte[] bytes, int from, int to) {
    static Bytes of(Source source, Decision d) {
      ScriptText.Kept kept = asciiSafe(d.charset) ? ScriptText.emptied(source.bytes(), d.offset) : null;
      return kept == null ? new Bytes(source.bytes(), d.offset, source.bytes().length)
          : new Bytes(kept.bytes(), 0, kept.length());
    }
  }

  /** Whether {@code <} and ASCII letters are single bytes of {@code charset} that no other character holds. */
  private static boolean asciiSafe(Charset charset) {
    return charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)
        || charset.equals(StandardCharsets.ISO_8859_1) || charset.name().startsWith("windows-125")
        || charset.name().startsWith("ISO-8859-") || charset.name().equals("KOI8-R")
        || charset.name().equals("KOI8-U");
  }

  private static Document parse(Reader text, String base, Charset charset) {
    Document doc = Parser.htmlParser().parseInput(text, base);
    doc.outputSettings().charset(charset);
    return doc;
  }

  /** {@return the charset the page's bytes are read with} */
  static Charset charsetOf(Source source) {
    return decide(source, true).charset;
  }

  /**
   * The charset and where the text starts; {@code unchecked} says it is a UTF-8 declaration that the bytes were
   * not checked against.
   */
  private record Decision(Charset charset, int offset, boolean unchecked) {
    Decision(Charset charset, int offset) {
      this(charset, offset, false);
    }
  }

  /**
   * {@return the charset to read the page with}; with {@code checkUtf8} false, a UTF-8 declaration is taken as it
   * stands, for the reader to check as it decodes
   */
  private static Decision decide(Source source, boolean checkUtf8) {
    byte[] b = source.bytes();
    Decision bom = bom(b);
    if (bom != null) return bom;
    if (source.charset().isPresent()) return new Decision(source.charset().get(), 0);
    if (source.headerCharset().isPresent()) return new Decision(source.headerCharset().get(), 0);
    Optional<Charset> declared = declared(b);
    if (declared.isEmpty()) return new Decision(CharsetDetector.detect(b), 0);
    if (!checkUtf8 && declared.get().equals(StandardCharsets.UTF_8)) return new Decision(declared.get(), 0, true);
    return new Decision(check(declared.get(), b, Utf8.multibyteCount(b)), 0);
  }

  /** Keeps a declared charset unless the bytes clearly say otherwise; {@code utf8} is the bytes' multibyteCount. */
  private static Charset check(Charset declared, byte[] b, int utf8) {
    if (declared.equals(StandardCharsets.UTF_8)) {
      if (utf8 >= 0) return declared;
    } else if (utf8 > 0) {
      return StandardCharsets.UTF_8; // a legacy label over UTF-8 text: the bytes can hardly be anything else
    }
    Charset best = CharsetDetector.detect(b);
    if (best.equals(declared)) return declared;
    double have = CharsetDetector.score(b, declared);
    double other = CharsetDetector.score(b, best);
    return other > have + 10 + 0.2 * Math.abs(have) ? best : declared;
  }

  private static Decision bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Decision(StandardCharsets.UTF_8, 3);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Decision(StandardCharsets.UTF_16BE, 2);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Decision(StandardCharsets.UTF_16LE, 2);
    }
    return null;
  }

  /** {@return the charset the head declares, looking as far as the {@code <body>} tag} */
  static Optional<Charset> declared(byte[] b) {
    // the first 2 KB first, where nearly every declaration is (HTML asks for it in the first 1,024 bytes), then
    // 16 KB: a copy of half a megabyte of head per page costs, and so does one of 16 KB for every page
    int limit = Math.min(b.length, HEAD_LIMIT);
    for (int window : new int[] {2 * 1024, 16 * 1024}) {
      if (window >= limit) break;
      Optional<Charset> found = declared(new String(b, 0, window, StandardCharsets.ISO_8859_1), false);
      if (found != null) return found;
    }
    return declared(new String(b, 0, limit, StandardCharsets.ISO_8859_1), true);
  }

  /**
   * {@return the charset declared in {@code s}, empty when there is none, or null when {@code s} is only the
   * start of the head ({@code whole} false) and the answer lies further on}
   */
  private static Optional<Charset> declared(String s, boolean whole) {
    Optional<Charset> none = whole ? Optional.empty() : null;
    if (opensWithXmlDeclaration(s)) {
      Matcher xml = XML_DECL.matcher(s).region(0, bodyStart(s, 0, s.length()));
      if (xml.find()) {
        Optional<Charset> cs = forLabel(xml.group(1));
        if (cs.isPresent()) return cs;
      }
    }
    // One walk from one '<' to the next, reading each <meta and stepping over comments, up to the <body> tag: no
    // pattern runs over the head, which can hold hundreds of kilobytes of inline script and style, and the walk
    // ends at the first declaration, near the top of nearly every page.
    int n = s.length();
    for (int i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i + 1)) {
      if (isBodyTag(s, i)) return Optional.empty();
      if (s.startsWith("<!--", i)) {
        int close = s.indexOf("-->", i + 4);
        if (close < 0) return bodyStart(s, i + 4, s.length()) < s.length() ? Optional.empty() : none;
        if (bodyStart(s, i + 4, close) < close) return Optional.empty(); // unclosed before <body>
        i = close + 2;
        continue;
      }
      if (!s.regionMatches(true, i, "<meta", 0, 5)) continue;
      int gt = s.indexOf('>', i);
      if (gt < 0) return bodyStart(s, i + 1, s.length()) < s.length() ? Optional.empty() : none;
      if (bodyStart(s, i + 1, gt) < gt) return Optional.empty(); // unclosed before <body>
      // most <meta> tags (og:, twitter:, viewport) name no charset: the patterns run only on those that do
      if (!mentionsCharset(s, i, gt)) {
        i = gt;
        continue;
      }
      Matcher m = META.matcher(s).region(i, gt + 1);
      if (m.lookingAt()) {
        Matcher cm = META_CHARSET.matcher(m.group());
        if (cm.find()) {
          Optional<Charset> cs = forLabel(cm.group(1));
          if (cs.isPresent()) return cs;
        }
      }
      i = gt;
    }
    return none;
  }

  private static boolean mentionsCharset(String s, int from, int to) {
    for (int k = s.indexOf('=', from); k >= 0 && k < to; k = s.indexOf('=', k + 1)) {
      // "charset" before the '=', perhaps with spaces between them, as META_CHARSET reads it
      int j = k;
      while (j > from && Character.isWhitespace(s.charAt(j - 1))) j--;
      if (j - 7 >= from && s.regionMatches(true, j - 7, "charset", 0, 7)) return true;
    }
    return false;
  }

  /** {@return whether {@code s} opens with {@code <?xml}, after any spaces, as {@link #XML_DECL} asks} */
  private static boolean opensWithXmlDeclaration(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) >= '\t' && s.charAt(i) <= '\r')) i++;
    return s.regionMatches(true, i, "<?xml", 0, 5);
  }

  /**
   * {@return where the first {@code <body} tag in {@code s} between {@code from} and {@code to} starts, or
   * {@code to}}; the text is the bytes as Latin-1, so that the search for {@code <} runs as the JDK's vectorised
   * indexOf
   */
  private static int bodyStart(String s, int from, int to) {
    for (int i = s.indexOf('<', from); i >= 0 && i < to; i = s.indexOf('<', i + 1)) {
      if (isBodyTag(s, i)) return i;
    }
    return to;
  }

  /** {@return whether {@code <body} starts at {@code i} (any case, then {@code >}, a space or a non-ASCII byte)} */
  private static boolean isBodyTag(String s, int i) {
    if (i + 5 >= s.length()) return false;
    char c = s.charAt(i + 5);
    return (s.charAt(i + 1) | 0x20) == 'b' && (s.charAt(i + 2) | 0x20) == 'o' && (s.charAt(i + 3) | 0x20) == 'd'
        && (s.charAt(i + 4) | 0x20) == 'y' && (c == '>' || c <= ' ' || c >= 0x80);
  }

  /**
   * {@return the charset for a declared label}, widened as browsers do (WHATWG Encoding): Latin-1 and ASCII are
   * read as windows-1252, GB2312/GBK as GB18030, Shift_JIS as windows-31j, EUC-KR as windows-949. A page read
   * from bytes that claims UTF-16 is ASCII-compatible, so it is UTF-8.
   */
  static Optional<Charset> forLabel(String label) {
    String l = label.trim().toLowerCase(Locale.ROOT);
    switch (l) {
      case "utf8": case "unicode-1-1-utf-8": case "utf-16": case "utf-16le": case "utf-16be": case "unicode":
        return Optional.of(StandardCharsets.UTF_8);
      case "iso-8859-1": case "iso8859-1": case "latin1": case "l1": case "ascii": case "us-ascii":
      case "iso_8859-1": case "cp1252": case "x-cp1252":
        return Optional.of(Charset.forName("windows-1252"));
      case "gb2312": case "gbk": case "x-gbk": case "cp936": case "euc-cn": case "gb_2312-80":
        return Optional.of(Charset.forName("GB18030"));
      case "shift_jis": case "shift-jis": case "sjis": case "x-sjis": case "ms_kanji": case "ms932":
        return Optional.of(Charset.forName("windows-31j"));
      case "euc-kr": case "ks_c_5601-1987": case "ksc5601": case "cp949": case "windows-949":
        return Optional.of(Charset.forName("x-windows-949"));
      case "tis-620": case "iso-8859-11":
        return Optional.of(Charset.forName("x-windows-874"));
      default:
        try {
          return Optional.of(Charset.forName(l));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return Optional.empty();
        }
    }
  }
}
