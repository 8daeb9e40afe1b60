package org.offprint.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.offprint.Offprint;
import org.offprint.model.Document;
import org.offprint.write.WriteOptions;

/**
 * Warm, in-process conversion of single articles: for each page of a folder, read it and write it as FORMAT
 * (images beside the page included) many times, and print the median time of read, write and both.
 * Usage: FOLDER FORMAT [ITERATIONS]
 */
public final class ConvertBench {
  private ConvertBench() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    String format = args[1];
    int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    List<Path> pages;
    try (Stream<Path> s = Files.list(folder)) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    WriteOptions options = Offprint.options(folder);
    for (int warm = 0; warm < 15; warm++) {
      for (Path p : pages) Offprint.write(Offprint.read(p), format, new ByteArrayOutputStream(), options);
    }
    for (Path p : pages) {
      long[] read = new long[iterations];
      long[] write = new long[iterations];
      int size = 0;
      for (int i = 0; i < iterations; i++) {
        long t0 = System.nanoTime();
        Document d = Offprint.read(p);
        long t1 = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Offprint.write(d, format, out, options);
        long t2 = System.nanoTime();
        read[i] = t1 - t0;
        write[i] = t2 - t1;
        size = out.size();
      }
      System.out.printf("%-45s %4d KB html -> %5d KB %s: read %5.1f ms, write %5.1f ms (medians)%n",
          p.getFileName(), Files.size(p) / 1024, size / 1024, format, median(read), median(write));
    }
  }

  private static double median(long[] ns) {
    long[] s = ns.clone();
    Arrays.sort(s);
    return s[s.length / 2] / 1e6;
  }
}
