package org.offprint.write;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offprint.model.Document;
import org.offprint.model.Fixtures;
import org.offprint.testing.PdfText;
import org.offprint.theme.ThemeLoader;

/** Every output format shows the article's subtitle (a standfirst the HTML reader moved out of the body). */
class SubtitleInEveryFormatTest {
  static List<String> formats() {
    return Formats.names();
  }

  @ParameterizedTest
  @MethodSource("formats")
  void subtitleIsPrinted(String name) throws Exception {
    Document doc = Fixtures.everything();
    String subtitle = doc.metadata().subtitle();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Formats.get(name).writer(WriteOptions.of(ThemeLoader.builtIn("default")).withResources(Fixtures.images()))
        .write(doc, out);
    String text = switch (name) {
      case "pdf" -> PdfText.text(out.toByteArray());
      case "epub" -> chapters(out.toByteArray());
      default -> out.toString(StandardCharsets.UTF_8);
    };
    assertTrue(text.replaceAll("\\s+", " ").contains(subtitle), name + " lacks the subtitle '" + subtitle + "'");
  }

  // the article's XHTML documents, where readers look; the title page alone is not enough
  private static String chapters(byte[] epub) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().endsWith(".xhtml") && !e.getName().contains("nav") && !e.getName().contains("title")) {
          sb.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return sb.toString();
  }
}
