package org.offprint.write.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.junit.jupiter.api.Test;

/** The size read from a PNG or JPEG header is ImageIO's, and where ImageIO has none, so does the header reading. */
class ImageHeaderTest {
  /** {@return ImageIO's width and height, or null when it cannot read the header} */
  private static int[] imageIo(byte[] bytes) {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) return null;
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static List<byte[]> samples() throws IOException {
    List<byte[]> all = new ArrayList<>();
    try (Stream<Path> files = Stream.concat(Files.list(Path.of("input/images")),
        Files.list(Path.of("src/test/resources/samples/meta/kestrel-ridge-walk_files")))) {
      for (Path p : files.sorted().toList()) all.add(Files.readAllBytes(p));
    }
    int[] types = {BufferedImage.TYPE_BYTE_BINARY, BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_USHORT_GRAY,
      BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_BYTE_INDEXED};
    for (int type : types) all.add(png(drawn(37, 21, type)));
    all.add(jpeg(drawn(37, 21, BufferedImage.TYPE_INT_RGB), false));
    all.add(jpeg(drawn(300, 7, BufferedImage.TYPE_BYTE_GRAY), false));
    all.add(jpeg(drawn(33, 65, BufferedImage.TYPE_INT_RGB), true));
    return all;
  }

  @Test
  void readsThePngsAndJpegsOfThePagesAsImageIoDoes() throws IOException {
    for (byte[] image : samples()) {
      int[] expected = imageIo(image);
      assertNotNull(expected);
      assertArrayEquals(expected, ImageHeader.size(image), "the header gives ImageIO's size");
    }
  }

  @Test
  void givesNoSizeWhereImageIoHasNoneNorAnotherSize() throws IOException {
    for (byte[] image : List.of(png(drawn(5, 3, BufferedImage.TYPE_INT_ARGB)),
        jpeg(drawn(9, 4, BufferedImage.TYPE_INT_RGB), false), jpeg(drawn(9, 4, BufferedImage.TYPE_INT_RGB), true))) {
      int header = headerLength(image);
      for (int cut = 0; cut <= header; cut++) agrees(Arrays.copyOf(image, cut));
      for (int at = 0; at < header; at++) {
        for (int value : new int[] {0, 1, 0x7F, 0xFF, (image[at] & 0xFF) + 1, (image[at] & 0xFF) - 1}) {
          byte[] changed = image.clone();
          changed[at] = (byte) value;
          agrees(changed);
        }
      }
    }
  }

  /** {@return how many bytes the header reading looks at: a PNG's signature and IHDR, a JPEG's markers to SOS} */
  private static int headerLength(byte[] image) {
    if (image[0] != (byte) 0xFF) return 8 + 8 + 13;
    int at = 2;
    while ((image[at + 1] & 0xFF) != 0xDA) at += 2 + ((image[at + 2] & 0xFF) << 8 | (image[at + 3] & 0xFF));
    return at + 2 + ((image[at + 2] & 0xFF) << 8 | (image[at + 3] & 0xFF));
  }

  private static void agrees(byte[] bytes) {
    int[] ours = ImageHeader.size(bytes);
    if (ours != null) assertArrayEquals(imageIo(bytes), ours, () -> "a size where ImageIO has another or none");
  }

  private static BufferedImage drawn(int w, int h, int type) {
    BufferedImage img = new BufferedImage(w, h, type);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(40, 120, 200));
    g.fillRect(0, 0, w / 2 + 1, h / 2 + 1);
    g.dispose();
    return img;
  }

  private static byte[] png(BufferedImage img) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(img, "png", out));
    return out.toByteArray();
  }

  private static byte[] jpeg(BufferedImage img, boolean progressive) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    if (progressive) param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      writer.write(null, new IIOImage(img, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
