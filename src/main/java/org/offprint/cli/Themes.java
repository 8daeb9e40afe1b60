package org.offprint.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.offprint.theme.Theme;
import org.offprint.theme.ThemeLoader;

/** Where the CLI looks for themes: {@code ./themes}, then each folder of {@code OFFPRINT_THEMES}. */
final class Themes {
  private Themes() {}

  static List<Path> searchPath() {
    List<Path> dirs = new ArrayList<>();
    dirs.add(Path.of("themes"));
    String env = System.getenv("OFFPRINT_THEMES");
    if (env != null) {
      for (String p : env.split(File.pathSeparator)) if (!p.isBlank()) dirs.add(Path.of(p));
    }
    return dirs;
  }

  static Theme resolve(String nameOrDir) {
    return ThemeLoader.find(nameOrDir == null ? ThemeLoader.DEFAULT : nameOrDir, searchPath());
  }

  /** {@return the names of the theme folders in the search path} */
  static List<Path> userThemes() {
    List<Path> found = new ArrayList<>();
    for (Path dir : searchPath()) {
      if (!Files.isDirectory(dir)) continue;
      try (var list = Files.list(dir)) {
        list.filter(p -> Files.exists(p.resolve("theme.properties"))).sorted().forEach(found::add);
      } catch (java.io.IOException e) {
        // an unreadable folder has no themes to list
      }
    }
    return found;
  }

  /** {@return true for a folder that holds a built-in theme unchanged, such as the repo's own ./themes} */
  static boolean isCopyOfBuiltIn(Path dir) {
    String name = dir.getFileName().toString();
    if (!ThemeLoader.BUILT_IN.contains(name)) return false;
    try (var in = Themes.class.getResourceAsStream("/themes/" + name + "/theme.properties")) {
      return in != null && java.util.Arrays.equals(in.readAllBytes(), Files.readAllBytes(dir.resolve("theme.properties")));
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
