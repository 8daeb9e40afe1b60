package org.offprint.write.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.offprint.model.Book;
import org.offprint.model.Document;
import org.offprint.model.Fixtures;
import org.offprint.model.ResourceResolver;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.WriteOptions;

/** The container, package metadata, reproducibility and error behaviour. */
class EpubPackageTest {
  @Test
  void twoWritesGiveIdenticalBytes() throws IOException {
    byte[] a = EpubValidityTest.epub(Fixtures.everything(), Fixtures.images());
    byte[] b = EpubValidityTest.epub(Fixtures.everything(), Fixtures.images());
    assertArrayEquals(a, b);
    Book book = new Book(Samples.bookMetadata(), List.of(Samples.russian(), Samples.hostile()));
    assertArrayEquals(EpubValidityTest.book(book, ResourceResolver.NONE),
        EpubValidityTest.book(book, ResourceResolver.NONE));
  }

  @Test
  void bytesDoNotDependOnTheTimeZoneOrLocale() throws IOException {
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    java.util.Locale locale = java.util.Locale.getDefault();
    try {
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      byte[] east = EpubValidityTest.epub(Fixtures.everything(), Fixtures.images());
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Etc/GMT+12"));
      java.util.Locale.setDefault(java.util.Locale.ROOT);
      assertArrayEquals(east, EpubValidityTest.epub(Fixtures.everything(), Fixtures.images()));
    } finally {
      java.util.TimeZone.setDefault(zone);
      java.util.Locale.setDefault(locale);
    }
  }

