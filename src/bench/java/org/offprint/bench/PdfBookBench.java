package org.offprint.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.offprint.Offprint;
import org.offprint.model.Book;
import org.offprint.model.Document;
import org.offprint.model.Metadata;
import org.offprint.write.WriteOptions;

/**
 * Warm PDF rendering of one book in one JVM: reads the first N pages of a folder, binds them, renders the book
 * to PDF (both passes) RUNS times and prints each time and the page count. Usage: FOLDER N RUNS
 */
public final class PdfBookBench {
  private PdfBookBench() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    int runs = Integer.parseInt(args[2]);
    List<Path> pages;
    try (Stream<Path> s = Files.list(folder)) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().limit(n).toList();
    }
    List<Document> docs = new ArrayList<>();
    for (Path p : pages) docs.add(Offprint.read(p));
    Book book = new Book(Metadata.builder().title("Bench book").language("en").build(), docs);
    WriteOptions options = Offprint.options(folder);
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      Path out = Files.createTempFile("bench", ".pdf");
      try (OutputStream o = Files.newOutputStream(out)) {
        Offprint.write(book, "pdf", o, options);
      }
      long ms = (System.nanoTime() - t) / 1_000_000;
      int pagesOut = org.apache.pdfbox.Loader.loadPDF(out.toFile()).getNumberOfPages();
      System.out.printf("run %d: %d articles, %d PDF pages, %d ms%n", i + 1, docs.size(), pagesOut, ms);
      Files.delete(out);
    }
  }
}
