package org.offprint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.offprint.theme.Theme;
import org.offprint.theme.ThemeException;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.html.ThemeCss;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code offprint themes}: the built-in themes and those in ./themes and OFFPRINT_THEMES; with {@code --css}, the
 * stylesheet one of them gives HTML or EPUB outputs.
 */
@Command(name = "themes", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "List the themes: built-in ones, then those found in ./themes and in OFFPRINT_THEMES.")
final class ThemesCommand implements Runnable {
  /** The two stylesheets a theme gives: the HTML page's and the e-book's. */
  enum Target {
    html(ThemeCss.Medium.SCREEN),
    epub(ThemeCss.Medium.BOOK);

    final ThemeCss.Medium medium;

    Target(ThemeCss.Medium medium) {
      this.medium = medium;
    }
  }

  @Spec CommandSpec spec;
  @ParentCommand OffprintCommand top;

  @Option(names = "--css", paramLabel = "NAME|DIR",
      description = "Print the stylesheet this theme gives instead of the list: base.css with the theme's tokens "
          + "filled in, then its style.css; font faces refer to the files in the theme folder.")
  String css;

  @Option(names = "--for", paramLabel = "FORMAT",
      description = "With --css: the stylesheet of html or epub outputs (default: ${DEFAULT-VALUE}).")
  Target target = Target.html;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    if (css != null) {
      Theme theme = Themes.resolve(css, top.invocation());
      out.print(ThemeCss.css(theme, target.medium, ThemeCss.allFaces(theme), ThemeCss.Face::path));
      out.flush();
      return;
    }
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
