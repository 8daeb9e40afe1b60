package org.offprint.write.epub;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Resource;
import org.offprint.model.ResourceResolver;
import org.offprint.write.html.Images;

/**
 * The images of one book: each URI resolved once, prepared once, and each distinct content written once, even
 * when several URIs (or the cover and a figure) have the same bytes. Not thread-safe; one per write.
 */
final class BookImages {
  private final ResourceResolver resolver;
  private final ImagePreparer preparer;
  private final Diagnostics diagnostics;
  private final Map<String, Optional<ImageItem>> bySrc = new HashMap<>();
  /** The items by their bytes' length and CRC-32; items with equal keys are told apart by their bytes. */
  private final Map<Long, List<ImageItem>> byContent = new HashMap<>();
  private final List<ImageItem> items = new ArrayList<>();
  private boolean everyImageHasAlt = true;
  private boolean anyShown;
  private long held;

  /** The default for the image bytes held in memory; past it, images wait for the zip in temporary files. */
  static final long MEMORY_BUDGET = 16L * 1024 * 1024;

  private final long budget;

  BookImages(long budget, ResourceResolver resolver, ImagePreparer preparer, Diagnostics diagnostics) {
    this.budget = budget;
    this.resolver = resolver;
    this.preparer = preparer;
    this.diagnostics = diagnostics;
  }

  /**
   * {@return the href of each of the document's images that could be resolved and prepared}
   *
   * @throws IOException when the resolver fails to read an image it allows
   */
  Map<String, String> add(Document document) throws IOException {
    Map<String, String> hrefs = new LinkedHashMap<>();
    String input = document.metadata().source();
    for (Images.Use use : Images.uses(document)) {
      Optional<ImageItem> item = bySrc.get(use.src());
      if (item == null) {
        item = resolve(use.src(), input);
        bySrc.put(use.src(), item);
      }
      if (item.isPresent()) {
        hrefs.put(use.src(), item.get().path());
        everyImageHasAlt &= use.everyUseHasAlt();
        anyShown = true;
      }
    }
    return hrefs;
  }

  private Optional<ImageItem> resolve(String src, String input) throws IOException {
    Optional<Resource> found = resolver.resolve(src);
    String what = abbreviate(src);
    if (found.isEmpty() || found.get().bytes().length == 0) {
      diagnostics.warn(input, "image not available, kept its alt text and caption: " + what);
      return Optional.empty();
    }
    Optional<PreparedImage> prepared = preparer.prepare(found.get().bytes(), what, m -> diagnostics.warn(input, m));
    return prepared.isPresent() ? Optional.of(add(prepared.get(), "image")) : Optional.empty();
  }

  /** {@return the path {@link #add(PreparedImage, String)} gives the next new image of this stem and type} */
  String nextPath(String stem, String mediaType) {
    return "images/" + stem + "-" + (items.size() + 1) + "." + Images.extension(mediaType);
  }

  /** {@return the item holding these bytes, adding it under {@code images/<stem>-N.ext} if new} */
  ImageItem add(PreparedImage image, String stem) throws IOException {
    long key = key(image.bytes());
    List<ImageItem> sameKey = byContent.getOrDefault(key, List.of());
    for (ImageItem existing : sameKey) {
      if (existing.content().holds(image.bytes())) return existing;
    }
    String name = stem + "-" + (items.size() + 1); // as nextPath foresees
    // PNG, JPEG, GIF and WebP are compressed already; deflating them again costs time and saves nothing.
    ZipWriter.Content content = image.mediaType().equals("image/svg+xml")
        ? ZipWriter.Content.deflated(image.bytes()) : ZipWriter.Content.stored(image.bytes());
    if (held + content.packed() > budget) {
      java.nio.file.Path file = java.nio.file.Files.createTempFile("offprint-image-", ".bin");
      file.toFile().deleteOnExit(); // the container deletes it once zipped; this is for a write that failed
      content = content.spill(file);
    } else {
      held += content.packed();
    }
    ImageItem item = new ImageItem(name, "images/" + name + "." + Images.extension(image.mediaType()),
        image.mediaType(), image.width(), image.height(), content);
    if (sameKey.isEmpty()) byContent.put(key, sameKey = new ArrayList<>(1));
    sameKey.add(item);
    items.add(item);
    return item;
  }


  /** {@return whether a document's body already asked for {@code src}} */
  boolean seen(String src) {
    return bySrc.containsKey(src);
  }

  /** {@return the first prepared image resolved from {@code src}, if any (resolving it if needed)} */
  Optional<ImageItem> lookup(String src, String input) throws IOException {
    Optional<ImageItem> item = bySrc.get(src);
    if (item == null) {
      item = resolve(src, input);
      bySrc.put(src, item);
    }
    return item;
  }

  /** {@return the images added, in order} */
  List<ImageItem> items() {
    return List.copyOf(items);
  }

  /** {@return whether the documents show at least one image} */
  boolean anyShown() {
    return anyShown;
  }

  /** {@return whether every image shown in the documents has alternative text} */
  boolean everyImageHasAlt() {
    return everyImageHasAlt;
  }

  /**
   * {@return the bytes' length and CRC-32 (native code, where a cryptographic digest cost a cold convert 13 ms,
   * most of it the security providers' start-up)}: equal for equal bytes, so a key names the candidates to compare
   */
  private static long key(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return (long) bytes.length << 32 | crc.getValue();
  }

  private static String abbreviate(String uri) {
    return uri.length() > 120 ? uri.substring(0, 117) + "..." : uri;
  }
}
