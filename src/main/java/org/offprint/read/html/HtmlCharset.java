package org.offprint.read.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.offprint.read.Source;

/**
 * Decodes an HTML page's bytes into a jsoup DOM with the right charset: a forced charset, then the HTTP header's,
 * then what the document declares.
 */
final class HtmlCharset {
  private HtmlCharset() {}

  /** {@return the parsed page, with {@code baseUri} set to the source's location} */
  static Document parse(Source source) throws IOException {
    String base = source.location().map(Object::toString).orElse("");
    Charset forced = source.charset().or(source::headerCharset).orElse(null);
    return Jsoup.parse(new ByteArrayInputStream(source.bytes()), forced == null ? null : forced.name(), base);
  }
}
