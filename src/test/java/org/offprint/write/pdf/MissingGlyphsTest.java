package org.offprint.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.Block;
import org.offprint.model.Diagnostic;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Metadata;
import org.offprint.model.ResourceResolver;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.WriteOptions;

/**
 * A character no font has is drawn as a visible box, never silently left out (a Korean page came out nearly
 * blank with one warning), and the warning says how much of the text it affected.
 */
class MissingGlyphsTest {
  private static byte[] render(String theme, Diagnostics d, String text) throws IOException {
    WriteOptions o = WriteOptions.of(ThemeLoader.builtIn(theme)).withDiagnostics(d).withResources(ResourceResolver.NONE);
    return PdfTesting.render(PdfWriter.builder(o).fontFolders(List.of()).build(),
        Document.of(Metadata.EMPTY, List.of(Block.paragraph(text))));
  }

  @Test
  void aCharacterNoFontHasIsABoxAndTheWarningCountsThem() throws IOException {
    Diagnostics.Collector d = Diagnostics.collector();
    byte[] pdf = render("default", d, "Tide ᚠᚢ rises 항");
    String text = PdfTesting.text(pdf);
    assertTrue(text.contains("Tide □□ rises □"), text);
    List<Diagnostic> warnings = d.all();
    assertEquals(1, warnings.size(), warnings.toString());
    String m = warnings.get(0).message();
    assertTrue(m.contains("no font has 3 of the 12 characters (3 different), drawn as boxes"), m);
    assertTrue(m.contains("ᚠ (U+16A0)"), m);
  }

  @Test
  void aThemeWhoseFaceLacksTheWhiteSquareUsesTheReplacementCharacter() throws IOException {
    Diagnostics.Collector d = Diagnostics.collector();
    String text = PdfTesting.text(render("sans", d, "Tide ᚠ rises"));
    assertTrue(text.contains("Tide □ rises") || text.contains("Tide \uFFFD rises"), text);
  }
}
