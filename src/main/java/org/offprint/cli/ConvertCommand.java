package org.offprint.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.Set;
import java.util.concurrent.Callable;
import org.offprint.io.ArchiveResources;
import org.offprint.io.LocalResources;
import org.offprint.model.ResourceResolver;
import org.offprint.read.InputException;
import org.offprint.theme.Theme;
import org.offprint.write.DocumentWriter;
import org.offprint.write.Format;
import org.offprint.write.Formats;
import org.offprint.write.WriteOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code offprint convert}: each input to each format. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    modelTransformer = WriterOptions.Declare.class, // every format's own options
    versionProvider = VersionProvider.class,
    description = {
      "Convert articles to EPUB, PDF, Markdown, HTML or text, or to and from the document model as JSON.",
      "",
      "Each input is read once and written in every format asked for. Outputs are written whole or not at all: "
          + "a failure leaves existing files untouched. With several inputs, a failed input is reported and the "
          + "others are still converted; the exit code is that of the first failure."
    },
    footer = {
      "",
      "Examples:",
      "  offprint convert page.html --to epub,pdf,md",
      "  offprint convert input/*.html --to epub,pdf,md,html,txt -d out/",
      "  offprint convert page.html --to json -o - | jq '.metadata.title = \"New\"' | offprint convert - --from json -o page.epub",
      "  curl -s https://example.org/a | offprint convert - -o article.md --base-url https://example.org/a",
      "  offprint convert site.warc.gz --url https://example.org/a -o article.epub"
    })
