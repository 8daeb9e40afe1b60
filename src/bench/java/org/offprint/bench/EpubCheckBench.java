package org.offprint.bench;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Runs EPUBCheck on every .epub in a folder and prints totals by severity and by message id. */
public final class EpubCheckBench {
  private EpubCheckBench() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    List<Path> books;
    try (Stream<Path> s = Files.list(dir)) {
      books = s.filter(p -> p.toString().endsWith(".epub")).sorted().toList();
    }
    Map<String, Integer> byId = new TreeMap<>();
    int[] totals = new int[4];
    int clean = 0;
    for (Path book : books) {
      int[] counts = new int[4];
      MasterReport report = new MasterReport() {
        @Override
        public void message(Message m, EPUBLocation loc, Object... a) {
          int i = switch (m.getSeverity()) {
            case FATAL -> 0;
            case ERROR -> 1;
            case WARNING -> 2;
            case USAGE -> 3;
            default -> -1;
          };
          if (i < 0) return;
          counts[i]++;
          byId.merge(m.getSeverity() + " " + m.getID(), 1, Integer::sum);
          if (i < 3) System.out.println(book.getFileName() + ": " + m.getSeverity() + " " + m.getID() + " " + m.getMessage(a) + " (" + loc.getPath() + ")");
        }

        @Override
        public void info(String r, FeatureEnum f, String v) {}

        @Override
        public int generate() {
          return 0;
        }

        @Override
        public void initialize() {}
      };
      report.setReportingLevel(Severity.USAGE.toInt());
      new EpubCheck(book.toFile(), report).doValidate();
      for (int i = 0; i < 4; i++) totals[i] += counts[i];
      if (counts[0] + counts[1] + counts[2] == 0) clean++;
    }
    System.out.printf("EPUBCheck 5.3 on %d books: %d fatal, %d errors, %d warnings, %d usage; %d of %d clean%n",
        books.size(), totals[0], totals[1], totals[2], totals[3], clean, books.size());
    byId.forEach((k, v) -> System.out.println("  " + k + ": " + v));
  }
}
