package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offprint.theme.Theme;
import org.offprint.theme.ThemeLoader;

/**
 * One theme, every format: for each built-in theme the PDF uses exactly the theme's fonts, the EPUB embeds the
 * theme's font files and declares its families and colours, and the HTML page's CSS carries the same rules.
 */
class ThemeConsistencyTest {
  @TempDir Path dir;

  private static final Path PAGE = Path.of("input/byteforge-sqlite-batch-inserts.html"); // body, headings, code

  private static Set<String> postScriptNames(Theme t) throws IOException {
    Set<String> names = new TreeSet<>();
    for (Theme.FontFamily f : List.of(t.body(), t.heading(), t.code())) {
      for (String face : List.of(f.regular(), f.bold(), f.italic(), f.boldItalic())) {
        try {
          names.add(Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(t.files().read(face))).getPSName());
        } catch (FontFormatException e) {
          throw new IOException(face, e);
        }
      }
    }
    return names;
  }

  /** {@return the declarations of {@code css} for the properties that make a theme look like itself} */
  private static Set<String> look(String css) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("(font-family|color|font-weight|font-variant|text-transform|line-height)\\s*:\\s*([^;}]+)")
        .matcher(css.replaceAll("@media[^{]*\\{([^{}]*\\{[^}]*\\})*[^}]*\\}", ""));
    while (m.find()) out.add(m.group(1) + ": " + m.group(2).trim());
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "sans", "print"})
  void everyFormatShowsTheTheme(String name) throws IOException {
    Theme theme = ThemeLoader.builtIn(name);
    Path out = dir.resolve(name);
    CliRun r = CliRun.run("convert", PAGE.toString(), "--to", "pdf,epub,html", "-d", out.toString(), "--theme", name, "-q");
    assertEquals(0, r.exit, r.err);

    // PDF: every font is embedded and is one of the theme's faces.
    Set<String> ps = postScriptNames(theme);
    Set<String> used = new HashSet<>();
    try (PDDocument pdf = Loader.loadPDF(out.resolve("byteforge-sqlite-batch-inserts.pdf").toFile())) {
      for (PDPage page : pdf.getPages()) {
        for (var fontName : page.getResources().getFontNames()) {
          var font = page.getResources().getFont(fontName);
          assertTrue(font.isEmbedded(), font.getName());
          used.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
        }
      }
    }
    assertTrue(ps.containsAll(used), name + ": PDF fonts " + used + " are the theme's " + ps);
    assertTrue(used.stream().anyMatch(f -> f.startsWith(theme.code().name().replace(" ", ""))), "code font used: " + used);

    // EPUB: the CSS declares the theme's families and colours; the embedded fonts are the theme's files.
    Map<String, byte[]> epub = OutputBytes.all(out);
    String epubCss = new String(epub.entrySet().stream().filter(e -> e.getKey().endsWith("!EPUB/style.css"))
        .findFirst().orElseThrow().getValue(), StandardCharsets.UTF_8);
    for (Theme.FontFamily f : List.of(theme.body(), theme.heading(), theme.code())) {
      assertTrue(epubCss.contains("font-family: \"" + f.name() + "\""), name + ": EPUB declares " + f.name());
    }
    assertTrue(epubCss.contains(theme.light().accent()) || epubCss.contains(theme.light().link()), name + ": accent colour");
    // Each embedded font is one of the theme's faces (by its PostScript name), cut down to the glyphs used.
    Map<String, Integer> themeFaces = new java.util.HashMap<>();
    for (Theme.FontFamily f : List.of(theme.body(), theme.heading(), theme.code())) {
      for (String face : List.of(f.regular(), f.bold(), f.italic(), f.boldItalic())) {
        try (var ttf = new org.apache.fontbox.ttf.TTFParser().parse(
            new org.apache.pdfbox.io.RandomAccessReadBuffer(theme.files().read(face)))) {
          themeFaces.put(ttf.getName(), ttf.getNumberOfGlyphs());
        }
      }
    }
    long fonts = 0;
    for (var e : epub.entrySet()) {
      if (!e.getKey().contains("!EPUB/fonts/")) continue;
      fonts++;
      try (var ttf = new org.apache.fontbox.ttf.TTFParser().parse(
          new org.apache.pdfbox.io.RandomAccessReadBuffer(e.getValue()))) {
        assertTrue(themeFaces.containsKey(ttf.getName()), e.getKey() + " is a theme font: " + ttf.getName());
        assertTrue(ttf.getNumberOfGlyphs() < themeFaces.get(ttf.getName()), e.getKey() + " is subset");
      }
    }
    assertTrue(fonts >= 3, name + ": body, bold and code faces embedded, got " + fonts);

    // HTML: the same families, weights, cases and colours as the EPUB.
    String html = Files.readString(out.resolve("byteforge-sqlite-batch-inserts.html"));
    String htmlCss = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
    assertTrue(look(epubCss).size() >= 8, "the EPUB CSS has the theme's rules: " + look(epubCss));
    Set<String> missing = new TreeSet<>(look(epubCss));
    missing.removeAll(look(htmlCss));
    assertEquals(Set.of(), missing, name + ": EPUB rules missing from the HTML");

    // The element tokens: the byline's face in the PDF and in the CSS, the table lines in the CSS.
    Theme.Elements el = theme.elements();
    String bylineFont = fontOf(out.resolve("byteforge-sqlite-batch-inserts.pdf"), "Dana Okafor");
    assertEquals(el.byline() == Theme.Emphasis.BOLD, bylineFont.contains("Bold"), name + ": PDF byline in " + bylineFont);
    assertEquals(el.byline() == Theme.Emphasis.ITALIC, bylineFont.contains("Italic"), name + ": PDF byline in " + bylineFont);
    String byline = el.byline() == Theme.Emphasis.BOLD ? "font-weight: bold" : "font-weight: normal";
    assertTrue(epubCss.contains(".byline { " + byline) && htmlCss.contains(".byline { " + byline), name + ": CSS byline");
    String cells = switch (el.table()) {
      case RULES -> "border-bottom: 1px solid";
      case GRID -> "border: 1px solid";
      case PLAIN -> "border: none";
    };
    assertTrue(epubCss.contains("th, td { padding: 0.25em 0.6em; " + cells), name + ": table lines in the EPUB CSS");
  }

  /** {@return the name of the font the PDF sets {@code text} in} */
  private static String fontOf(Path pdf, String text) throws IOException {
    String[] found = {""};
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      org.apache.pdfbox.text.PDFTextStripper s = new org.apache.pdfbox.text.PDFTextStripper() {
        @Override
        protected void writeString(String line, List<org.apache.pdfbox.text.TextPosition> positions) throws IOException {
          if (found[0].isEmpty() && line.contains(text)) found[0] = positions.get(line.indexOf(text)).getFont().getName();
          super.writeString(line, positions);
        }
      };
      s.setEndPage(1);
      s.getText(doc);
    }
    assertTrue(!found[0].isEmpty(), text + " is on page 1");
    return found[0];
  }
}
