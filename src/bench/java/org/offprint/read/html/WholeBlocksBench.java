package org.offprint.read.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.read.Source;

/**
 * Checks the whole-blocks property ({@link WholeBlocks}) on every page under the given folders
 * ({@code *.html.gz}, {@code *.html}): prints each run of kept text that does not stand in its page as it is, and
 * the count. Usage: {@code WholeBlocksBench DIR...}.
 */
public final class WholeBlocksBench {
  private WholeBlocksBench() {}

  public static void main(String[] args) throws IOException {
    int pages = 0;
    int cut = 0;
    int cutPages = 0;
    HtmlReader reader = HtmlReader.create();
    for (String a : args) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(Path.of(a))) {
        files = s.filter(p -> p.toString().endsWith(".html.gz") || p.toString().endsWith("source.html")).sorted()
            .toList();
      }
      for (Path f : files) {
        byte[] b = read(f);
        pages++;
        Document doc = reader.read(Source.of(f.getFileName().toString(), b), Diagnostics.IGNORE);
        List<String> cuts = WholeBlocks.cuts(b, doc);
        if (cuts.isEmpty()) continue;
        cutPages++;
        cut += cuts.size();
        for (String c : cuts) {
          System.out.println(f.getFileName().toString().substring(0, 8) + "  "
              + (c.length() > 160 ? c.substring(0, 160) + "…" : c).replace('\n', ' '));
        }
      }
    }
    System.out.printf("whole blocks: %d pages, %d runs of kept text not found as they are in %d pages%n", pages, cut,
        cutPages);
  }

  private static byte[] read(Path f) throws IOException {
    if (!f.toString().endsWith(".gz")) return Files.readAllBytes(f);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
      return in.readAllBytes();
    }
  }
}
