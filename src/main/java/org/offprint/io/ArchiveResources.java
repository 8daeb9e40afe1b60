package org.offprint.io;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.offprint.model.Diagnostics;
import org.offprint.model.Resource;
import org.offprint.model.ResourceResolver;
import org.offprint.read.Archive;

/**
 * Resolves the images of pages read from web archives: an image the archives hold comes from them; a web image they
 * do not hold is reported once and kept as its alt text, never fetched; any other URI ({@code data:}, an allowed
 * {@code file:}) goes to the fallback, under its policy. Thread-safe.
 */
public final class ArchiveResources implements ResourceResolver {
  private final List<Archive> archives;
  private final ResourceResolver fallback;
  private final String input;
  private final Diagnostics diagnostics;
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  /**
   * @param archives looked up in order, the first that holds a URL wins
   * @param fallback resolves what is not a web URL ({@code data:}, {@code file:})
   * @param input the input's name, for warnings
   */
  public ArchiveResources(List<Archive> archives, ResourceResolver fallback, String input, Diagnostics diagnostics) {
    this.archives = List.copyOf(archives);
    this.fallback = Objects.requireNonNull(fallback, "fallback");
    this.input = Objects.requireNonNull(input, "input");
    this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
  }

  @Override
  public Optional<Resource> resolve(String uri) throws IOException {
    for (Archive a : archives) {
      Optional<byte[]> bytes = a.file(uri);
      if (bytes.isEmpty()) continue;
      if (bytes.get().length > LocalResources.MAX_BYTES) {
        warn(uri, "archived image larger than " + LocalResources.MAX_BYTES / (1024 * 1024) + " MB ignored");
        return Optional.empty();
      }
      return Optional.of(new Resource(uri, MediaTypes.sniff(bytes.get()), bytes.get()));
    }
    String lower = uri.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("cid:")) {
      warn(uri, "image not in the archive (archived pages never fetch images)");
      return Optional.empty();
    }
    return fallback.resolve(uri);
  }

  private void warn(String uri, String why) {
    if (warned.add(uri)) diagnostics.warn(input, why + ": " + uri);
  }
}
