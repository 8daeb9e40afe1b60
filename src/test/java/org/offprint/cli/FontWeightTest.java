package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offprint.testing.EpubCheckRunner;

/**
 * Issue 17, "weight": the theme's fonts go into EPUB and HTML cut down to the characters the document shows, so
 * a 1,200-word article without photos is a small e-book, the sample series a small book, and every character
 * shown still has its glyph in the font that draws it. Checked with EPUBCheck, jsoup and FontBox.
 */
class FontWeightTest {
  static final Map<String, String> ENV = Map.of("SOURCE_DATE_EPOCH", "1700000000");
  static Path out;

  @BeforeAll
  static void convert() throws IOException {
    out = Files.createTempDirectory("offprint-weight");
  }

  private static byte[] convert(String input, String name, String... more) throws IOException {
    Path to = out.resolve(name);
    List<String> args = new ArrayList<>(List.of("convert", input, "-o", to.toString(), "-q"));
    args.addAll(List.of(more));
    CliRun run = CliRun.in(Path.of(""), ENV, new byte[0], args.toArray(String[]::new));
    assertEquals(0, run.exit, run.err);
    return Files.readAllBytes(to);
  }

  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> all = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) all.put(e.getName(), in.readAllBytes());
    }
    return all;
  }

  /** Every character of the text has a glyph in the font, or the font has no glyph for it at all. */
  private static void assertCovers(String what, byte[] subset, byte[] whole, String text) throws IOException {
    try (TrueTypeFont small = new TTFParser().parse(new RandomAccessReadBuffer(subset));
        TrueTypeFont full = new TTFParser().parse(new RandomAccessReadBuffer(whole))) {
      var smallMap = small.getUnicodeCmapLookup();
      var fullMap = full.getUnicodeCmapLookup();
      List<String> missing = new ArrayList<>();
      text.codePoints().distinct().forEach(c -> {
        if (fullMap.getGlyphId(c) != 0 && smallMap.getGlyphId(c) == 0) missing.add(Character.toString(c));
      });
      assertTrue(missing.isEmpty(), what + " lost the glyphs of " + missing);
      assertTrue(small.getNumberOfGlyphs() < full.getNumberOfGlyphs() / 4,
          what + ": " + small.getNumberOfGlyphs() + " of " + full.getNumberOfGlyphs() + " glyphs");
    }
  }

  private static byte[] themeFont(String fileName) throws IOException {
    return Files.readAllBytes(Path.of("themes/default/fonts", fileName));
  }

  @Test
  void aThousandWordArticleWithoutPhotosIsASmallValidEpubWhoseFontsHoldEveryCharacter() throws IOException {
    byte[] epub = convert("input/ledger-2026-02-rent-pressure.html", "rent.epub");
    assertTrue(epub.length <= 120 * 1024, "EPUB of " + epub.length + " bytes");
    EpubCheckRunner.Result check = EpubCheckRunner.check(epub);
    assertTrue(check.clean(), check.toString());

    Map<String, byte[]> entries = entries(epub);
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      if (e.getKey().endsWith(".xhtml")) {
        text.append(Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8)).text());
      }
    }
    int fonts = 0;
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      if (!e.getKey().endsWith(".ttf")) continue;
      fonts++;
      String file = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
      assertCovers(e.getKey(), e.getValue(), themeFont(file), text.toString());
    }
    assertTrue(fonts >= 2, "fonts: " + entries.keySet());
    assertArrayEquals(epub, convert("input/ledger-2026-02-rent-pressure.html", "rent-again.epub"),
        "the same input gives the same bytes");
  }

  @Test
  void theSampleSeriesIsABookOfAtMost250Kilobytes() throws IOException {
    Path to = out.resolve("ledger.epub");
    CliRun run = CliRun.in(Path.of(""), ENV, new byte[0], "bundle", "input/book.yaml", "-o", to.toString(), "-q");
    assertEquals(0, run.exit, run.err);
    byte[] epub = Files.readAllBytes(to);
    assertTrue(epub.length <= 250 * 1024, "bundle of " + epub.length + " bytes");
    EpubCheckRunner.Result check = EpubCheckRunner.check(epub);
    assertTrue(check.clean(), check.toString());
  }

  @Test
  void htmlCarriesSubsetFontsThatHoldEveryCharacterBoldAndItalicToo() throws IOException {
    byte[] bytes = convert("input/vestnik-priozerya-parom.html", "parom.html", "--self-contained");
    String html = new String(bytes, StandardCharsets.UTF_8);
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    String text = page.text();
    assertTrue(text.contains("Паром"), "Cyrillic text expected");
    Matcher face = Pattern.compile("@font-face\\s*\\{\\s*font-family:\\s*\"([^\"]+)\";\\s*font-weight:\\s*(\\w+);"
        + "\\s*font-style:\\s*(\\w+);\\s*src:\\s*url\\(\"data:font/ttf;base64,([A-Za-z0-9+/=]+)\"\\)").matcher(html);
    int fonts = 0;
    while (face.find()) {
      fonts++;
      String style = (face.group(2).equals("bold") ? "Bold" : "") + (face.group(3).equals("italic") ? "Italic" : "");
      String file = face.group(1).replace(" ", "") + "-" + (style.isEmpty() ? "Regular" : style) + ".ttf";
      assertCovers(file, Base64.getDecoder().decode(face.group(4)), themeFont(file), text);
    }
    assertTrue(fonts >= 2, "fonts as data URIs: " + fonts);
    assertTrue(bytes.length < 300 * 1024, "HTML of " + bytes.length + " bytes");
  }
}
