package org.offprint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.offprint.model.Diagnostic;

/** What {@code --json} prints on stdout after a run: the outputs written, warnings and errors. */
final class JsonReport {
  record Output(String input, String path, String format, long bytes) {}

  record Error(String input, String message, int exitCode) {}

  private final List<Output> outputs = new ArrayList<>();
  private final List<Error> errors = new ArrayList<>();

  synchronized void output(String input, String path, String format, long bytes) {
    outputs.add(new Output(input, path, format, bytes));
  }

  synchronized void error(String input, String message, int exitCode) {
    errors.add(new Error(input, message, exitCode));
  }

  synchronized void print(PrintWriter out, List<Diagnostic> diagnostics, int exitCode) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeNumberField("exitCode", exitCode);
      g.writeArrayFieldStart("outputs");
      for (Output o : outputs) {
        g.writeStartObject();
        g.writeStringField("input", o.input());
        g.writeStringField("path", o.path());
        g.writeStringField("format", o.format());
        g.writeNumberField("bytes", o.bytes());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("warnings");
      for (Diagnostic d : diagnostics) {
        if (d.severity() != Diagnostic.Severity.WARNING) continue;
        g.writeStartObject();
        g.writeStringField("input", d.input());
        g.writeStringField("message", d.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("errors");
      for (Error e : errors) {
        g.writeStartObject();
        g.writeStringField("input", e.input());
        g.writeStringField("message", e.message());
        g.writeNumberField("exitCode", e.exitCode());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
    out.flush();
  }
}
