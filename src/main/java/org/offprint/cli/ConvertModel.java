package org.offprint.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The {@code convert} command's picocli model for parsing its arguments, built by hand: picocli reading
 * {@link ConvertCommand}'s annotations (and the JDK spinning a proxy class for each annotation type) was the
 * largest part of a one-article convert's start-up after the JVM's own. The model holds the same options as the
 * annotations declare (ConvertModelTest compares the two, option by option and on parsed arguments), keeps the
 * values itself, and hands them to the command's fields just before it runs. It has no help, version or
 * descriptions: {@link OffprintCommand#commandLine(String[], Invocation)} gives any arguments this model refuses,
 * help included, to the model picocli reads from the annotations, so that messages and help stay picocli's own.
 */
final class ConvertModel {
  private ConvertModel() {}

  /** {@return the command line {@code offprint convert ...} for a run under {@code top}} */
  static CommandLine commandLine(OffprintCommand top) {
    ConvertCommand command = new ConvertCommand();
    command.top = top;
    command.read = new ReadOptions();
    command.writers = new WriterOptions();
    command.common = new CommonOptions();
    Run run = new Run(command);
    CommandSpec spec = CommandSpec.wrapWithoutInspection(run).name("convert");
    command.spec = spec;
    command.writers.command = spec;
    spec.addPositional(PositionalParamSpec.builder().arity("1..*").required(true).paramLabel("INPUT").type(List.class)
        .auxiliaryTypes(String.class).build());
    spec.addOption(list(String.class, "-t", "--to").splitRegex(",").paramLabel("FORMAT").build());
    spec.addOption(value(String.class, "-o", "--output").paramLabel("FILE").build());
    spec.addOption(value(Path.class, "-d", "--output-dir").paramLabel("DIR").build());
    spec.addOption(value(String.class, "--theme").paramLabel("NAME|DIR").build());
    spec.addOption(flag("--fail-on-warning"));
    spec.addOption(flag("--json"));
    // ReadOptions
    spec.addOption(value(String.class, "--from").paramLabel("FORMAT").build());
    spec.addOption(value(String.class, "--url").paramLabel("URL").build());
    spec.addOption(value(String.class, "--charset").paramLabel("NAME").build());
    spec.addOption(value(String.class, "--base-url").paramLabel("URL").build());
    spec.addOption(list(Path.class, "--allow-local-files").paramLabel("DIR").build());
    spec.addOption(list(String.class, "--header").paramLabel("NAME:VALUE").build());
    spec.addOption(value(Path.class, "--cookies").paramLabel("FILE").build());
    spec.addOption(value(int.class, "--timeout").paramLabel("SECONDS").build());
    spec.addOption(flag("--fetch-images"));
    spec.addOption(flag("--allow-private-network"));
    spec.addOption(value(double.class, "--delay").paramLabel("SECONDS").build());
    spec.addOption(value(int.class, "--per-host").paramLabel("N").build());
    // CommonOptions
    spec.addOption(flag("-q", "--quiet"));
    spec.addOption(flag("-v", "--verbose"));
    spec.addOption(flag("--debug"));
    new WriterOptions.Declare().transform(spec); // every format's own options, which WriterOptions reads from here
    return new CommandLine(spec);
  }

  /** {@return the command of {@code cl}, a command line of this model, with the values it parsed last} */
  static ConvertCommand parsed(CommandLine cl) {
    Run run = (Run) cl.getCommandSpec().userObject();
    run.take(cl.getParseResult());
    return run.command;
  }

  private static OptionSpec.Builder value(Class<?> type, String... names) {
    return OptionSpec.builder(names).type(type).arity("1");
  }

  private static OptionSpec.Builder list(Class<?> element, String... names) {
    return OptionSpec.builder(names).type(List.class).auxiliaryTypes(element).arity("1");
  }

  private static OptionSpec flag(String... names) {
    return OptionSpec.builder(names).type(boolean.class).arity("0").build();
  }

  /** Gives the parsed values to the command's fields, then runs it. */
  private static final class Run implements Callable<Integer> {
    final ConvertCommand command;

    Run(ConvertCommand command) {
      this.command = command;
    }

    @Override
    public Integer call() throws Exception {
      take(command.spec.commandLine().getParseResult());
      return command.call();
    }

    /** Sets each field whose option was given; the others keep the values their declarations give them. */
    void take(ParseResult parsed) {
      ConvertCommand c = command;
      c.inputs = parsed.matchedPositionalValue(0, null);
      c.to = parsed.matchedOptionValue("--to", c.to);
      c.output = parsed.matchedOptionValue("--output", c.output);
      c.outputDir = parsed.matchedOptionValue("--output-dir", c.outputDir);
      c.theme = parsed.matchedOptionValue("--theme", c.theme);
      c.failOnWarning = parsed.matchedOptionValue("--fail-on-warning", c.failOnWarning);
      c.json = parsed.matchedOptionValue("--json", c.json);
      ReadOptions r = c.read;
      r.from = parsed.matchedOptionValue("--from", r.from);
      r.url = parsed.matchedOptionValue("--url", r.url);
      r.charset = parsed.matchedOptionValue("--charset", r.charset);
      r.baseUrl = parsed.matchedOptionValue("--base-url", r.baseUrl);
      r.allowLocalFiles = parsed.matchedOptionValue("--allow-local-files", r.allowLocalFiles);
      r.headers = parsed.matchedOptionValue("--header", r.headers);
      r.cookies = parsed.matchedOptionValue("--cookies", r.cookies);
      r.timeoutSeconds = parsed.matchedOptionValue("--timeout", r.timeoutSeconds);
      r.fetchImages = parsed.matchedOptionValue("--fetch-images", r.fetchImages);
      r.allowPrivateNetwork = parsed.matchedOptionValue("--allow-private-network", r.allowPrivateNetwork);
      r.delaySeconds = parsed.matchedOptionValue("--delay", r.delaySeconds);
      r.perHost = parsed.matchedOptionValue("--per-host", r.perHost);
      CommonOptions o = c.common;
      o.quiet = parsed.matchedOptionValue("--quiet", o.quiet);
      o.verbose = parsed.matchedOptionValue("--verbose", o.verbose);
      o.debug = parsed.matchedOptionValue("--debug", o.debug);
    }
  }
}