  @Test
  void mimetypeComesFirstStoredThenContainer() throws IOException {
    byte[] epub = EpubValidityTest.epub(Fixtures.everything(), Fixtures.images());
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(epub))) {
      ZipEntry first = in.getNextEntry();
      assertEquals("mimetype", first.getName());
      assertEquals(ZipEntry.STORED, first.getMethod());
      assertEquals("application/epub+zip", new String(in.readAllBytes()));
      assertEquals("META-INF/container.xml", in.getNextEntry().getName());
    }
    List<String> rest = new ArrayList<>(Zip.entries(epub).keySet()).subList(2, Zip.entries(epub).size());
    List<String> sorted = new ArrayList<>(rest);
    sorted.sort(null);
    assertEquals(sorted, rest, "entries after the container come in path order");
  }

  @Test
  void entryTimesComeFromTheTimestampElseThePublicationDate() throws IOException {
    byte[] dated = EpubValidityTest.epub(Fixtures.everything(), ResourceResolver.NONE);
    assertEquals(LocalDateTime.of(2023, 3, 4, 0, 0), firstEntryTime(dated));
    assertTrue(Zip.text(dated, "EPUB/content.opf").contains("<meta property=\"dcterms:modified\">2023-03-04T00:00:00Z"));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EpubWriter.builder(WriteOptions.of(ThemeLoader.builtIn("default"))
        .withTimestamp(Optional.of(Instant.parse("2025-06-07T08:09:10Z")))).build().write(Fixtures.everything(), out);
    assertEquals(LocalDateTime.of(2025, 6, 7, 8, 9, 10), firstEntryTime(out.toByteArray()));
    assertTrue(Zip.text(out.toByteArray(), "EPUB/content.opf").contains("2025-06-07T08:09:10Z"));
  }

  private static LocalDateTime firstEntryTime(byte[] epub) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(epub))) {
      return in.getNextEntry().getTimeLocal();
    }
  }

  @Test
  void identifierIsNameBasedOnTheSourceUrl() throws IOException {
    String opf = Zip.text(EpubValidityTest.epub(Fixtures.everything(), ResourceResolver.NONE), "EPUB/content.opf");
    UUID expected = UUID.nameUUIDFromBytes(Fixtures.metadata().source().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(opf.contains("<dc:identifier id=\"uid\">urn:uuid:" + expected + "</dc:identifier>"), opf);
  }

  @Test
  void identifierWithoutSourceFollowsTheContent() throws IOException {
    String a = identifier(EpubValidityTest.epub(Samples.hostile(), ResourceResolver.NONE));
    Document other = Samples.hostile().withMetadata(Samples.hostile().metadata().toBuilder().title("Other").build());
    assertEquals(a, identifier(EpubValidityTest.epub(Samples.hostile(), ResourceResolver.NONE)));
    assertNotEquals(a, identifier(EpubValidityTest.epub(other, ResourceResolver.NONE)));
  }

  private static String identifier(byte[] epub) throws IOException {
    String opf = Zip.text(epub, "EPUB/content.opf");
    int i = opf.indexOf("urn:uuid:");
    return opf.substring(i, i + 45);
  }

  @Test
  void packageCarriesTheMetadata() throws IOException {
    String opf = Zip.text(EpubValidityTest.epub(Samples.russian(), ResourceResolver.NONE), "EPUB/content.opf");
    assertTrue(opf.contains("<dc:language>ru-RU</dc:language>"));
    assertTrue(opf.contains("<dc:creator id=\"creator1\">Пётр Ильин</dc:creator>"));
    assertTrue(opf.contains("<meta refines=\"#creator1\" property=\"file-as\">Ильин, Пётр</meta>"));
    assertTrue(opf.contains("<dc:date>2022-11-20T08:30:00+03:00</dc:date>"));
    assertTrue(opf.contains("<dc:publisher>Береговой вестник</dc:publisher>"));
    assertTrue(opf.contains("<dc:source>https://example.ru/статья?id=1</dc:source>"));
    assertTrue(opf.contains("<dc:subject>море</dc:subject>") && opf.contains("<dc:subject>город</dc:subject>"));
    assertTrue(opf.contains("<meta property=\"dcterms:modified\">2022-11-20T05:30:00Z</meta>"));
    assertTrue(opf.contains("<meta property=\"schema:accessibilityHazard\">none</meta>"));
    assertFalse(opf.contains("alternativeText"), "no images, so no claim about alternative text");
  }

  @Test
  void languageFallsBackToUndetermined() throws IOException {
    byte[] epub = EpubValidityTest.epub(Samples.hostile(), ResourceResolver.NONE);
    assertTrue(Zip.text(epub, "EPUB/content.opf").contains("<dc:language>und</dc:language>"));
    assertTrue(Zip.text(epub, "EPUB/chapter-1.xhtml").contains("lang=\"und\" xml:lang=\"und\""));
  }

  @Test
  void rightToLeftBookProgressesRightToLeft() throws IOException {
    byte[] epub = EpubValidityTest.epub(Samples.arabic(), ResourceResolver.NONE);
    assertTrue(Zip.text(epub, "EPUB/content.opf").contains("page-progression-direction=\"rtl\""));
    assertTrue(Zip.text(epub, "EPUB/chapter-1.xhtml").contains("lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\""));
  }

  @Test
  void tableOfContentsDepthIsConfigurable() throws IOException {
    String nav2 = Zip.text(EpubValidityTest.epub(Fixtures.everything(), ResourceResolver.NONE), "EPUB/nav.xhtml");
    assertFalse(nav2.contains("What the town did"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EpubWriter.builder(WriteOptions.of(ThemeLoader.builtIn("default"))).tocDepth(3).build()
        .write(Fixtures.everything(), out);
    String nav3 = Zip.text(out.toByteArray(), "EPUB/nav.xhtml");
    assertTrue(nav3.contains("<a href=\"chapter-1.xhtml#what-the-town-did\">What the town did</a>"), nav3);
    assertTrue(Zip.text(out.toByteArray(), "EPUB/toc.ncx").contains("<text>What the town did</text>"));
  }

  @Test
  void fontsOfTheThemeAreEmbeddedOnlyWhenUsed() throws IOException {
    var entries = Zip.entries(EpubValidityTest.epub(Fixtures.everything(), ResourceResolver.NONE)).keySet();
    assertTrue(entries.contains("EPUB/fonts/LiberationSerif-Regular.ttf"));
    assertTrue(entries.contains("EPUB/fonts/LiberationMono-Regular.ttf"), "the fixture has code");
    var plain = Zip.entries(EpubValidityTest.epub(Samples.arabic(), ResourceResolver.NONE)).keySet();
    assertFalse(plain.contains("EPUB/fonts/LiberationMono-Regular.ttf"), "no code, no monospace font");
  }

  @Test
  void streamFailingMidWriteIsAnIOException() {
    OutputStream failing = new OutputStream() {
      int written;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        written += len;
        if (written > 10_000) throw new IOException("disk full");
      }
    };
    IOException e = assertThrows(IOException.class,
        () -> EpubValidityTest.writer(Fixtures.images()).write(Fixtures.everything(), failing));
    assertEquals("disk full", e.getMessage());
  }

  @Test
  void resolverFailureIsAnIOException() {
    ResourceResolver broken = uri -> {
      throw new IOException("cannot read " + uri);
    };
    assertThrows(IOException.class,
        () -> EpubValidityTest.writer(broken).write(Fixtures.everything(), new ByteArrayOutputStream()));
  }

  @Test
  void emptyBookIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> EpubValidityTest.writer(ResourceResolver.NONE)
        .writeBook(new Book(Samples.bookMetadata(), List.of()), new ByteArrayOutputStream()));
  }
}
