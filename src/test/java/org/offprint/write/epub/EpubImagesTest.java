package org.offprint.write.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Diagnostic;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Figure;
import org.offprint.model.Fixtures;
import org.offprint.model.Metadata;
import org.offprint.model.Resource;
import org.offprint.model.ResourceResolver;
import org.offprint.model.Text;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.WriteOptions;

/** Images: cover choice, one file per content, scaling, conversion, and what happens to missing images. */
class EpubImagesTest {
  private final Diagnostics.Collector diagnostics = Diagnostics.collector();

  private byte[] write(Document doc, ResourceResolver resolver, Optional<byte[]> cover) throws IOException {
    EpubWriter.Builder b = EpubWriter.builder(WriteOptions.of(ThemeLoader.builtIn("default"))
        .withResources(resolver).withDiagnostics(diagnostics));
    cover.ifPresent(b::coverImage);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    b.build().write(doc, out);
    return out.toByteArray();
  }

  private static ResourceResolver serving(Map<String, byte[]> files) {
    return uri -> Optional.ofNullable(files.get(uri)).map(bytes -> new Resource(uri, "", bytes));
  }

  private static Document figures(String... srcs) {
    List<Block> blocks = new java.util.ArrayList<>();
    for (String s : srcs) blocks.add(new Figure(s, "Picture " + s, List.of(new Text("Caption " + s))));
    return Document.of(Fixtures.metadata().toBuilder().image("").build(), blocks);
  }

  /** {@return the href of the manifest item marked cover-image} */
  private static String coverHref(byte[] epub) throws IOException {
    Matcher m = Pattern.compile("<item id=\"[^\"]+\" href=\"([^\"]+)\" media-type=\"[^\"]+\" properties=\"cover-image\"/>")
        .matcher(Zip.text(epub, "EPUB/content.opf"));
    assertTrue(m.find(), "a cover-image item");
    return "EPUB/" + m.group(1);
  }

