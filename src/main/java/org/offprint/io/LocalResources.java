package org.offprint.io;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.offprint.model.Diagnostics;
import org.offprint.model.Resource;
import org.offprint.model.ResourceResolver;

/**
 * Resolves the images a document refers to under offprint's policy for untrusted pages:
 *
 * <ul>
 *   <li>{@code data:} URIs are decoded;
 *   <li>{@code file:} URIs are read only inside the allowed folders (the input's own folder, plus what the user
 *       allows with {@code --allow-local-files}); anything else, including a {@code ..} path that leaves them or
 *       a link pointing out of them, is refused with a warning;
 *   <li>{@code http(s):} images are fetched only when a fetcher is given ({@code --fetch-images}), which refuses
 *       private addresses unless the user allowed them; every other scheme is never followed.
 * </ul>
 *
 * Each refusal is reported once per URI. Thread-safe.
 */
public final class LocalResources implements ResourceResolver {
  /** Files larger than this are refused: no page needs a 50 MB image. */
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  private final List<Path> roots;
  private final String input;
  private final Diagnostics diagnostics;
  private final Set<String> warned = ConcurrentHashMap.newKeySet();
  private final Optional<HttpFetcher> fetcher;
  private final Set<Path> read = ConcurrentHashMap.newKeySet();

  /**
   * @param roots folders that may be read (made absolute and real where they exist)
   * @param input the input's name, for warnings
   * @param diagnostics where refusals are reported
   */
  public LocalResources(List<Path> roots, String input, Diagnostics diagnostics) {
    this(roots, input, diagnostics, Optional.empty());
  }

  /**
   * @param fetcher fetches {@code http(s):} images; empty keeps them remote (reported once each)
   */
  public LocalResources(List<Path> roots, String input, Diagnostics diagnostics, Optional<HttpFetcher> fetcher) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    List<Path> real = new ArrayList<>(roots.size());
    for (Path root : roots) real.add(real(root));
    this.roots = List.copyOf(real);
    this.input = Objects.requireNonNull(input, "input");
    this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
  }

  private boolean inRoots(Path realPath) {
    for (Path root : roots) if (realPath.startsWith(root)) return true;
    return false;
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  @Override
  public Optional<Resource> resolve(String uri) throws IOException {
    String lower = uri.length() > 8 ? uri.substring(0, 8).toLowerCase(java.util.Locale.ROOT) : uri;
    if (lower.startsWith("data:")) return data(uri);
    if (lower.startsWith("file:")) return file(uri);
    if (lower.startsWith("http:") || lower.startsWith("https:")) {
      if (fetcher.isPresent()) return remote(uri);
      refuse(uri, "remote image not fetched (network access is off; allow it with --fetch-images)");
    } else {
      refuse(uri, "image reference with an unsupported scheme ignored");
    }
    return Optional.empty();
  }

  private Optional<Resource> remote(String uri) {
    try {
      HttpFetcher.Response r = fetcher.get().fetch(URI.create(uri));
      return Optional.of(new Resource(uri, MediaTypes.sniff(r.body()), r.body()));
    } catch (IOException | IllegalArgumentException e) {
      refuse(uri, "remote image not fetched (" + e.getMessage() + ")");
      return Optional.empty();
    }
  }

  private Optional<Resource> data(String uri) {
    int comma = uri.indexOf(',');
    if (comma < 0) {
      refuse(abbreviate(uri), "malformed data: URI ignored");
      return Optional.empty();
    }
    String header = uri.substring(5, comma);
    byte[] bytes;
    try {
      bytes = header.endsWith(";base64")
          ? Base64.getMimeDecoder().decode(uri.substring(comma + 1))
          : java.net.URLDecoder.decode(uri.substring(comma + 1), java.nio.charset.StandardCharsets.UTF_8)
              .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      refuse(abbreviate(uri), "malformed data: URI ignored");
      return Optional.empty();
    }
    return Optional.of(new Resource(abbreviate(uri), MediaTypes.sniff(bytes), bytes));
  }

  private Optional<Resource> file(String uri) throws IOException {
    Path path;
    try {
      path = Paths.get(URI.create(uri)).normalize();
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      refuse(uri, "malformed file: URI ignored");
      return Optional.empty();
    }
    if (!Files.exists(path)) {
      refuse(uri, "image not found: " + path);
      return Optional.empty();
    }
    Path realPath = path.toRealPath();
    if (!inRoots(realPath)) {
      refuse(uri, "local file outside the input's folder not read (allow it with --allow-local-files DIR)");
      return Optional.empty();
    }
    if (!Files.isRegularFile(realPath)) {
      refuse(uri, "not a regular file");
      return Optional.empty();
    }
    if (Files.size(realPath) > MAX_BYTES) {
      refuse(uri, "image larger than " + MAX_BYTES / (1024 * 1024) + " MB ignored");
      return Optional.empty();
    }
    byte[] bytes = Files.readAllBytes(realPath);
    read.add(realPath);
    return Optional.of(new Resource(uri, MediaTypes.sniff(bytes), bytes));
  }

  /** {@return the real paths of the local files read so far; a live view, so that none becomes an output} */
  public Set<Path> filesRead() {
    return java.util.Collections.unmodifiableSet(read);
  }

  private void refuse(String uri, String why) {
    if (warned.add(uri)) diagnostics.warn(input, why + ": " + uri);
  }

  private static String abbreviate(String uri) {
    return uri.length() <= 60 ? uri : uri.substring(0, 57) + "...";
  }
}
