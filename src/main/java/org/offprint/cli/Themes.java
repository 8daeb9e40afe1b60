package org.offprint.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.offprint.theme.Theme;
import org.offprint.theme.ThemeException;
import org.offprint.theme.ThemeLoader;

/**
 * Where the CLI looks for themes: {@code ./themes}, then each folder of {@code OFFPRINT_THEMES}, then the built-ins.
 * Run by the launcher, the built-ins are the folders of the installation's {@code themes/} (system property
 * {@code offprint.home}), read at run time, so that a theme added there is there at once and a theme removed is
 * gone, with no build; otherwise (the jar run by hand) they are the copies inside the jar.
 */
final class Themes {
  private Themes() {}

  /** {@return the installation's theme folder, when the launcher names the installation} */
  static Optional<Path> installed() {
    String home = System.getProperty("offprint.home");
    if (home == null || home.isEmpty()) return Optional.empty();
    Path dir = Path.of(home, "themes");
    return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
  }

  /** {@return the built-in themes' names, the default first} */
  static List<String> builtIns() {
    Optional<Path> dir = installed();
    if (dir.isEmpty()) return ThemeLoader.BUILT_IN;
    List<String> names = new ArrayList<>();
    try (var list = Files.list(dir.get())) {
      list.filter(p -> Files.exists(p.resolve("theme.properties"))).map(p -> p.getFileName().toString()).sorted()
          .forEach(names::add);
    } catch (java.io.IOException e) {
      // an unreadable folder has no themes to list
    }
    if (names.remove(ThemeLoader.DEFAULT)) names.add(0, ThemeLoader.DEFAULT);
    return names;
  }

  /** {@return the built-in theme {@code name}} @throws ThemeException if there is none by that name */
  static Theme builtIn(String name) {
    Optional<Path> dir = installed();
    if (dir.isEmpty()) return ThemeLoader.builtIn(name);
    Path folder = dir.get().resolve(name);
    if (name.contains("/") || !Files.exists(folder.resolve("theme.properties"))) {
      throw new ThemeException("Unknown theme '" + name + "'. Built-in themes: " + String.join(", ", builtIns()));
    }
    return ThemeLoader.load(folder);
  }

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
    if (Files.isDirectory(asFolder) && Files.exists(asFolder.resolve("theme.properties"))) return ThemeLoader.load(asFolder);
    for (Path dir : searchPath(run)) {
      Path candidate = dir.resolve(name);
      if (Files.exists(candidate.resolve("theme.properties"))) return ThemeLoader.load(candidate);
    }
    return builtIn(name);
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
    if (!builtIns().contains(name)) return false;
    Optional<Path> home = installed();
    try (var in = home.isPresent() ? Files.newInputStream(home.get().resolve(name).resolve("theme.properties"))
        : Themes.class.getResourceAsStream("/themes/" + name + "/theme.properties")) {
      return in != null && java.util.Arrays.equals(in.readAllBytes(), Files.readAllBytes(dir.resolve("theme.properties")));
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
