package org.offprint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.offprint.io.LocalResources;
import org.offprint.theme.ThemeLoader;

/**
 * Every file a command reads, gathered so that none is ever chosen as an output: inputs, a manifest with its
 * front and back matter, a cover, a cookie file and the files of a theme folder. Not thread-safe.
 */
final class ReadFiles {
  private final Invocation run;
  private final Set<Path> files = new LinkedHashSet<>();

  ReadFiles(Invocation run) {
    this.run = run;
  }

  /** Adds {@code path} (relative to the run's folder) if it is a local file that exists; null is ignored. */
  ReadFiles add(Path path) {
    if (path != null) {
      Path p = run.path(path).toAbsolutePath().normalize();
      if (Files.exists(p)) files.add(p);
    }
    return this;
  }

  /** Adds each of {@code paths} as {@link #add(Path)} does. */
  ReadFiles addAll(java.util.List<Path> paths) {
    paths.forEach(this::add);
    return this;
  }

  /** Adds the input {@code given} unless it is stdin or a URL. */
  ReadFiles addInput(String given) {
    if (!given.equals("-") && !Inputs.isUrl(given)) add(Path.of(given));
    return this;
  }

  /** Adds every file of the theme folder that {@code --theme NAME|DIR} picks, if it picks a folder. */
  ReadFiles addTheme(String nameOrDir, Invocation run) {
    String name = nameOrDir == null ? ThemeLoader.DEFAULT : nameOrDir;
    Path folder = null;
    Path given = run.path(name);
    if (Files.exists(given.resolve("theme.properties"))) {
      folder = given;
    } else {
      for (Path dir : Themes.searchPath(run)) {
        if (Files.exists(dir.resolve(name).resolve("theme.properties"))) {
          folder = dir.resolve(name);
          break;
        }
      }
    }
    if (folder == null) return this;
    try (Stream<Path> s = Files.walk(folder, 4)) {
      s.filter(Files::isRegularFile).forEach(this::add);
    } catch (IOException | java.io.UncheckedIOException e) {
      add(folder.resolve("theme.properties")); // what cannot be listed cannot be read either
    }
    return this;
  }

  /** {@return the files gathered and, as they are read, the local files {@code resources} reads} */
  Collection<Path> with(LocalResources resources) {
    return new AbstractCollection<>() {
      @Override
      public Iterator<Path> iterator() {
        List<Path> all = new ArrayList<>(files);
        all.addAll(resources.filesRead());
        return all.iterator();
      }

      @Override
      public int size() {
        return files.size() + resources.filesRead().size();
      }
    };
  }

  /** {@return the files gathered, absolute} */
  Set<Path> all() {
    return Collections.unmodifiableSet(files);
  }
}
