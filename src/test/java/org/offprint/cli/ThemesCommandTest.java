package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code offprint themes} and {@code --theme DIR}: the built-ins listed, a copied and edited folder used. */
class ThemesCommandTest {
  @TempDir Path dir;

  @Test
  void listsTheBuiltInThemesOncePerLineWithADescription() {
    CliRun r = CliRun.run("themes");
    assertEquals(0, r.exit, r.err);
    List<String> lines = r.out.lines().toList();
    assertEquals(3, lines.size(), r.out); // ./themes holds the built-ins unchanged, so they are not listed twice
    assertTrue(lines.get(0).startsWith("default ") && lines.get(0).contains("Book-like serif"), lines.get(0));
    assertTrue(lines.get(1).startsWith("sans ") && lines.get(2).startsWith("print "), r.out);
  }

  @Test
  void aCopiedThemeFolderIsUsedAndAnInvalidOneNamesFileAndKey() throws IOException {
    Path mine = dir.resolve("mine");
    try (Stream<Path> files = Files.walk(Path.of("themes/sans"))) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path to = mine.resolve(Path.of("themes/sans").relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(to);
        else Files.copy(p, to);
      }
    }
    Path props = mine.resolve("theme.properties");
    Files.writeString(props, Files.readString(props).replace("color.accent=#0b6bcb", "color.accent=#123456"));
    CliRun ok = CliRun.run("convert", "input/ledger-2026-02-rent-pressure.html", "--theme", mine.toString(),
        "-o", dir.resolve("a.html").toString(), "-q");
    assertEquals(0, ok.exit, ok.err);
    assertTrue(Files.readString(dir.resolve("a.html")).contains("#123456"), "the edited colour is used");

    Files.writeString(props, Files.readString(props) + "colour.text=#000000\n");
    CliRun bad = CliRun.run("convert", "input/ledger-2026-02-rent-pressure.html", "--theme", mine.toString(),
        "-o", dir.resolve("b.html").toString());
    assertEquals(ExitCodes.USAGE, bad.exit);
    assertTrue(bad.err.contains("theme.properties: key 'colour.text' is not a theme token"), bad.err);
  }
}
