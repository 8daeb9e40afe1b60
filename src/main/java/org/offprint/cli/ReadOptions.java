package org.offprint.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.offprint.read.Source;
import picocli.CommandLine.Option;

/** Options that say how to read inputs. */
final class ReadOptions {
  @Option(names = "--from", paramLabel = "FORMAT",
      description = "Input format: html, markdown or text (default: from the file extension, else sniffed).")
  String from;

  @Option(names = "--charset", paramLabel = "NAME",
      description = "Decode inputs with this charset, whatever they declare (e.g. windows-1251).")
  String charset;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Resolve the page's relative links against this URL.")
  String baseUrl;

  @Option(names = "--allow-local-files", paramLabel = "DIR",
      description = "Also let pages refer to images in DIR (repeatable). By default only the input's own folder is read.")
  List<Path> allowLocalFiles = new ArrayList<>();

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
