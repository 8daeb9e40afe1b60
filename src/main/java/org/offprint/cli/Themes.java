package org.offprint.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.offprint.theme.Theme;
import org.offprint.theme.ThemeLoader;

/** Where the CLI looks for themes: {@code ./themes}, then each folder of {@code OFFPRINT_THEMES}, then the built-ins. */
final class Themes {
  private Themes() {}

  static List<Path> searchPath(Invocation run) {
    List<Path> dirs = new ArrayList<>();
    dirs.add(run.path("themes"));
    String env = run.env("OFFPRINT_THEMES");
    if (env != null) {
      for (String p : env.split(File.pathSeparator)) if (!p.isBlank()) dirs.add(run.path(p));
    }
    return dirs;
  }

  /** {@return the theme named, or in the folder given (relative to the run's folder); null means the default} */
  static Theme resolve(String nameOrDir, Invocation run) {
    String name = nameOrDir == null ? ThemeLoader.DEFAULT : nameOrDir;
    Path asFolder = run.path(name);
    // ThemeLoader resolves a folder against the process's folder; give it the run's
    if (!asFolder.equals(Path.of(name)) && Files.exists(asFolder.resolve("theme.properties"))) name = asFolder.toString();
    return ThemeLoader.find(name, searchPath(run));
  }

  /** {@return the names of the theme folders in the search path} */
  static List<Path> userThemes(Invocation run) {
    List<Path> found = new ArrayList<>();
    for (Path dir : searchPath(run)) {
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
