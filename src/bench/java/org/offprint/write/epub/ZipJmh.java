package org.offprint.write.epub;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.offprint.Offprint;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link ZipWriter} against {@link ZipOutputStream} on the entries of a sample article's EPUB (default theme,
 * its images, font subsets, cover), each entry stored or deflated as offprint stores it. {@code own} is the
 * writer as the EPUB writer uses it, with the fonts deflated in advance (its caches do that once per JVM);
 * {@code ownDeflatingAll} deflates every entry on each write, as {@code ZipOutputStream} must.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ZipJmh {
  private static final LocalDateTime TIME = LocalDateTime.of(2026, 1, 12, 0, 0);

  private record Entry(String name, byte[] bytes, boolean stored, ZipWriter.Content cached) {}

  private final List<Entry> entries = new ArrayList<>();

  @Setup
  public void setUp() throws IOException {
    Path page = Path.of("input/ledger-2026-01-port-aldery-freight.html");
    ByteArrayOutputStream epub = new ByteArrayOutputStream();
    Offprint.write(Offprint.read(page), "epub", epub, Offprint.options(page.getParent()));
    long fonts = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(epub.toByteArray()))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] b = in.readAllBytes();
        boolean stored = e.getMethod() == ZipEntry.STORED;
        boolean font = e.getName().matches("(?i).*\\.(ttf|otf|woff2?)$");
        if (font) fonts += b.length;
        entries.add(new Entry(e.getName(), b, stored, font && !stored ? ZipWriter.Content.deflated(b) : null));
      }
    }
    System.out.printf("%nEPUB: %d entries, %d KB (%d KB of fonts)%n", entries.size(), epub.size() / 1024,
        fonts / 1024);
  }

  private static ZipWriter.Content content(Entry e) {
    return e.stored ? ZipWriter.Content.stored(e.bytes) : ZipWriter.Content.deflated(e.bytes);
  }

  @Benchmark
  public int own() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
    ZipWriter zip = new ZipWriter(out, TIME);
    for (Entry e : entries) zip.add(e.name, e.cached != null ? e.cached : content(e));
    zip.finish();
    return out.size();
  }

  @Benchmark
  public int ownDeflatingAll() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
    ZipWriter zip = new ZipWriter(out, TIME);
    for (Entry e : entries) zip.add(e.name, content(e));
    zip.finish();
    return out.size();
  }

  @Benchmark
  public int zipOutputStream() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Entry e : entries) {
        ZipEntry z = new ZipEntry(e.name);
        z.setTimeLocal(TIME);
        if (e.stored) {
          CRC32 crc = new CRC32();
          crc.update(e.bytes);
          z.setMethod(ZipEntry.STORED);
          z.setSize(e.bytes.length);
          z.setCrc(crc.getValue());
        }
        zip.putNextEntry(z);
        zip.write(e.bytes);
        zip.closeEntry();
      }
    }
    return out.size();
  }
}
