package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offprint.testing.EpubCheckRunner;
import org.offprint.testing.WebArchives;

/**
 * Every sample page of {@code input/}, archived as Chrome's MHTML and as a WARC (plain and gzipped) by this test,
 * gives the same model as the saved page: {@code inspect}'s JSON is equal once each image URL is replaced by the
 * hash of the bytes behind it (the saved page's images are files beside it, the archive's are its parts or
 * records), and the EPUB made from the archive, valid for EPUBCheck, holds the same images, byte for byte (but
 * for the cover drawn when the saved page's og:image is remote: its archive holds that image).
 */
class WebArchiveSamplesTest {
  private static final Map<String, String> ENV = Map.of("SOURCE_DATE_EPOCH", "1700000000");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static Stream<String> samples() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("input"))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList().stream();
    }
  }

  private static String contentType(String sample) {
    return sample.startsWith("vestnik") ? "text/html; charset=windows-1251" : "text/html; charset=utf-8";
  }

  @ParameterizedTest
  @MethodSource("samples")
  void anMhtmlOfTheSavedPageGivesItsModelAndPictures(String sample) throws IOException {
    WebArchives.Capture capture = WebArchives.capture(Path.of("input", sample), "text/html");
    Path archive = dir.resolve(sample.replace(".html", ".mhtml"));
    Files.write(archive, WebArchives.mhtml(capture));
    sameAsSavedPage(sample, capture, archive);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void aWarcOfTheSavedPageGivesItsModelAndPictures(String sample) throws IOException {
    WebArchives.Capture capture = WebArchives.capture(Path.of("input", sample), contentType(sample));
    Path archive = dir.resolve(sample.replace(".html", ".warc.gz"));
    Files.write(archive, WebArchives.warc(List.of(capture), true));
    sameAsSavedPage(sample, capture, archive);
  }

  /**
   * A page saved by SingleFile holds its pictures as {@code data:} URIs: each picture the page shows (the largest
   * of a {@code srcset}, as a browser saving it would) replaces the {@code src}, and the {@code srcset} goes.
   */
  @ParameterizedTest
  @MethodSource("samples")
  void aSingleFilePageWithDataImagesGivesItsModelAndPictures(String sample) throws IOException {
    WebArchives.Capture capture = WebArchives.capture(Path.of("input", sample), "text/html");
    String html = new String(Files.readAllBytes(Path.of("input", sample)), StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher img = java.util.regex.Pattern.compile("<img\\b[^>]*>").matcher(html);
    StringBuilder out = new StringBuilder();
    Map<String, byte[]> data = new java.util.HashMap<>();
    while (img.find()) {
      String tag = img.group();
      String src = attr(tag, "src");
      String[] candidates = attr(tag, "srcset").split(",");
      String shown = candidates.length > 1 ? candidates[candidates.length - 1].trim().split("\\s+")[0] : src;
      Path file = Path.of("input").resolve(shown);
      if (!src.isEmpty() && !src.contains(":") && Files.isRegularFile(file)) {
        byte[] bytes = Files.readAllBytes(file);
        String uri = "data:" + (shown.endsWith(".png") ? "image/png" : "image/jpeg") + ";base64,"
            + java.util.Base64.getEncoder().encodeToString(bytes);
        data.put(uri, bytes);
        tag = tag.replaceAll("\\s(srcset|sizes)=\"[^\"]*\"", "").replace("src=\"" + src + "\"", "src=\"" + uri + "\"");
      }
      img.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(tag));
    }
    img.appendTail(out);
    assertEquals(capture.images().isEmpty(), data.isEmpty(), "each sample with pictures has them inside");
    Path page = dir.resolve(sample.replace(".html", "-singlefile.html"));
    Files.write(page, out.toString().getBytes(StandardCharsets.ISO_8859_1));
    // the model keeps the data: URI whole: its bytes are the picture
    sameAsSavedPage(sample, src -> Optional.ofNullable(data.get(src)), page);
  }

  private static String attr(String tag, String name) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return m.find() ? m.group(1) : "";
  }

  private void sameAsSavedPage(String sample, WebArchives.Capture capture, Path archive) throws IOException {
    sameAsSavedPage(sample, src -> Optional.ofNullable(capture.images().get(src)), archive);
  }

  private void sameAsSavedPage(String sample, Function<String, Optional<byte[]>> parts, Path archive)
      throws IOException {
    Path saved = Path.of("input", sample);
    CliRun page = CliRun.in(Path.of(""), ENV, new byte[0], "inspect", saved.toString());
    CliRun archived = CliRun.in(Path.of(""), ENV, new byte[0], "inspect", archive.toString());
    assertEquals(0, page.exit, page.err);
    assertEquals(0, archived.exit, archived.err);
    Function<String, Optional<byte[]>> files = src -> {
      if (!src.startsWith("file:")) return Optional.empty();
      Path p = Path.of(URI.create(src));
      return Files.isRegularFile(p) ? Optional.of(read(p)) : Optional.empty();
    };
    List<String> pictures = new ArrayList<>();
    JsonNode expected = withImageHashes(JSON.readTree(page.out), files, pictures);
    JsonNode actual = withImageHashes(JSON.readTree(archived.out), parts, new ArrayList<>());
    assertEquals(expected.toPrettyString(), actual.toPrettyString());
    if (!WebArchives.capture(saved, "text/html").images().isEmpty()) {
      assertFalse(pictures.isEmpty(), "the page's own pictures are in its model");
    }

    Path fromPage = dir.resolve("page.epub");
    Path fromArchive = dir.resolve("archive.epub");
    CliRun a = CliRun.in(Path.of(""), ENV, new byte[0], "convert", saved.toString(), "-o", fromPage.toString(), "-q");
    CliRun b = CliRun.in(Path.of(""), ENV, new byte[0], "convert", archive.toString(), "-o", fromArchive.toString());
    assertEquals(0, a.exit, a.err);
    assertEquals(0, b.exit, b.err);
    Map<String, String> pageImages = images(read(fromPage));
    assertTrue(pageImages.size() >= pictures.size(), "an image file for each picture of the model: " + pageImages);
    assertEquals(pageImages, images(read(fromArchive)));
    EpubCheckRunner.Result check = EpubCheckRunner.check(read(fromArchive));
    assertTrue(check.clean(), check.toString());
  }

  /** {@return the model with every image URL it can resolve replaced by the hash of its bytes} */
  static JsonNode withImageHashes(JsonNode node, Function<String, Optional<byte[]>> resolve, List<String> hashes) {
    if (node.isObject()) {
      ObjectNode o = (ObjectNode) node;
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode v = o.get(name);
        if (name.equals("src") && v.isTextual()) {
          Optional<byte[]> bytes = resolve.apply(v.asText());
          if (bytes.isPresent()) {
            String hash = "sha256:" + sha256(bytes.get());
            hashes.add(hash);
            o.put(name, hash);
          }
        } else {
          withImageHashes(v, resolve, hashes);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) withImageHashes(child, resolve, hashes);
    }
    return node;
  }

  /** {@return the EPUB's image entries: name to hash of bytes} */
  static Map<String, String> images(byte[] epub) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        // a cover drawn for a page whose og:image is remote is not one of its pictures: the saved page lacks that
        // image, which its archive may hold
        if (e.getName().matches("(?i).*\\.(jpe?g|png|gif|webp)$") && !e.getName().matches(".*/cover-[^/]*")) {
          out.put(e.getName(), sha256(zip.readAllBytes()));
        }
      }
    }
    return out;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
