package org.offprint.cli;

import java.io.PrintWriter;
import org.offprint.read.InputFormat;
import org.offprint.read.InputFormats;
import org.offprint.write.Format;
import org.offprint.write.Formats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code offprint formats}: the input and output formats, one per line. */
@Command(name = "formats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "List the input and output formats.")
final class FormatsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    out.println("Output formats (--to):");
    for (Format f : Formats.all()) {
      String aliases = f.aliases().isEmpty() ? "" : " (also " + String.join(", ", f.aliases()) + ")";
      out.printf("  %-6s .%-5s %s%s%n", f.name(), f.extension(), f.description(), aliases);
    }
    out.println("Input formats (--from):");
    for (InputFormat f : InputFormats.all()) {
      out.printf("  %-9s %s%n", f.name(), "." + String.join(", .", f.extensions()));
    }
    out.flush();
  }
}
