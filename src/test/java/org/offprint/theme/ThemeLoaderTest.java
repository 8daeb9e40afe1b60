package org.offprint.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThemeLoaderTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"default", "sans", "print"})
  void everyBuiltInThemeLoadsWithItsFonts(String name) throws IOException {
    Theme t = ThemeLoader.builtIn(name);
    assertEquals(name, t.name());
    assertTrue(!t.description().isEmpty());
    for (Theme.FontFamily f : List.of(t.body(), t.heading(), t.code())) {
      byte[] ttf = t.files().read(f.regular());
      assertEquals(0x00010000, java.nio.ByteBuffer.wrap(ttf).getInt(), f.regular() + " is a TrueType font");
    }
  }

  @Test
  void printThemeIsA5() {
    Theme t = ThemeLoader.builtIn("print");
    assertEquals(419.53f, t.page().width(), 0.01);
    assertEquals(Theme.HeadingCase.SMALL_CAPS, t.headingCase());
  }

  @Test
  void unknownBuiltInNamesTheKnownOnes() {
    ThemeException e = assertThrows(ThemeException.class, () -> ThemeLoader.builtIn("gothic"));
    assertTrue(e.getMessage().contains("default, sans, print"), e.getMessage());
  }

  /** Copies the default theme into a folder, with one token replaced or added. */
  private Path copyOfDefault(String key, String value) throws IOException {
    Path theme = Files.createDirectories(dir.resolve("mine"));
    Path src = Path.of("themes/default");
    Files.createDirectories(theme.resolve("fonts"));
    try (var files = Files.list(src.resolve("fonts"))) {
      for (Path f : (Iterable<Path>) files::iterator) Files.copy(f, theme.resolve("fonts").resolve(f.getFileName()));
    }
    StringBuilder out = new StringBuilder();
    boolean replaced = false;
    for (String line : Files.readAllLines(src.resolve("theme.properties"))) {
      if (line.startsWith(key + "=")) {
        out.append(key).append('=').append(value).append('\n');
        replaced = true;
      } else {
        out.append(line).append('\n');
      }
    }
    if (!replaced && key != null) out.append(key).append('=').append(value).append('\n');
    Files.writeString(theme.resolve("theme.properties"), out);
    return theme;
  }

  @Test
  void aCopiedThemeFolderLoads() throws IOException {
    Theme t = ThemeLoader.load(copyOfDefault("size.base", "12"));
    assertEquals(12.0, t.baseSize());
    assertEquals("mine", t.name());
  }

  @Test
  void unknownTokenIsNamedWithTheFile() throws IOException {
    Path theme = copyOfDefault("colour.text", "#000000");
    ThemeException e = assertThrows(ThemeException.class, () -> ThemeLoader.load(theme));
    assertTrue(e.getMessage().contains("theme.properties"), e.getMessage());
    assertTrue(e.getMessage().contains("'colour.text' is not a theme token"), e.getMessage());
  }

  @Test
  void wrongTypeSaysWhatIsAllowed() throws IOException {
    Path theme = copyOfDefault("size.base", "large");
    ThemeException e = assertThrows(ThemeException.class, () -> ThemeLoader.load(theme));
    assertTrue(e.getMessage().contains("'size.base' must be a number"), e.getMessage());
  }

  @Test
  void badColourSaysWhatIsAllowed() throws IOException {
    Path theme = copyOfDefault("color.link", "blue");
    ThemeException e = assertThrows(ThemeException.class, () -> ThemeLoader.load(theme));
    assertTrue(e.getMessage().contains("'color.link' must be a colour #rrggbb"), e.getMessage());
  }

  @Test
  void badEnumListsTheChoices() throws IOException {
    Path theme = copyOfDefault("paragraph.style", "wavy");
    ThemeException e = assertThrows(ThemeException.class, () -> ThemeLoader.load(theme));
    assertTrue(e.getMessage().contains("must be one of indent, spaced"), e.getMessage());
  }

  @Test
  void missingFontFileIsNamed() throws IOException {
    Path theme = copyOfDefault("font.code.bold", "fonts/Nope.ttf");
    ThemeException e = assertThrows(ThemeException.class, () -> ThemeLoader.load(theme));
    assertTrue(e.getMessage().contains("font file 'fonts/Nope.ttf' not found"), e.getMessage());
  }

  @Test
  void fontPathsCannotLeaveTheThemeFolder() throws IOException {
    Path theme = copyOfDefault("font.code.bold", "../../etc/passwd");
    assertThrows(ThemeException.class, () -> ThemeLoader.load(theme));
  }

  @Test
  void pageSizesParse() {
    assertEquals(432f, ThemeLoader.PageSizes.parse("6x9in")[0], 0.01);
    assertEquals(612f, ThemeLoader.PageSizes.parse("Letter")[0], 0.01);
    assertThrows(IllegalArgumentException.class, () -> ThemeLoader.PageSizes.parse("huge"));
  }

  @Test
  void elementStylesAreChecked() throws IOException {
    Path theme = copyOfDefault("table.style", "zebra");
    ThemeException e = assertThrows(ThemeException.class, () -> ThemeLoader.load(theme));
    assertTrue(e.getMessage().contains("'table.style' must be one of rules, grid, plain"), e.getMessage());
  }

  @Test
  void captionSizeMustBeInRange() throws IOException {
    Path theme = copyOfDefault("caption.size", "3");
    ThemeException e = assertThrows(ThemeException.class, () -> ThemeLoader.load(theme));
    assertTrue(e.getMessage().contains("'caption.size' must be between 0.6 and 1.2"), e.getMessage());
  }

  @Test
  void elementStylesAreRead() {
    Theme.Elements sans = ThemeLoader.builtIn("sans").elements();
    assertEquals(Theme.TableStyle.GRID, sans.table());
    assertEquals(Theme.Emphasis.ITALIC, ThemeLoader.builtIn("print").elements().dateline());
    assertEquals(0.88, sans.codeSize());
  }
}