final class ConvertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand OffprintCommand top;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Saved pages (.html, .htm, .xhtml, .md, .txt, also gzipped), web archives (.mhtml, .mht, .warc, .warc.gz), document models (.json), or - for stdin.")
  List<String> inputs;

  @Option(names = {"-t", "--to"}, split = ",", paramLabel = "FORMAT",
      description = "Output formats, comma-separated: ${COMPLETION-CANDIDATES}. Default: from -o's extension.",
      completionCandidates = FormatNames.class)
  List<String> to = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Output file for one input and one format; - for stdout.")
  String output;

  @Option(names = {"-d", "--output-dir"}, paramLabel = "DIR",
      description = "Write DIR/<input name>.<ext> for every input and format (default: the current folder).")
  Path outputDir;

  @Option(names = "--theme", paramLabel = "NAME|DIR", description = "Theme by name or folder (default: default). See 'offprint themes'.")
  String theme;

  @Option(names = "--fail-on-warning", description = "Exit with code 6 when anything was dropped or changed with a warning.")
  boolean failOnWarning;

  @Option(names = "--json", description = "Print a JSON report on stdout: each output's path, format and size, warnings and errors.")
  boolean json;

  @Mixin ReadOptions read;
  @Mixin WriterOptions writers;
  @Mixin CommonOptions common;

  /** Completion candidates for --to. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Formats.names().iterator();
    }
  }

  @Override
  public Integer call() throws IOException {
    OptionHints.checkSingleDashLongOptions(spec);
    return run(spec.commandLine().getErr(), spec.commandLine().getOut());
  }

  /** Runs the command with its fields set, writing messages to {@code err} and the JSON report to {@code stdout}. */
  int run(PrintWriter err, PrintWriter stdout) throws IOException {
    read.check();
    Invocation run = top.invocation();
    List<Format> formats = formats();
    checkTargets(formats);
    if (json && isStdout()) throw new UsageException("--json prints on stdout, so the output cannot go there too");
    JsonReport report = new JsonReport();
    Theme chosen = Themes.resolve(theme, run);
    writers.folder = run.cwd();
    writers.cache = CacheFolder.of(run.env());
    read.folder = run.cwd();
    ConsoleDiagnostics diagnostics = new ConsoleDiagnostics(err, common.quiet, common.verbose);
    Optional<Instant> timestamp = SourceDateEpoch.of(run);
    ReadFiles readFiles = new ReadFiles(run).addAll(writers.files()).add(this.read.cookies).addTheme(theme, run);
    for (String in : inputs) readFiles.addInput(in);
    int exit = Batch.run(inputs, input -> {
      try {
        convert(input, run, formats, chosen, diagnostics, timestamp, readFiles, report, err);
      } finally {
        diagnostics.summarise(input); // the warnings not printed, counted, before the next input's
      }
    }, err, common.debug, report);
    err.flush();
    if (exit == ExitCodes.OK && failOnWarning && diagnostics.warnings() > 0) exit = ExitCodes.WARNINGS;
    if (json) report.print(stdout, diagnostics.all(), exit);
    return exit;
  }

  /** Reads one input and writes it in every format asked for. */
  private void convert(String input, Invocation run, List<Format> formats, Theme chosen,
      ConsoleDiagnostics diagnostics, Optional<Instant> timestamp, ReadFiles readFiles, JsonReport report,
      PrintWriter err) throws IOException {
    if (run.isCancelled()) throw new CancellationException("the command was cancelled"); // nothing more is read
    Reading.Read r = Reading.read(input, read, run, diagnostics);
    List<Path> roots = new ArrayList<>();
    for (Path allowed : read.allowLocalFiles) roots.add(run.path(allowed));
    // an archived page's location is what the archive says, not a folder the user chose
    if (r.archive().isEmpty()) Inputs.folder(r.source()).ifPresent(f -> roots.add(0, f));
    // an archived page's images come from its archive, never from the network
    LocalResources resources = new LocalResources(roots, input, diagnostics,
        r.archive().isPresent() ? Optional.empty() : read.imageFetcher());
    ResourceResolver images = r.archive().<ResourceResolver>map(a -> new ArchiveResources(List.of(a), resources,
        input, diagnostics)).orElse(resources);
    for (Format format : formats) {
      if (run.isCancelled()) throw new CancellationException("the command was cancelled");
      Outputs.PendingSideFiles side = new Outputs.PendingSideFiles();
      String base = Inputs.baseName(input);
      // a cancelled run also stops where a writer reports its progress (after each chapter), not only at its
      // next write of output bytes
      WriteOptions options = new WriteOptions(chosen, images, diagnostics.forInput(input), timestamp, base,
          Optional.empty(), (done, total) -> {
            if (run.isCancelled()) throw new CancellationException("the command was cancelled");
          });
      if (isStdout()) {
        DocumentWriter writer = writers.writer(format, options);
        Outputs.writeStdout(run.out(), out -> writer.write(r.document(), out), run::isCancelled);
      } else {
        Path target = target(input, format);
        String name = target.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        DocumentWriter writer = writers.writer(format, options.withOutputName(stem).withSideFiles(side));
        Outputs.write(target, run, readFiles.with(resources), out -> writer.write(r.document(), out), side);
        report.output(input, target.toString(), format.name(), Files.size(run.path(target)));
        if (common.verbose) err.println("offprint: wrote " + target);
      }
    }
  }

  private boolean isStdout() {
    return "-".equals(output) || (output == null && outputDir == null && inputs.equals(List.of("-")) && to.size() == 1);
  }

  private List<Format> formats() {
    Set<Format> set = new LinkedHashSet<>();
    for (String name : to) {
      if (name.isBlank()) continue;
      set.add(Formats.find(name.trim()).orElseThrow(() -> new UsageException(
          "Unknown output format '" + name.trim() + "'. Known: " + String.join(", ", Formats.names()))));
    }
    if (set.isEmpty() && output != null && !output.equals("-")) {
      String ext = Inputs.extension(output);
      set.add(Formats.find(ext).orElseThrow(() -> new UsageException(
          "Cannot tell the format from -o " + output + "; add --to (" + String.join(", ", Formats.names()) + ")")));
    }
    if (set.isEmpty()) throw new UsageException("Name the output format with --to (" + String.join(", ", Formats.names()) + ") or -o FILE.EXT");
    return List.copyOf(set);
  }

  private void checkTargets(List<Format> formats) {
    if (output != null && outputDir != null) throw new UsageException("Give -o or -d, not both");
    if (output != null && (inputs.size() > 1 || formats.size() > 1)) {
      throw new UsageException("-o takes one input and one format; use -d DIR for several");
    }
    if (output == null && outputDir == null && inputs.contains("-") && !(inputs.size() == 1 && formats.size() == 1)) {
      throw new UsageException("Reading stdin: give -o FILE, -o - or -d DIR");
    }
    Set<String> names = new HashSet<>();
    for (String in : inputs) {
      if (!names.add(Inputs.baseName(in))) {
        if (output == null) throw new UsageException("Two inputs are both named '" + Inputs.baseName(in) + "'; their outputs would collide");
      }
    }
  }

  private Path target(String input, Format format) {
    if (output != null) return Path.of(output);
    Path dir = outputDir == null ? Path.of("") : outputDir;
    return dir.resolve(Inputs.baseName(input) + "." + format.extension());
  }
}
