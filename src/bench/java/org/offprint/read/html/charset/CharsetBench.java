package org.offprint.read.html.charset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.offprint.read.CharsetDetector;
import org.offprint.read.Source;

/**
 * Checks {@link CharsetDetector} against real pages: for every page that declares its charset, does detection
 * without the declaration land on a charset that decodes the page the same way? Pages are {@code *.html},
 * {@code *.html.gz} or {@code *}/source.html under the given folders. Then every page whose text a legacy charset can
 * hold is re-encoded into it without declarations and detected again. Usage: {@code CharsetBench DIR...}.
 */
public final class CharsetBench {
  private CharsetBench() {}

  /** {@code -Dverbose=true} lists every page that went wrong. */
  private static final boolean VERBOSE = Boolean.getBoolean("verbose");

  public static void main(String[] args) throws IOException {
    int pages = 0, declared = 0, same = 0;
    for (String a : args) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(Path.of(a))) {
        files = s.filter(p -> p.toString().endsWith("source.html") || p.toString().endsWith(".html.gz")
            || (p.toString().endsWith(".html") && !p.toString().endsWith("expected.html"))).sorted().toList();
      }
      for (Path f : files) {
        byte[] b = read(f);
        pages++;
        Optional<Charset> decl = HtmlCharset.declared(b);
        Charset chosen = HtmlCharset.charsetOf(Source.of(f.toString(), b));
        Charset guess = CharsetDetector.detect(b);
        if (decl.isEmpty()) {
          if (VERBOSE) System.out.printf("undeclared  %-12s %s%n", guess, f);
          continue;
        }
        declared++;
        boolean agree = new String(b, decl.get()).equals(new String(b, guess));
        if (agree) same++;
        if (!agree || !chosen.equals(decl.get())) {
          System.out.printf("declared %-12s detected %-12s chosen %-12s %s%n", decl.get(), guess, chosen, f);
        }
      }
    }
    System.out.printf("%d pages, %d declare a charset, detection decodes %d of them the same way%n", pages,
        declared, same);
    transcoded(args);
  }

  /**
   * Re-encodes every UTF-8 page whose text fits a legacy charset into it, drops the declarations, and counts how
   * often detection decodes the bytes back to the same text.
   */
  private static void transcoded(String[] args) throws IOException {
    List<Charset> legacy = CharsetDetector.CANDIDATES;
    int[] tried = new int[legacy.size()];
    int[] ok = new int[legacy.size()];
    for (String a : args) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(Path.of(a))) {
        files = s.filter(p -> p.toString().endsWith("source.html") || p.toString().endsWith(".html.gz")).sorted()
            .toList();
      }
      for (Path f : files) {
        String text = new String(read(f), StandardCharsets.UTF_8)
            .replaceAll("(?i)<meta[^>]*charset[^>]*>", "");
        if (text.chars().allMatch(c -> c < 0x80)) continue; // every charset reads ASCII alike
        for (int i = 0; i < legacy.size(); i++) {
          Charset cs = legacy.get(i);
          if (!cs.newEncoder().canEncode(text)) continue;
          byte[] b = text.getBytes(cs);
          tried[i]++;
          if (new String(b, CharsetDetector.detect(b)).equals(text)) {
            ok[i]++;
          } else {
            if (VERBOSE) System.out.printf("transcoded to %-12s detected %-12s %s%n", cs, CharsetDetector.detect(b), f);
          }
        }
      }
    }
    for (int i = 0; i < legacy.size(); i++) {
      if (tried[i] > 0) System.out.printf("%-12s %d/%d pages decoded right after transcoding%n", legacy.get(i),
          ok[i], tried[i]);
    }
  }

  private static byte[] read(Path f) throws IOException {
    if (!f.toString().endsWith(".gz")) return Files.readAllBytes(f);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
      return in.readAllBytes();
    }
  }
}
