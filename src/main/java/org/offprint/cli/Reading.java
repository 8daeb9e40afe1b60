package org.offprint.cli;

import java.io.IOException;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.read.InputFormat;
import org.offprint.read.Source;

/** Reads one input into a document, the same way for every command. */
final class Reading {
  private Reading() {}

  /** An input read: its source and its document. */
  record Read(Source source, Document document) {}

  static Read read(String input, ReadOptions options, Invocation run, Diagnostics diagnostics) throws IOException {
    Source source = options.apply(Inputs.load(input, run, options));
    InputFormat format = Inputs.format(source, options.from);
    return new Read(source, format.reader().read(source, diagnostics));
  }
}
