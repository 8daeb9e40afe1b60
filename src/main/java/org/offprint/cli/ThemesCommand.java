package org.offprint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.offprint.theme.Theme;
import org.offprint.theme.ThemeException;
import org.offprint.theme.ThemeLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code offprint themes}: the built-in themes and those in ./themes and OFFPRINT_THEMES. */
@Command(name = "themes", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "List the themes: built-in ones, then those found in ./themes and in OFFPRINT_THEMES.")
final class ThemesCommand implements Runnable {
  @Spec CommandSpec spec;
  @ParentCommand OffprintCommand top;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    for (String name : Themes.builtIns()) {
      String description;
      try {
        description = Themes.builtIn(name).description();
      } catch (ThemeException e) {
        description = "invalid: " + e.getMessage();
      }
      out.printf("%-12s %s (built-in)%n", name, description);
    }
    for (Path dir : Themes.userThemes(top.invocation())) {
      if (Themes.isCopyOfBuiltIn(dir)) continue;
      String description;
      try {
        Theme t = ThemeLoader.load(dir);
        description = t.description();
      } catch (ThemeException e) {
        description = "invalid: " + e.getMessage();
      }
      out.printf("%-12s %s (%s)%n", dir.getFileName(), description, dir);
    }
    out.flush();
  }
}
