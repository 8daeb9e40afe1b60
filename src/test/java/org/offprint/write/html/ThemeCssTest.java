package org.offprint.write.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Document;
import org.offprint.model.Fixtures;
import org.offprint.model.Metadata;
import org.offprint.theme.Theme;
import org.offprint.theme.ThemeLoader;

/** The stylesheet generated from theme tokens. */
class ThemeCssTest {
  /** The numbers as the Formatter wrote them before: {@code %.3f} without trailing zeros, and {@code %.3gem}. */
  @Test
  void numbersAreWrittenAsTheFormatterWritesThem() {
    java.util.Random random = new java.util.Random(7);
    List<Double> values = new java.util.ArrayList<>(List.of(0.0, -0.0, 1.0, 1.5, 0.875, 0.9, 0.05, 1e-4, 9.9995e-5,
        0.0005, 0.00049, 1.0005, 2.0625, 12.3455, 999.4, 999.5, 1000.0, 1e20, -1.25, 1.0 / 3, 2.0 / 3,
        Double.NaN, Double.POSITIVE_INFINITY));
    for (int i = 0; i < 2000; i++) values.add(random.nextInt(4_000_000) / 1000.0 + (i % 3) * 0.0005);
    for (int i = 0; i < 2000; i++) values.add(random.nextDouble() * Math.pow(10, random.nextInt(8) - 4));
    for (double d : values) {
      String f = String.format(java.util.Locale.ROOT, "%.3f", d).replaceAll("0+$", "");
      assertEquals(f.endsWith(".") ? f.substring(0, f.length() - 1) : f, ThemeCss.num(d), "num " + d);
      assertEquals(String.format(java.util.Locale.ROOT, "%.3gem", d), ThemeCss.em(d), "em " + d);
    }
  }

  private final Theme theme = ThemeLoader.builtIn("default");

  private static Theme with(Theme t, Theme.HeadingCase headingCase, Theme.ParagraphStyle style, String extraCss) {
    return new Theme(t.name(), t.description(), t.body(), t.heading(), t.code(), t.baseSize(), t.lineHeight(), style,
        false, false, t.headingScale(), false, headingCase, t.light(), t.dark(), t.page(), t.measure(), t.elements(), extraCss,
        t.files());
  }

  private String css(Theme t, ThemeCss.Medium medium) {
    return ThemeCss.css(t, medium, ThemeCss.faces(t, List.of(Fixtures.everything())), f -> "fonts/" + f.fileName());
  }

  @Test
  void defaultThemeIsJustifiedHyphenatedAndIndented() {
    String css = css(theme, ThemeCss.Medium.BOOK);
    assertTrue(css.contains("text-align: justify"));
    assertTrue(css.contains("hyphens: auto"));
    assertTrue(css.contains("p + p { text-indent: 1.5em; }"));
    assertTrue(css.contains("line-height: 1.45"));
    assertTrue(css.contains("h2 { font-size: 1.953em; }"), "three steps of 1.25 above the base for level 2");
  }

  @Test
  void tokensChangeTheStylesheet() {
    String css = css(with(theme, Theme.HeadingCase.UPPER, Theme.ParagraphStyle.SPACED, ".x { color: red; }"),
        ThemeCss.Medium.BOOK);
    assertTrue(css.contains("text-transform: uppercase"));
    assertTrue(css.contains("font-weight: normal; line-height: 1.2"));
    assertFalse(css.contains("text-align: justify"));
    assertFalse(css.contains("hyphens: auto"));
    assertTrue(css.contains("p { margin: 0 0 0.8em; }"));
    assertTrue(css.strip().endsWith(".x { color: red; }"), "the theme's style.css comes last");
  }

  @Test
  void darkSchemeUsesTheDarkColours() {
    String css = css(theme, ThemeCss.Medium.SCREEN);
    String dark = css.substring(css.indexOf("@media (prefers-color-scheme: dark)"));
    assertTrue(dark.contains("html { color: " + theme.dark().text() + "; background: " + theme.dark().background()));
    assertTrue(dark.contains("code, pre { background: " + theme.dark().codeBackground()));
    assertTrue(css.contains("max-width: " + theme.measure()));
  }

  @Test
  void anEmptyHeaderCellLooksLikeTheHeadersBesideIt() {
    // an empty header cell is written as td (XhtmlChapterTest): the head's rule must still run under it
    assertTrue(css(theme, ThemeCss.Medium.BOOK).contains("th, thead td { font-weight: bold; border-bottom-width: 2px; }"));
  }

  @Test
  void bookStylesheetLeavesPageColourAndSizeToTheReader() {
    String css = css(theme, ThemeCss.Medium.BOOK);
    assertFalse(css.contains("html {"));
    assertFalse(css.contains("max-width: " + theme.measure()));
  }

  @Test
  void facesFollowWhatTheTextUses() {
    Document plain = Document.of(Metadata.builder().title("T").build(), List.of(Block.paragraph("plain")));
    List<ThemeCss.Face> faces = ThemeCss.faces(theme, List.of(plain));
    assertEquals(List.of(theme.body().regular(), theme.heading().bold()),
        faces.stream().map(ThemeCss.Face::path).toList());
    List<String> all = ThemeCss.faces(theme, List.of(Fixtures.everything())).stream().map(ThemeCss.Face::path).toList();
    assertTrue(all.contains(theme.code().regular()));
    assertTrue(all.contains(theme.body().italic()));
  }
}
