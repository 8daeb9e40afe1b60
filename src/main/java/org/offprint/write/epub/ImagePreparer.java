package org.offprint.write.epub;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.offprint.write.html.Images;

/**
 * Turns image bytes into something every EPUB 3 reading system shows: the media type sniffed from the bytes,
 * formats outside the EPUB core media types converted to PNG when ImageIO can decode them (else dropped), and
 * images larger than a pixel budget scaled down. Thread-safe.
 */
final class ImagePreparer {
  /** The EPUB 3 core media types for images. */
  static final Set<String> CORE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml");

  private final long maxPixels;

  ImagePreparer(long maxPixels) {
    this.maxPixels = maxPixels;
  }

  /**
   * {@return the image ready for the book, or empty (after a warning) when it cannot be used}
   *
   * @param what names the image in warnings
   */
  Optional<PreparedImage> prepare(byte[] bytes, String what, Consumer<String> warn) {
    String type = Images.sniff(bytes);
    if (type.equals("image/svg+xml") && scripted(bytes)) {
      // A scripted SVG would make the book scripted, which many reading systems refuse; there is no safe rewrite.
      warn.accept("SVG image with scripts or embedded HTML left out; kept its alt text: " + what);
      return Optional.empty();
    }
    if (type.equals("image/svg+xml") || type.equals("image/webp")) {
      // ImageIO reads neither; both are core types, so they go in unchanged.
      return Optional.of(new PreparedImage(type, bytes, 0, 0));
    }
    int[] size = size(bytes);
    if (CORE.contains(type) && size != null) {
      if ((long) size[0] * size[1] <= maxPixels) return Optional.of(new PreparedImage(type, bytes, size[0], size[1]));
      BufferedImage img = decode(bytes);
      if (img == null) {
        warn.accept("image too large to scale (" + size[0] + "x" + size[1] + ") and kept as it is: " + what);
        return Optional.of(new PreparedImage(type, bytes, size[0], size[1]));
      }
      return Optional.of(encode(scaled(img), type.equals("image/jpeg")));
    }
    BufferedImage img = size == null ? null : decode(bytes);
    if (img == null) {
      warn.accept("image format " + (type.isEmpty() ? "unknown" : type)
          + " is not supported by e-readers and could not be converted; kept its alt text: " + what);
      return Optional.empty();
    }
    return Optional.of(encode(scaled(img), false));
  }

  private static final Pattern SCRIPTED =
      Pattern.compile("<script|<foreignobject|\\son[a-z]+\\s*=|javascript:", Pattern.CASE_INSENSITIVE);

  static boolean scripted(byte[] svg) {
    return SCRIPTED.matcher(new String(svg, StandardCharsets.UTF_8)).find();
  }

  /** {@return width and height from the image header, or null when ImageIO cannot read it} */
  static int[] size(byte[] bytes) {
    int[] header = ImageHeader.size(bytes); // a PNG or JPEG without starting ImageIO
    if (header != null) return header;
    // in memory: ImageIO's own stream over an InputStream caches it in a temporary file
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
      return null; // a broken header: the caller treats the image as unreadable
    }
  }

  private static BufferedImage decode(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      return null; // e.g. a CMYK JPEG, which ImageIO cannot decode
    }
  }

  private BufferedImage scaled(BufferedImage img) {
    long pixels = (long) img.getWidth() * img.getHeight();
    if (pixels <= maxPixels) return img;
    double f = Math.sqrt((double) maxPixels / pixels);
    int w = Math.max(1, (int) Math.floor(img.getWidth() * f));
    int h = Math.max(1, (int) Math.floor(img.getHeight() * f));
    BufferedImage out = new BufferedImage(w, h, img.getColorModel().hasAlpha()
        ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.drawImage(img, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  private static PreparedImage encode(BufferedImage img, boolean jpeg) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (jpeg && !img.getColorModel().hasAlpha()) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
          writer.setOutput(ios);
          writer.write(null, new IIOImage(rgb(img), null, null), param);
        } finally {
          writer.dispose();
        }
        return new PreparedImage("image/jpeg", out.toByteArray(), img.getWidth(), img.getHeight());
      }
      ImageIO.write(img, "png", out);
      return new PreparedImage("image/png", out.toByteArray(), img.getWidth(), img.getHeight());
    } catch (IOException e) {
      // Writing to memory fails only on a broken ImageIO installation: a bug, not a user problem.
      throw new IllegalStateException("cannot encode an image in memory", e);
    }
  }

  private static BufferedImage rgb(BufferedImage img) {
    if (img.getType() == BufferedImage.TYPE_INT_RGB || img.getType() == BufferedImage.TYPE_3BYTE_BGR) return img;
    BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(img, 0, 0, null);
    g.dispose();
    return out;
  }
}
