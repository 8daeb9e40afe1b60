package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offprint.testing.PdfPages;
import org.offprint.testing.VeraPdf;
import org.offprint.theme.Theme;
import org.offprint.theme.ThemeLoader;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every sample in input/ and the sample bundle (in each built-in theme), written as PDF by the CLI, pass
 * veraPDF's PDF/UA-1 profile; with {@code --pdfa} the bundle passes PDF/A-2a as well. None of them ends an article
 * on a nearly empty page.
 */
class PdfUaSamplesTest {
  static Path out;

  @BeforeAll
  static void convert() throws IOException {
    out = Files.createTempDirectory("offprint-pdfua");
    List<String> args = new ArrayList<>(List.of("convert"));
    args.addAll(samples());
    args.addAll(List.of("--to", "pdf", "-d", out.toString(), "-q"));
    CliRun r = CliRun.run(args.toArray(String[]::new));
    assertEquals(0, r.exit, r.err);
    CliRun b = CliRun.run("bundle", "input/book.yaml", "-o", out.resolve("book.pdf").toString(), "-q");
    assertEquals(0, b.exit, b.err);
    CliRun a = CliRun.run("bundle", "input/book.yaml", "--pdfa", "-o", out.resolve("book-pdfa.pdf").toString(), "-q");
    assertEquals(0, a.exit, a.err);
    for (String theme : List.of("sans", "print")) {
      CliRun t = CliRun.run("bundle", "input/book.yaml", "--theme", theme, "-o",
          out.resolve("book-" + theme + ".pdf").toString(), "-q");
      assertEquals(0, t.exit, t.err);
    }
  }

  static List<String> samples() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("input"))) {
      return s.filter(p -> p.toString().endsWith(".html")).sorted()
          .map(Path::toString).toList();
    }
  }

  static List<String> pdfs() throws IOException {
    List<String> names = new ArrayList<>();
    for (String s : samples()) names.add(Path.of(s).getFileName().toString().replaceFirst("\\.html$", ".pdf"));
    names.addAll(List.of("book.pdf", "book-sans.pdf", "book-print.pdf"));
    return names;
  }

  @ParameterizedTest
  @MethodSource("pdfs")
  void passesPdfUa1(String name) throws Exception {
    VeraPdf.Result r = VeraPdf.validate(Files.readAllBytes(out.resolve(name)), PDFAFlavour.PDFUA_1);
    System.out.println("PDF/UA-1 " + name + ": " + r);
    assertTrue(r.compliant(), name + ": " + r);
  }

  @ParameterizedTest
  @MethodSource("pdfs")
  void noArticleEndsOnANearlyEmptyPage(String name) throws Exception {
    String theme = name.startsWith("book-") ? name.substring(5, name.length() - 4) : "default";
    Theme.Page page = ThemeLoader.builtIn(theme).page();
    List<PdfPages.Article> articles =
        PdfPages.articles(PdfPages.read(Files.readAllBytes(out.resolve(name)), page.top(), page.bottom()));
    for (PdfPages.Article a : articles) {
      // a one-page article (a preface, a colophon) is short by design; PagePlanner.MIN_LINES is 6
      assertTrue(a.pages() == 1 || a.lastLines() >= 6, name + ": " + a);
    }
  }

  @org.junit.jupiter.api.Test
  void pdfaBundlePassesPdfA2aAndPdfUa1() throws Exception {
    byte[] pdf = Files.readAllBytes(out.resolve("book-pdfa.pdf"));
    VeraPdf.Result a = VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A);
    VeraPdf.Result ua = VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1);
    System.out.println("--pdfa PDF/A-2a: " + a + "\n--pdfa PDF/UA-1: " + ua);
    assertTrue(a.compliant(), "PDF/A-2a: " + a);
    assertTrue(ua.compliant(), "PDF/UA-1: " + ua);
  }
}
