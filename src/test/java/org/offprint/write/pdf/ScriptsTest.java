package org.offprint.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offprint.model.Block;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Fixtures;
import org.offprint.model.ResourceResolver;

/**
 * Scripts the theme's fonts lack come from fallback fonts. The tests bring those fonts (small subsets of Noto in
 * {@code src/test/resources/fonts}, see its README), so they run the same on a machine with DejaVu only
 * (research trap T25) as on one with every Noto package.
 */
class ScriptsTest {
  private static final List<String> FONTS = List.of("NotoSansCJKjp-Regular.otf", "NotoNaskhArabic-Regular.ttf",
      "NotoSansHebrew-Regular.ttf", "NotoSansDevanagari-Regular.ttf", "NotoSansThai-Regular.ttf");

  @TempDir static Path fonts;

  @BeforeAll
  static void copyTheTestFonts() throws IOException {
    for (String name : FONTS) {
      try (InputStream in = ScriptsTest.class.getResourceAsStream("/fonts/" + name)) {
        Files.copy(Objects.requireNonNull(in, name), fonts.resolve(name));
      }
    }
  }

  private static byte[] render(Diagnostics d, Block... blocks) throws IOException {
    return render(List.of(fonts), d, blocks);
  }

  private static byte[] render(List<Path> fontFolders, Diagnostics d, Block... blocks) throws IOException {
    Document doc = Document.of(Fixtures.metadata(), List.of(blocks));
    return PdfTesting.render(PdfWriter.builder(PdfTesting.options(d, ResourceResolver.NONE))
        .fontFolders(fontFolders).build(), doc);
  }

  @Test
  void chineseJapaneseAndKoreanComeBackFromAnEmbeddedFallbackFont() throws IOException {
    Diagnostics.Collector diags = Diagnostics.collector();
    String zh = "海港在黎明时分苏醒。";
    String ja = "港は夜明けに目を覚ます。";
    String ko = "항구는 새벽에 깨어난다.";
    byte[] pdf = render(List.of(fonts), diags, Block.paragraph(zh), Block.paragraph(ja), Block.paragraph(ko));
    String text = PdfTesting.text(pdf).replace(" ", "");
    assertTrue(text.contains(zh), text);
    assertTrue(text.contains(ja), text);
    assertTrue(text.contains(ko.replace(" ", "")), text);
    assertEquals(List.of(), diags.all());
    Set<String> used = assertAllEmbedded(pdf);
    assertTrue(used.stream().anyMatch(f -> f.contains("NotoSansCJK")), used.toString());
  }

  @Test
  void arabicAndHebrewParagraphsComeBackInReadingOrder() throws IOException {
    Diagnostics.Collector diags = Diagnostics.collector();
    String ar = "الميناء يستيقظ عند الفجر";
    String he = "הנמל מתעורר עם שחר";
    byte[] pdf = render(diags, Block.heading(2, ar, "ar"), Block.paragraph(ar), Block.paragraph(he),
        new org.offprint.model.Table(List.of(), List.of(), List.of(new org.offprint.model.Table.Row(
            List.of(org.offprint.model.Table.Cell.of(he))))));
    String text = java.text.Normalizer.normalize(PdfTesting.text(pdf), java.text.Normalizer.Form.NFKC);
    assertEquals(2, text.split(ar, -1).length - 1, text);
    assertEquals(2, text.split(he, -1).length - 1, text);
    assertEquals(List.of(), diags.all());
    assertAllEmbedded(pdf);
  }

  @Test
  void devanagariAndThaiAreDrawnWithFallbackFonts() throws IOException {
    Diagnostics.Collector diags = Diagnostics.collector();
    byte[] pdf = render(diags, Block.paragraph("बंदरगाह सुबह जागता है"), Block.paragraph("ท่าเรือตื่นตอนรุ่งสาง"));
    assertEquals(List.of(), diags.all());
    Set<String> fonts = assertAllEmbedded(pdf);
    assertTrue(fonts.stream().anyMatch(f -> f.contains("Devanagari")), fonts.toString());
    assertTrue(fonts.stream().anyMatch(f -> f.contains("Thai")), fonts.toString());
  }

  private static Set<String> assertAllEmbedded(byte[] pdf) throws IOException {
    Set<String> names = new TreeSet<>();
    try (PDDocument d = Loader.loadPDF(pdf)) {
      for (PDPage p : d.getPages()) {
        for (COSName n : p.getResources().getFontNames()) {
          PDFont f = p.getResources().getFont(n);
          assertTrue(f.isEmbedded(), f.getName());
          assertTrue(!f.getName().contains("DroidSansFallback"), f.getName());
          names.add(f.getName());
        }
      }
    }
    return names;
  }
}
