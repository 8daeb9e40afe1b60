package org.offprint.write.epub;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.offprint.Offprint;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link PngEncoder} against {@code ImageIO.write(img, "png", out)} on the drawn cover of a sample article (1600 by
 * 2560, {@code TYPE_INT_RGB}, the default theme). The set-up prints both files' sizes: the own encoder writes a
 * 32-colour palette PNG, ImageIO an RGB one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PngJmh {
  private BufferedImage cover;

  @Setup
  public void setUp() throws IOException {
    byte[] png = new CoverPainter(Offprint.theme("default"))
        .paint("Port Aldery's freight year: the cranes, the tides and the ledger", "The Harbour Ledger",
            "Mara Quist", "12 January 2026").image().bytes();
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
    cover = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
    cover.createGraphics().drawImage(read, 0, 0, null);
    System.out.printf("%nPNG sizes: PngEncoder %d KB, ImageIO %d KB%n", own().length / 1024, imageIo().length / 1024);
  }

  @Benchmark
  public byte[] own() {
    int w = cover.getWidth();
    return PngEncoder.encode(cover.getRGB(0, 0, w, cover.getHeight(), null, 0, w), w, cover.getHeight());
  }

  @Benchmark
  public byte[] imageIo() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    ImageIO.write(cover, "png", out);
    return out.toByteArray();
  }
}