  private static BufferedImage image(byte[] epub, String entry) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(Zip.entries(epub).get(entry)));
  }

  private static long imageEntries(byte[] epub) throws IOException {
    return Zip.entries(epub).keySet().stream().filter(n -> n.startsWith("EPUB/images/")).count();
  }

  @Test
  void coverIsDrawnWhenThereIsNoImage() throws IOException {
    byte[] epub = write(Fixtures.everything(), ResourceResolver.NONE, Optional.empty());
    BufferedImage cover = image(epub, coverHref(epub));
    assertEquals(1600, cover.getWidth(), "the width stores ask for at least");
    assertEquals(2560, cover.getHeight(), "the height stores ask for at least");
    var theme = ThemeLoader.builtIn("default");
    assertEquals(Integer.parseInt(theme.light().accent().substring(1), 16), cover.getRGB(5, 5) & 0xFFFFFF);
    assertEquals(Integer.parseInt(theme.light().background().substring(1), 16),
        cover.getRGB(5, CoverPainter.HEIGHT - 5) & 0xFFFFFF);
    assertTrue(Zip.text(epub, "EPUB/cover.xhtml").contains("<img src=\"images/cover-1.png\""));
    assertTrue(Zip.text(epub, "EPUB/nav.xhtml").contains("<a epub:type=\"cover\" href=\"cover.xhtml\">"));
  }

  @Test
  void smallLeadImageGivesADrawnCover() throws IOException {
    byte[] epub = write(Fixtures.everything(), Fixtures.images(), Optional.empty());
    assertEquals(CoverPainter.HEIGHT, image(epub, coverHref(epub)).getHeight());
    assertEquals(2, imageEntries(epub), "the 320x200 figure and the drawn cover");
  }

  @Test
  void largeLeadImageBecomesTheCoverAndIsWrittenOnce() throws IOException {
    byte[] big = Fixtures.png(800, 1000);
    byte[] epub = write(Fixtures.everything(), serving(Map.of(Fixtures.FIGURE_URI, big)), Optional.empty());
    assertArrayEquals(big, Zip.entries(epub).get(coverHref(epub)));
    assertEquals(1, imageEntries(epub), "the figure, the inline icon and the cover share one file");
  }

  @Test
  void givenCoverImageWins() throws IOException {
    byte[] given = Fixtures.png(600, 900);
    byte[] epub = write(Fixtures.everything(), Fixtures.images(), Optional.of(given));
    assertArrayEquals(given, Zip.entries(epub).get(coverHref(epub)));
  }

  @Test
  void sameImageUnderTwoUrisIsWrittenOnce() throws IOException {
    byte[] png = Fixtures.png(100, 80);
    byte[] epub = write(figures("file:///a.png", "file:///b.png", "file:///a.png"),
        serving(Map.of("file:///a.png", png, "file:///b.png", png)), Optional.empty());
    assertEquals(2, imageEntries(epub), "one figure image and the drawn cover");
    String chapter = Zip.text(epub, "EPUB/chapter-1.xhtml");
    assertEquals(3, chapter.split("src=\"images/image-1.png\"", -1).length - 1);
  }

  @Test
  void veryLargeImageIsScaledDownKeepingItsShape() throws IOException {
    BufferedImage photo = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(photo, "jpg", jpeg);
    byte[] epub = write(figures("file:///photo.jpg"), serving(Map.of("file:///photo.jpg", jpeg.toByteArray())),
        Optional.empty());
    BufferedImage scaled = image(epub, "EPUB/images/image-1.jpg");
    assertTrue((long) scaled.getWidth() * scaled.getHeight() <= EpubWriter.DEFAULT_MAX_IMAGE_PIXELS);
    assertEquals(1.5, (double) scaled.getWidth() / scaled.getHeight(), 0.01);
    EpubValidityTest.assertClean(epub);
  }

  @Test
  void svgGoesInUnchanged() throws IOException {
    byte[] svg = ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">"
        + "<rect width=\"40\" height=\"20\" fill=\"#8a2b1f\"/></svg>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] epub = write(figures("file:///chart.svg"), serving(Map.of("file:///chart.svg", svg)), Optional.empty());
    assertTrue(Zip.text(epub, "EPUB/content.opf").contains("href=\"images/image-1.svg\" media-type=\"image/svg+xml\""));
    assertArrayEquals(svg, Zip.entries(epub).get("EPUB/images/image-1.svg"));
    EpubValidityTest.assertClean(epub);
  }

  @Test
  void scriptedSvgIsLeftOut() throws IOException {
    byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"4\" height=\"2\"/></svg>"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] epub = write(figures("file:///x.svg"), serving(Map.of("file:///x.svg", svg)), Optional.empty());
    assertEquals(1, imageEntries(epub), "only the cover");
    assertTrue(warnings().stream().anyMatch(w -> w.contains("SVG")));
  }

  @Test
  void formatReadersLackIsConvertedToPng() throws IOException {
    ByteArrayOutputStream bmp = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "bmp", bmp);
    byte[] epub = write(figures("file:///x.bmp"), serving(Map.of("file:///x.bmp", bmp.toByteArray())),
        Optional.empty());
    assertTrue(Zip.text(epub, "EPUB/content.opf").contains("href=\"images/image-1.png\" media-type=\"image/png\""));
    assertEquals(40, image(epub, "EPUB/images/image-1.png").getWidth());
  }

  @Test
  void undecodableImageIsDroppedWithAWarningAndItsTextKept() throws IOException {
    byte[] junk = "not an image at all".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] epub = write(figures("file:///x.heic"), serving(Map.of("file:///x.heic", junk)), Optional.empty());
    assertEquals(1, imageEntries(epub), "only the cover");
    String chapter = Zip.text(epub, "EPUB/chapter-1.xhtml");
    assertTrue(chapter.contains("<p class=\"image-missing\">Picture file:///x.heic</p>"), chapter);
    assertTrue(chapter.contains("<figcaption>Caption file:///x.heic</figcaption>"));
    assertTrue(warnings().stream().anyMatch(w -> w.contains("file:///x.heic")), warnings().toString());
  }

  @Test
  void unresolvableImageKeepsAltAndCaptionAndWarns() throws IOException {
    byte[] epub = write(Fixtures.everything(), ResourceResolver.NONE, Optional.empty());
    String chapter = Zip.text(epub, "EPUB/chapter-1.xhtml");
    assertFalse(chapter.contains("<img"));
    assertTrue(chapter.contains("Boats leaving the harbour before sunrise"));
    assertTrue(chapter.contains("An icon harbour icon sits"));
    assertTrue(warnings().stream().anyMatch(w -> w.contains(Fixtures.FIGURE_URI)));
    for (byte[] entry : Zip.entries(epub).values()) assertTrue(entry.length > 0, "no empty entry");
  }

  private List<String> warnings() {
    return diagnostics.all().stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING)
        .map(Diagnostic::message).toList();
  }

  @Test
  void accessibilityClaimsAlternativeTextOnlyWhenEveryImageHasIt() throws IOException {
    Document noAlt = Document.of(Metadata.builder().title("T").build(),
        List.of(new Figure(Fixtures.FIGURE_URI, "", List.of())));
    String opf = Zip.text(write(noAlt, Fixtures.images(), Optional.empty()), "EPUB/content.opf");
    assertFalse(opf.contains("alternativeText"));
    assertTrue(opf.contains("<meta property=\"schema:accessModeSufficient\">textual,visual</meta>"));
    String withAlt = Zip.text(write(Fixtures.everything(), Fixtures.images(), Optional.empty()), "EPUB/content.opf");
    assertTrue(withAlt.contains("<meta property=\"schema:accessibilityFeature\">alternativeText</meta>"));
  }

  @Test
  void chaptersNumberedOutOfPlaceKeepTheirNamesAndTheirImagesNames() throws IOException {
    Map<String, byte[]> files = Map.of("file:///a.png", Fixtures.png(100, 80), "file:///b.png", Fixtures.png(90, 70));
    Document a = figures("file:///a.png");
    Document b = figures("file:///b.png");
    EpubWriter.Builder builder = EpubWriter.builder(WriteOptions.of(ThemeLoader.builtIn("default"))
        .withResources(serving(files)).withDiagnostics(diagnostics));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // b is read first but was added later: chapter 2, and the second image's name
    builder.chapterNumbers(List.of(2, 1)).build().writeBook(new org.offprint.model.Book(Fixtures.metadata(),
        List.of(b, a)), out);
    byte[] epub = out.toByteArray();
    assertTrue(Zip.text(epub, "EPUB/chapter-1.xhtml").contains("images/image-1.png\""), "a's chapter and image");
    assertTrue(Zip.text(epub, "EPUB/chapter-2.xhtml").contains("images/image-2.png\""), "b's chapter and image");
    String opf = Zip.text(epub, "EPUB/content.opf");
    assertTrue(opf.indexOf("<itemref idref=\"chapter-2\"") < opf.indexOf("<itemref idref=\"chapter-1\""), opf);
    org.offprint.testing.EpubCheckRunner.Result check = org.offprint.testing.EpubCheckRunner.check(epub);
    assertTrue(check.clean(), check.toString());
    assertEquals("chapter numbers must be positive and distinct: [1, 1]", org.junit.jupiter.api.Assertions
        .assertThrows(IllegalArgumentException.class, () -> builder.chapterNumbers(List.of(1, 1))).getMessage());
  }
}
