package org.offprint.write.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offprint.testing.Goldens;
import org.offprint.testing.WriterGoldenDocuments;
import org.offprint.testing.WriterGoldenDocuments.Sample;

/**
 * The standalone (self-contained) HTML of each writer-golden document against
 * {@code src/test/resources/golden/html/NAME.html}. Embedded {@code data:} URIs (font subsets, images) are replaced
 * by their media type, length and SHA-256, so that the golden stays small and readable but still changes when the
 * embedded bytes do. Regenerate with {@code mvn test -Dtest=HtmlGoldenTest -Dgolden.update=true} and review the diff.
 */
class HtmlGoldenTest {
  private static final Pattern DATA_URI = Pattern.compile("data:([a-z0-9.+/-]+)(;[a-z0-9=-]+)*;base64,([A-Za-z0-9+/=]+)");

  static List<Sample> samples() throws IOException {
    return WriterGoldenDocuments.samples();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void standaloneHtmlMatchesItsGolden(Sample s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HtmlWriter.builder(WriterGoldenDocuments.options(s)).selfContained(true).build().write(s.document(), out);
    String html = placeholders(out.toString(StandardCharsets.UTF_8));
    Goldens.check(Path.of("src/test/resources/golden/html", s.name() + ".html"), html);
  }

  /** {@return the HTML with each base64 {@code data:} URI as {@code data:TYPE;sha256=HEX16;chars=N}} */
  static String placeholders(String html) {
    Matcher m = DATA_URI.matcher(html);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String payload = m.group(3);
      m.appendReplacement(sb, Matcher.quoteReplacement("data:" + m.group(1) + ";sha256="
          + sha256(payload).substring(0, 16) + ";chars=" + payload.length()));
    }
    return m.appendTail(sb).toString();
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
