package org.offprint.write.html;

import java.nio.charset.StandardCharsets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.offprint.model.Document;
import org.offprint.model.Figure;
import org.offprint.model.Image;
import org.offprint.model.Inline;

/** Finds the images a document shows and tells image formats from their bytes. Stateless and thread-safe. */
public final class Images {
  private Images() {}

  /**
   * An image a document shows.
   *
   * @param src the URI in the model
   * @param alt the alternative text of its first use, or {@code ""}
   * @param everyUseHasAlt whether every figure or inline image with this URI has a non-blank alt text
   */
  public record Use(String src, String alt, boolean everyUseHasAlt) {
    public Use {
      Objects.requireNonNull(src, "src");
      Objects.requireNonNull(alt, "alt");
    }
  }

  /** {@return every distinct image URI of the document's body and notes, in reading order} */
  public static List<Use> uses(Document document) {
    Map<String, Use> uses = new LinkedHashMap<>();
    ModelWalk.walk(document, new ModelWalk.Listener() {
      @Override
      public void leaf(Inline inline, boolean bold, boolean italic, boolean heading) {
        if (inline instanceof Image i) add(uses, i.src(), i.alt());
      }

      @Override
      public void figure(Figure f) {
        add(uses, f.src(), f.alt());
      }
    });
    return List.copyOf(uses.values());
  }

  private static void add(Map<String, Use> uses, String src, String alt) {
    if (src.isBlank()) return;
    boolean hasAlt = !alt.isBlank();
    uses.merge(src, new Use(src, alt, hasAlt),
        (old, now) -> new Use(src, old.alt().isBlank() ? now.alt() : old.alt(), old.everyUseHasAlt() && hasAlt));
  }

  /**
   * {@return the media type the bytes start with: {@code image/png}, {@code image/jpeg}, {@code image/gif},
   * {@code image/webp}, {@code image/svg+xml}, {@code image/avif}, {@code image/bmp}, {@code image/tiff}, or
   * {@code ""} when unknown}
   */
  public static String sniff(byte[] b) {
    if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return "image/png";
    if (starts(b, 0, 0xFF, 0xD8, 0xFF)) return "image/jpeg";
    if (starts(b, 0, 'G', 'I', 'F', '8')) return "image/gif";
    if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) return "image/webp";
    if (starts(b, 4, 'f', 't', 'y', 'p', 'a', 'v', 'i', 'f')) return "image/avif";
    if (starts(b, 0, 'B', 'M')) return "image/bmp";
    if (starts(b, 0, 'I', 'I', 42, 0) || starts(b, 0, 'M', 'M', 0, 42)) return "image/tiff";
    if (looksLikeSvg(b)) return "image/svg+xml";
    return "";
  }

  private static boolean starts(byte[] b, int offset, int... magic) {
    if (b.length < offset + magic.length) return false;
    for (int i = 0; i < magic.length; i++) {
      if ((b[offset + i] & 0xFF) != magic[i]) return false;
    }
    return true;
  }

  private static boolean looksLikeSvg(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    head = head.startsWith("\uFEFF") ? head.substring(1) : head;
    head = head.strip();
    return (head.startsWith("<?xml") || head.startsWith("<svg") || head.startsWith("<!--")
        || head.startsWith("<!doctype svg")) && head.contains("<svg");
  }

  /** {@return the usual file extension for an image media type, without the dot} */
  public static String extension(String mediaType) {
    return switch (mediaType) {
      case "image/jpeg" -> "jpg";
      case "image/svg+xml" -> "svg";
      case "image/gif" -> "gif";
      case "image/webp" -> "webp";
      case "image/avif" -> "avif";
      case "image/bmp" -> "bmp";
      case "image/tiff" -> "tif";
      default -> "png";
    };
  }

}
