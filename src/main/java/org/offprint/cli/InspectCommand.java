package org.offprint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.offprint.model.Diagnostic;
import org.offprint.model.Diagnostics;
import org.offprint.model.json.ModelJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code offprint inspect}: the document model as JSON, or what extraction removed and why. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Print the document model of an article as JSON on stdout (see docs/model.md).",
      "With --explain, list instead what was removed from the page and why."})
final class InspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand OffprintCommand top;

  @Parameters(index = "0", paramLabel = "INPUT", description = "A saved page, a web archive (.mhtml, .warc, .warc.gz; choose its page with --url), or - for stdin.")
  String input;

  @Option(names = "--explain", description = "List what was removed from the page, and why, one line each.")
  boolean explain;

  @Mixin ReadOptions read;
  @Mixin CommonOptions common;

  @Override
  public Integer call() throws IOException {
    OptionHints.checkSingleDashLongOptions(spec);
    read.check();
    PrintWriter out = spec.commandLine().getOut();
    ConsoleDiagnostics console = new ConsoleDiagnostics(spec.commandLine().getErr(), common.quiet, common.verbose);
    Diagnostics.Collector collected = Diagnostics.collector();
    Diagnostics both = d -> {
      collected.report(d);
      if (!explain || d.severity() == Diagnostic.Severity.WARNING) console.report(d);
    };
    read.folder = top.invocation().cwd();
    Reading.Read r = Reading.read(input, read, top.invocation(), both);
    console.summariseAll();
    if (explain) {
      for (Diagnostic d : collected.all()) {
        if (d.severity() == Diagnostic.Severity.INFO) out.println(d.message());
      }
    } else {
      ModelJson.write(r.document(), out);
      out.println();
    }
    out.flush();
    return ExitCodes.OK;
  }
}
