package org.offprint.testing;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs EPUBCheck 5.3 on EPUB bytes and keeps every message at USAGE level and above. */
public final class EpubCheckRunner {
  private EpubCheckRunner() {}

  /** The messages of one validation, each "SEVERITY ID message (path:line)". */
  public record Result(List<String> errors, List<String> warnings, List<String> usages) {
    public boolean clean() {
      return errors.isEmpty() && warnings.isEmpty();
    }
  }

  public static Result check(byte[] epub) throws IOException {
    Path file = Files.createTempFile("offprint-check-", ".epub");
    try {
      Files.write(file, epub);
      Collecting report = new Collecting();
      report.setReportingLevel(Severity.USAGE.toInt());
      new EpubCheck(file.toFile(), report).doValidate();
      return new Result(report.errors, report.warnings, report.usages);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static final class Collecting extends MasterReport {
    final List<String> errors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<String> usages = new ArrayList<>();

    @Override
    public void message(Message message, EPUBLocation location, Object... args) {
      String line = message.getSeverity() + " " + message.getID() + " " + message.getMessage(args) + " ("
          + location.getPath() + ":" + location.getLine() + ")";
      switch (message.getSeverity()) {
        case FATAL, ERROR -> errors.add(line);
        case WARNING -> warnings.add(line);
        case USAGE -> usages.add(line);
        default -> { }
      }
    }

    @Override
    public void info(String resource, FeatureEnum feature, String value) {}

    @Override
    public int generate() {
      return 0;
    }

    @Override
    public void initialize() {}
  }
}
