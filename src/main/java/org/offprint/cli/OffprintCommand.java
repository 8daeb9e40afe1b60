package org.offprint.cli;

import java.io.PrintWriter;
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

  private final Invocation invocation;

  OffprintCommand() {
    this(Invocation.ofProcess());
  }

  OffprintCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  /** {@return the run's folder, environment and streams, for the commands under this one} */
  Invocation invocation() {
    return invocation;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: convert, bundle, inspect, formats or themes");
  }

  /**
   * {@return a new working command of this name, or null}, for {@link #commandLine(String[])} (a switch rather than
   * a map of constructor references, which cost every convert 5 ms of linking lambdas it does not use)
   */
  private static Object command(String name) {
    return switch (name) {
      case "convert" -> new ConvertCommand();
      case "bundle" -> new BundleCommand();
      case "inspect" -> new InspectCommand();
      case "formats" -> new FormatsCommand();
      case "themes" -> new ThemesCommand();
      default -> null;
    };
  }

  /** {@return the configured command line with every command: exit codes in every help, errors as one line} */
  public static CommandLine commandLine() {
    return commandLine(Invocation.ofProcess());
  }

  /** {@return the command line with every command, for a run that sees {@code invocation}} */
  public static CommandLine commandLine(Invocation invocation) {
    return configure(new CommandLine(new OffprintCommand(invocation)), invocation);
  }

  /**
   * Runs {@code args} in this process; {@return the exit code}. A plain convert ({@link PlainConvert}) runs without
   * setting up picocli; anything else goes to {@link #commandLine(String[], Invocation)}.
   */
  public static int execute(String[] args, Invocation invocation) {
    ConvertCommand plain = PlainConvert.parse(args, new OffprintCommand(invocation));
    if (plain != null) return PlainConvert.run(plain, invocation);
    CommandLine cl = commandLine(args, invocation);
    int code = cl.execute(args);
    cl.getOut().flush(); // anything picocli's writers still hold
    cl.getErr().flush();
    return code;
  }

  /** {@return the command line for running {@code args} in this process} */
  public static CommandLine commandLine(String[] args) {
    return commandLine(args, Invocation.ofProcess());
  }

  /**
   * {@return the command line for running {@code args}}. Picocli reads every option of every command it is
   * given, which costs start-up time; so {@code convert} gets a model built without reading annotations
   * ({@link ConvertModel}); when the arguments start with another working command's name, the top command
   * holds only that one, and for {@code --version} none: the CDS archive is trained on a convert, so it lacks the
   * other commands' classes (with them, --version took 289 ms against 230 ms in one hyperfine run). Anything else
   * (help, completion, a mistake) gets {@link #commandLine()}, so that help and messages list every command.
   */
  public static CommandLine commandLine(String[] args, Invocation invocation) {
    if (args.length > 1 && args[0].equals("convert")) return convert(invocation);
    return annotated(args, invocation);
  }

  private static CommandLine annotated(String[] args, Invocation invocation) {
    boolean version = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    Object only = args.length > 0 ? command(args[0]) : null;
    if (only == null && !version) return commandLine(invocation);
    CommandSpec top = CommandSpec.wrapWithoutInspection(new OffprintCommand(invocation)).name("offprint");
    top.mixinStandardHelpOptions(true);
    top.versionProvider(new VersionProvider());
    CommandLine cl = new CommandLine(top);
    if (only != null) {
      CommandLine sub = new CommandLine(only);
      // picocli runs a command's model transformer (WriterOptions.Declare) only when it builds a whole hierarchy
      var transformer = sub.getCommandSpec().modelTransformer();
      if (transformer != null) transformer.transform(sub.getCommandSpec());
      cl.addSubcommand(sub);
    }
    return configure(cl, invocation);
  }

  /**
   * {@return the command line for {@code offprint convert ...}, with the convert model built without reflection}
   * ({@link ConvertModel}). Arguments it refuses, {@code --help} among them, go to the model picocli reads from
   * the annotations, which runs them as without this one: the same help, messages and exit codes.
   */
  private static CommandLine convert(Invocation invocation) {
    // the top command without picocli's help options: adding them reads the annotations of its help mixin
    OffprintCommand top = new OffprintCommand(invocation);
    CommandLine cl = new CommandLine(CommandSpec.wrapWithoutInspection(top).name("offprint"));
    cl.addSubcommand(ConvertModel.commandLine(top));
    configure(cl, invocation);
    cl.setParameterExceptionHandler((refused, again) -> {
      CommandLine annotated = annotated(again, invocation);
      annotated.setOut(cl.getOut()); // the streams the caller gave this command line, if it gave any
      annotated.setErr(cl.getErr());
      return annotated.execute(again);
    });
    return cl;
  }

  private static CommandLine configure(CommandLine cl, Invocation invocation) {
    // picocli writes to the process's streams by default, in the platform's encoding; a run with other streams
    // (the background server's) gets writers on those, in the same encoding
    if (invocation.out() != System.out) cl.setOut(new PrintWriter(invocation.out(), true));
    if (invocation.err() != System.err) cl.setErr(new PrintWriter(invocation.err(), true));
    ExitCodes codes = new ExitCodes();
    cl.setExitCodeExceptionMapper(codes);
    cl.setExecutionExceptionHandler(codes);
    cl.setParameterExceptionHandler(OptionHints::handle);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    Map<String, String> list = new LinkedHashMap<>();
    for (String entry : ExitCodes.HELP_LIST) {
      int colon = entry.indexOf(':');
      String code = entry.substring(0, colon);
      list.put(" ".repeat(Math.max(0, 3 - code.length())) + code, entry.substring(colon + 1)); // as "%3s" pads it
    }
    apply(cl, list);
    // Shown only to those who look for it: `offprint generate-completion` prints a bash/zsh completion script.
    CommandLine completion = cl.getSubcommands().get("generate-completion");
    if (completion != null) completion.getCommandSpec().usageMessage().hidden(true);
    return cl;
  }

  private static void apply(CommandLine cl, Map<String, String> list) {
    cl.getCommandSpec().usageMessage().exitCodeListHeading(ExitCodes.HELP_HEADING).exitCodeList(list);
    for (CommandLine sub : cl.getSubcommands().values()) apply(sub, list);
  }
}
