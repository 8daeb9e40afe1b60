package org.offprint.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: {@code offprint <command>}. */
@Command(
    name = "offprint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns web articles into clean EPUB, PDF, Markdown, HTML and text.",
    subcommands = {
      ConvertCommand.class,
      BundleCommand.class,
      InspectCommand.class,
      FormatsCommand.class,
      ThemesCommand.class,
      CommandLine.HelpCommand.class,
      picocli.AutoComplete.GenerateCompletion.class
    })
public final class OffprintCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: convert, bundle, inspect, formats or themes");
  }

  /** {@return the configured command line: exit codes in every help, errors as one line} */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new OffprintCommand());
    ExitCodes codes = new ExitCodes();
    cl.setExitCodeExceptionMapper(codes);
    cl.setExecutionExceptionHandler(codes);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    Map<String, String> list = new LinkedHashMap<>();
    for (String entry : ExitCodes.HELP_LIST) {
      int colon = entry.indexOf(':');
      list.put(String.format("%3s", entry.substring(0, colon)), entry.substring(colon + 1));
    }
    apply(cl, list);
    // Shown only to those who look for it: `offprint generate-completion` prints a bash/zsh completion script.
    cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
    return cl;
  }

  private static void apply(CommandLine cl, Map<String, String> list) {
    cl.getCommandSpec().usageMessage().exitCodeListHeading(ExitCodes.HELP_HEADING).exitCodeList(list);
    for (CommandLine sub : cl.getSubcommands().values()) apply(sub, list);
  }
}
