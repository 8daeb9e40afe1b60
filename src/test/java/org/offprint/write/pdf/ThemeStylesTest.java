package org.offprint.write.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.offprint.model.Diagnostics;
import org.offprint.model.Fixtures;
import org.offprint.theme.Theme;

/** Theme tokens that change the PDF: heading case, alignment and hyphenation. */
class ThemeStylesTest {
  private static Theme variant(boolean justify, Theme.HeadingCase headingCase, Theme.ParagraphStyle style) {
    Theme t = PdfTesting.THEME;
    return new Theme(t.name(), t.description(), t.body(), t.heading(), t.code(), t.baseSize(), t.lineHeight(), style,
        justify, t.hyphenate(), t.headingScale(), t.headingBold(), headingCase, t.light(), t.dark(), t.page(),
        t.measure(), t.elements(), t.extraCss(), t.files());
  }

  private static String raw(Theme theme) throws IOException {
    var options = PdfTesting.options(Diagnostics.IGNORE, Fixtures.images());
    options = new org.offprint.write.WriteOptions(theme, options.resources(), options.diagnostics(),
        options.timestamp(), "", java.util.Optional.empty());
    return String.join("\n", PdfTesting.pages(PdfTesting.render(PdfWriter.builder(options).build(),
        PdfTesting.longDocument())));
  }

  @Test
  void upperCaseAndSmallCapsHeadingsAreSetInCapitals() throws IOException {
    String upper = raw(variant(true, Theme.HeadingCase.UPPER, Theme.ParagraphStyle.INDENT));
    assertTrue(upper.contains("A TOWN AND ITS SEA"), upper);
    assertTrue(upper.contains("ГОЛОСА С ПОБЕРЕЖЬЯ"), upper);
    String small = raw(variant(true, Theme.HeadingCase.SMALL_CAPS, Theme.ParagraphStyle.INDENT));
    assertTrue(small.contains("WHAT THE TOWN DID"), small);
  }

  @Test
  void raggedRightTextIsNotHyphenated() throws IOException {
    String ragged = raw(variant(false, Theme.HeadingCase.NONE, Theme.ParagraphStyle.SPACED));
    assertFalse(ragged.matches("(?s).*\\p{Ll}-\\r?\\n\\p{Ll}.*"), "hyphenated although ragged right");
    assertTrue(ragged.contains("A town and its sea"));
  }
}
