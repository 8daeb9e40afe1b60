package org.offprint.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A plain {@code offprint convert}, its arguments read without picocli: inputs, {@code -t/--to}, {@code -o/--output},
 * {@code -d/--output-dir}, {@code --theme}, {@code --from}, {@code --url}, {@code --charset}, {@code --base-url}
 * and the flags {@code -q/--quiet}, {@code -v/--verbose}, {@code --debug}, {@code --json}, {@code
 * --fail-on-warning}, each option once (only {@code --to} may repeat), a value after its option or after {@code =}.
 * Setting up picocli's model (its type converters, the formats' options) was a fifth of a one-article convert's
 * time. Any other argument, and anything picocli would read otherwise or refuse (an {@code @file}, {@code --},
 * clustered or attached short options, a value that starts with a dash, a missing one), makes {@link #parse} give
 * up, and the command goes to picocli as before: the same help, messages and exit codes. PlainConvertTest checks
 * that what this class reads, picocli reads alike.
 */
final class PlainConvert {
  private PlainConvert() {}

  private static final Set<String> FLAGS = Set.of("--quiet", "--verbose", "--debug", "--json", "--fail-on-warning");
  private static final Set<String> VALUES = Set.of("--to", "--output", "--output-dir", "--theme", "--from", "--url",
      "--charset", "--base-url");

  /** {@return the long name of an option this class reads, for one of its short names; else {@code name}} */
  private static String longName(String name) {
    return switch (name) {
      case "-t" -> "--to";
      case "-o" -> "--output";
      case "-d" -> "--output-dir";
      case "-q" -> "--quiet";
      case "-v" -> "--verbose";
      default -> name;
    };
  }

  /**
   * {@return the convert command of {@code args} ({@code convert} and its arguments) with its fields set, or null
   * when the arguments are not all of the plain forms}
   */
  static ConvertCommand parse(String[] args, OffprintCommand top) {
    if (args.length < 2 || !args[0].equals("convert")) return null;
    ConvertCommand c = new ConvertCommand();
    c.top = top;
    c.read = new ReadOptions();
    c.writers = new WriterOptions();
    c.common = new CommonOptions();
    List<String> inputs = new ArrayList<>();
    Set<String> given = new HashSet<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.isEmpty() || arg.startsWith("@")) return null; // picocli reads an @file's lines as arguments
      if (arg.equals("-") || !arg.startsWith("-")) {
        inputs.add(arg);
        continue;
      }
      int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
      String name = longName(eq > 0 ? arg.substring(0, eq) : arg);
      String value = eq > 0 ? arg.substring(eq + 1) : null;
      if (!given.add(name) && !name.equals("--to")) return null; // picocli refuses an option given twice
      if (FLAGS.contains(name)) {
        if (value != null || !flag(c, name)) return null;
        continue;
      }
      if (!VALUES.contains(name)) return null;
      if (value == null) {
        if (++i == args.length) return null;
        value = args[i];
      }
      if (value.isEmpty() || value.startsWith("@") || (value.startsWith("-") && !value.equals("-"))) return null;
      if (!value(c, name, value)) return null;
    }
    if (inputs.isEmpty()) return null;
    c.inputs = inputs;
    return c;
  }

  private static boolean flag(ConvertCommand c, String name) {
    switch (name) {
      case "--quiet" -> c.common.quiet = true;
      case "--verbose" -> c.common.verbose = true;
      case "--debug" -> c.common.debug = true;
      case "--json" -> c.json = true;
      case "--fail-on-warning" -> c.failOnWarning = true;
      default -> {
        return false;
      }
    }
    return true;
  }

  private static boolean value(ConvertCommand c, String name, String value) {
    switch (name) {
      case "--to" -> {
        // picocli splits on the commas too, but reads quotes and keeps empty parts: those go to picocli
        if (value.indexOf('"') >= 0 || value.startsWith(",") || value.endsWith(",") || value.contains(",,")) {
          return false;
        }
        c.to.addAll(List.of(value.split(",")));
      }
      case "--output" -> c.output = value;
      case "--output-dir" -> {
        try {
          c.outputDir = Path.of(value);
        } catch (InvalidPathException e) {
          return false;
        }
      }
      case "--theme" -> c.theme = value;
      case "--from" -> c.read.from = value;
      case "--url" -> c.read.url = value;
      case "--charset" -> c.read.charset = value;
      case "--base-url" -> c.read.baseUrl = value;
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs {@code command} as picocli runs it (ExitCodes for a failure) with the writers picocli would give it:
   * on the invocation's streams, or for the process's own, in the encoding picocli chooses. {@return the exit code}
   */
  static int run(ConvertCommand command, Invocation invocation) {
    PrintWriter out = writer(invocation.out(), System.out, "sun.stdout.encoding");
    PrintWriter err = writer(invocation.err(), System.err, "sun.stderr.encoding");
    try {
      return command.run(err, out);
    } catch (Exception e) {
      return ExitCodes.report(e, err, command.common.debug);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static PrintWriter writer(PrintStream stream, PrintStream process, String encodingProperty) {
    if (stream != process) return new PrintWriter(stream, true);
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset(encodingProperty))), true);
  }

  private static Charset charset(String property) {
    String encoding = System.getProperty(property);
    if (encoding == null) return Charset.defaultCharset();
    try {
      return Charset.forName(encoding.equalsIgnoreCase("cp65001") ? "UTF-8" : encoding);
    } catch (RuntimeException e) {
      return Charset.defaultCharset();
    }
  }
}
