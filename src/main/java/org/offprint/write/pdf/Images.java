package org.offprint.write.pdf;

import com.lowagie.text.Image;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.offprint.model.Diagnostics;
import org.offprint.model.Resource;
import org.offprint.model.ResourceResolver;

/**
 * Loads images through the caller's {@link ResourceResolver} only, once per URI. PNG, JPEG and GIF are placed;
 * anything else is reported once and the caller keeps the alt text and caption. For PDF/A, images with an
 * alpha channel are flattened onto white (PDF/A-1 forbade transparency; PDF/A-2 allows it, but a flat image
 * prints the same everywhere). Not thread-safe: one per write call (a
 * book's two passes share it). Failures are remembered, so each is reported once; loaded images are kept for the
 * second pass only up to {@link #MEMORY_BUDGET} bytes, and read again past it, so a book of many large pictures
 * does not hold them all in memory.
 */
final class Images {
  private final ResourceResolver resolver;
  private final Diagnostics diagnostics;
  private final String input;
  private final boolean flattenAlpha;
  private final Map<String, Optional<Image>> cache = new HashMap<>();
  private long held;

  /** Bytes of loaded images kept between uses. */
  static final long MEMORY_BUDGET = 32L * 1024 * 1024;

  Images(ResourceResolver resolver, Diagnostics diagnostics, String input, boolean flattenAlpha) {
    this.resolver = resolver;
    this.diagnostics = diagnostics;
    this.input = input;
    this.flattenAlpha = flattenAlpha;
  }

  /** {@return the image at {@code uri}, or empty when it is unavailable or in a format PDF cannot take} */
  Optional<Image> load(String uri) {
    Optional<Image> cached = cache.get(uri);
    if (cached == null) {
      cached = fetch(uri);
      long size = cached.map(Images::size).orElse(0L);
      if (cached.isEmpty() || held + size <= MEMORY_BUDGET) {
        cache.put(uri, cached);
        held += size;
      }
    }
    return cached.map(Image::getInstance); // a copy, so scaling one placement leaves the others alone
  }

  private Optional<Image> fetch(String uri) {
    Optional<Resource> res;
    try {
      res = resolver.resolve(uri);
    } catch (IOException e) {
      diagnostics.warn(input, "PDF: cannot read image " + shorten(uri) + " (" + e.getMessage() + "); kept its text");
      return Optional.empty();
    }
    if (res.isEmpty()) return Optional.empty(); // the resolver reports why
    byte[] b = res.get().bytes();
    String kind = sniff(b);
    if (kind == null) {
      String type = res.get().mediaType().isEmpty() ? "unknown format" : res.get().mediaType();
      diagnostics.warn(input, "PDF: image " + shorten(uri) + " is " + type
          + ", which PDF output supports only as PNG, JPEG or GIF; kept its text and caption");
      return Optional.empty();
    }
    try {
      if (flattenAlpha && !kind.equals("jpeg")) {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(b));
        if (img != null && img.getColorModel().hasAlpha()) {
          BufferedImage flat = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
          Graphics2D g = flat.createGraphics();
          g.setColor(Color.WHITE);
          g.fillRect(0, 0, img.getWidth(), img.getHeight());
          g.drawImage(img, 0, 0, null);
          g.dispose();
          return Optional.of(Image.getInstance(flat, null));
        }
      }
      return Optional.of(Image.getInstance(b));
    } catch (IOException | RuntimeException e) {
      diagnostics.warn(input, "PDF: cannot decode image " + shorten(uri) + " (" + e.getMessage()
          + "); kept its text and caption");
      return Optional.empty();
    }
  }

  /** {@return png, jpeg or gif from the file's magic bytes, or null} */
  static String sniff(byte[] b) {
    if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return "png";
    if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) return "jpeg";
    if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') return "gif";
    return null;
  }

  private static String shorten(String uri) {
    return uri.startsWith("data:") ? "data:…" : uri;
  }

  private static long size(Image image) {
    byte[] raw = image.getRawData();
    return raw != null ? raw.length : (long) (image.getWidth() * image.getHeight() * 3);
  }
}
