package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The convert model built by hand ({@link ConvertModel}) parses as the one picocli reads from the annotations. */
class ConvertModelTest {
  private static final Invocation RUN = Invocation.of(Path.of(""), Map.of(), InputStream.nullInputStream(),
      new PrintStream(PrintStream.nullOutputStream()), new PrintStream(PrintStream.nullOutputStream()));

  /** {@return the convert command line as picocli reads it from the annotations, format options added} */
  static CommandLine annotated() {
    CommandLine cl = new CommandLine(new ConvertCommand());
    new WriterOptions.Declare().transform(cl.getCommandSpec());
    return cl;
  }

  /** {@return the convert command line of the quick path that {@code offprint convert ...} takes} */
  private static CommandLine quick() {
    CommandLine cl = OffprintCommand.commandLine(new String[] {"convert", "page.html"}, RUN).getSubcommands()
        .get("convert");
    assertTrue(cl.getCommandSpec().userObject() instanceof java.util.concurrent.Callable<?>
        && !(cl.getCommandSpec().userObject() instanceof ConvertCommand), "a convert takes the quick path");
    return cl;
  }

  /** The options a user can give, without picocli's help and version options (the quick model leaves them out). */
  private static List<OptionSpec> options(CommandSpec spec) {
    return spec.options().stream().filter(o -> !o.usageHelp() && !o.versionHelp()).toList();
  }

  /** {@return what parsing depends on in an option or parameter (a flag's label is never shown)} */
  private static String shape(ArgSpec a) {
    return Arrays.toString(a instanceof OptionSpec o ? o.names() : new String[] {"positional"}) + " type "
        + a.type().getName() + " of " + Arrays.toString(a.auxiliaryTypes()) + ", arity " + a.arity() + ", split '"
        + a.splitRegex() + "', label " + (a.arity().max() == 0 ? "none" : a.paramLabel()) + ", required " + a.required() + ", interactive "
        + a.interactive() + (a instanceof OptionSpec o ? ", negatable " + o.negatable()
        : ", index " + ((CommandLine.Model.PositionalParamSpec) a).index());
  }

  @Test
  void holdsTheOptionsTheAnnotationsDeclareAlike() {
    CommandSpec annotated = annotated().getCommandSpec();
    CommandSpec quick = quick().getCommandSpec();
    assertEquals(options(annotated).stream().map(ConvertModelTest::shape).sorted().toList(),
        options(quick).stream().map(ConvertModelTest::shape).sorted().toList());
    assertEquals(annotated.positionalParameters().stream().map(ConvertModelTest::shape).toList(),
        quick.positionalParameters().stream().map(ConvertModelTest::shape).toList());
  }

  @Test
  void givesTheCommandTheValuesTheAnnotatedModelGivesIt() throws Exception {
    List<String> every = new ArrayList<>(List.of("a.html", "b.md"));
    for (OptionSpec o : options(annotated().getCommandSpec())) every.addAll(sample(o));
    for (List<String> args : List.of(List.of("page.html"), every)) {
      CommandLine annotated = annotated();
      annotated.parseArgs(args.toArray(new String[0]));
      CommandLine quick = quick();
      quick.getParent().parseArgs(concat("convert", args));
      ConvertCommand expected = annotated.getCommand();
      ConvertCommand actual = ConvertModel.parsed(quick);
      assertEquals(values(expected), values(actual), String.join(" ", args));
      assertEquals(formatValues(expected), formatValues(actual), String.join(" ", args));
    }
  }

  @Test
  void argumentsItRefusesGetTheAnnotatedModelsHelpAndMessages() {
    CliRun help = CliRun.run("convert", "page.html", "--help");
    assertEquals(0, help.exit, help.err);
    assertTrue(help.out.contains("Exit codes:") && help.out.contains("--output-dir"), help.out);
    CliRun unknown = CliRun.run("convert", "page.html", "--outptu", "x.epub");
    assertEquals(ExitCodes.USAGE, unknown.exit);
    assertEquals("offprint: Unknown option: '--outptu'; did you mean --output or --output-dir? (see 'offprint convert --help')",
        unknown.err.strip());
    CliRun missing = CliRun.run("convert", "page.html", "--timeout");
    assertEquals(ExitCodes.USAGE, missing.exit);
    assertTrue(missing.err.startsWith("offprint: Missing required parameter for option '--timeout'"), missing.err);
  }

  /** {@return arguments that give option {@code o} a value of its type, twice for a repeatable one} */
  private static List<String> sample(OptionSpec o) {
    String name = o.longestName();
    Class<?> type = o.auxiliaryTypes()[0];
    if (type == boolean.class || type == Boolean.class) return List.of(name);
    String value = type == Path.class ? "dir/" + name.substring(2) : type == int.class || type == Integer.class
        ? "7" : type == double.class ? "1.5" : name.substring(2) + "-value";
    if (o.isMultiValue()) return o.splitRegex().isEmpty() ? List.of(name, value, name, value + "2")
        : List.of(name, value + "," + value + "2");
    return List.of(name, value);
  }

  /** {@return every annotated field of the command and its mixins, by name} */
  static Map<String, Object> values(ConvertCommand command) throws IllegalAccessException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Field f : ConvertCommand.class.getDeclaredFields()) {
      if (f.isAnnotationPresent(Mixin.class)) {
        Object mixin = f.get(command);
        assertNotNull(mixin, f.getName());
        for (Field m : mixin.getClass().getDeclaredFields()) {
          if (m.isAnnotationPresent(Option.class)) values.put(f.getName() + "." + m.getName(), m.get(mixin));
        }
      } else if (f.isAnnotationPresent(Option.class) || f.isAnnotationPresent(Parameters.class)) {
        values.put(f.getName(), f.get(command));
      }
    }
    return values;
  }

  /** {@return the value of each format's option, which WriterOptions reads from the command's model} */
  static Map<String, Object> formatValues(ConvertCommand command) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String name : WriterOptions.declared().keySet()) values.put(name, command.writers.value(name).orElse(null));
    return values;
  }

  private static String[] concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(rest);
    return all.toArray(new String[0]);
  }
}
