package org.offprint.write.epub;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offprint.testing.Goldens;
import org.offprint.testing.WriterGoldenDocuments;
import org.offprint.testing.WriterGoldenDocuments.Sample;

/**
 * The EPUB package of each writer-golden document against {@code src/test/resources/golden/epub/NAME.txt}: every
 * entry in zip order, text entries (mimetype, XML, XHTML, CSS, NCX) with their whole content, binary entries
 * (fonts, images, cover) as one line of name, size and SHA-256. Regenerate with
 * {@code mvn test -Dtest=EpubGoldenTest -Dgolden.update=true} and review the diff.
 */
class EpubGoldenTest {
  static List<Sample> samples() throws IOException {
    return WriterGoldenDocuments.samples();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void packageEntriesMatchTheirGolden(Sample s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EpubWriter.builder(WriterGoldenDocuments.options(s)).build().write(s.document(), out);
    Goldens.check(Path.of("src/test/resources/golden/epub", s.name() + ".txt"), listing(out.toByteArray()));
  }

  /** {@return the entries in zip order, each under a {@code ==== name (method, N bytes)} line} */
  static String listing(byte[] epub) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(epub))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] b = in.readAllBytes();
        String method = e.getMethod() == ZipEntry.STORED ? "stored" : "deflated";
        if (isDrawnCover(e.getName())) {
          // drawn by Java 2D, whose text rasteriser may differ between JDK builds: its size in pixels, not its bytes
          int width = java.nio.ByteBuffer.wrap(b, 16, 4).getInt();
          int height = java.nio.ByteBuffer.wrap(b, 20, 4).getInt();
          sb.append("==== ").append(e.getName()).append(" (").append(method).append(", drawn PNG ").append(width)
              .append(" x ").append(height).append(")\n");
          continue;
        }
        sb.append("==== ").append(e.getName()).append(" (").append(method).append(", ").append(b.length)
            .append(" bytes");
        if (isText(e.getName())) {
          String text = new String(b, StandardCharsets.UTF_8);
          sb.append(")\n").append(text);
          if (!text.endsWith("\n")) sb.append("\n<no newline at end>\n");
        } else {
          sb.append(", sha256 ").append(sha256(b)).append(")\n");
        }
      }
    }
    return sb.toString();
  }

  private static boolean isDrawnCover(String name) {
    return name.matches(".*/images/cover-\\d+\\.png");
  }

  private static boolean isText(String name) {
    return name.equals("mimetype") || name.matches(".*\\.(xml|opf|xhtml|html|css|ncx)");
  }

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
