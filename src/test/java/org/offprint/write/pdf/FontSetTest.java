package org.offprint.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FontSetTest {
  private static FontSet fonts() {
    return new FontSet(PdfTesting.THEME, PdfTesting.THEME.files(), new FallbackFonts(List.of()), "en");
  }

  @Test
  void textTheThemeCoversStaysInOneRun() throws IOException {
    FontSet f = fonts();
    BaseFont body = f.face(FontSet.Role.BODY, false, false);
    List<FontSet.Run> runs = f.split("Море and θάλασσα", body);
    assertEquals(1, runs.size());
    assertEquals("Море and θάλασσα", runs.get(0).text());
    assertEquals(body, runs.get(0).font());
    assertTrue(f.missing().isEmpty());
  }

  @Test
  void uncoveredCharactersAreDrawnAsBoxesAndRemembered() throws IOException {
    FontSet f = fonts();
    BaseFont body = f.face(FontSet.Role.BODY, false, false);
    List<FontSet.Run> runs = f.split("a\uE000b\uD83D\uDE00c", body);
    assertEquals("a\u25A1b\u25A1c", runs.stream().map(FontSet.Run::text).reduce("", String::concat));
    assertEquals(List.of(0xE000, 0x1F600), List.copyOf(f.missing()));
  }

  @Test
  void softHyphensAndInvisibleFormatCharactersAreNotDrawnNorReported() throws IOException {
    FontSet f = fonts();
    BaseFont body = f.face(FontSet.Role.BODY, false, false);
    List<FontSet.Run> runs = f.split("hy\u00adphen\u00adated\ufe0f", body);
    assertEquals("hyphenated", runs.get(0).text());
    assertTrue(f.missing().isEmpty(), f.missing().toString());
  }

  @Test
  void aFaceSharedByTwoRolesIsParsedOnce() throws IOException {
    FontSet f = fonts();
    assertTrue(f.face(FontSet.Role.BODY, true, false) == f.face(FontSet.Role.HEADING, true, false));
  }
}
