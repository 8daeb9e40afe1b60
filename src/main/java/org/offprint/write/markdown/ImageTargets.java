package org.offprint.write.markdown;

import java.io.IOException;
import java.net.URI;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.offprint.model.Resource;
import org.offprint.write.SideFiles;
import org.offprint.write.WriteOptions;

/**
 * Decides what an image reference points to in the Markdown: a side file in {@code <name>.assets/}, a data URI,
 * or the original URL. One instance per {@code write} call; each image is fetched and written once.
 */
final class ImageTargets {
  private final WriteOptions options;
  private final boolean inline;
  private final boolean remote;
  private final Map<String, String> done = new HashMap<>();
  private final Set<String> usedNames = new HashSet<>();

  ImageTargets(WriteOptions options, boolean inline, boolean remote) {
    this.options = options;
    this.inline = inline;
    this.remote = remote;
  }

  /** {@return the URL to write for the image at {@code src}, or {@code ""} to write its alt text instead} */
  String target(String src) throws IOException {
    String t = done.get(src);
    if (t == null) {
      t = resolve(src);
      done.put(src, t);
    }
    return t;
  }

  private String resolve(String src) throws IOException {
    if (src.startsWith("data:")) return src;
    boolean isRemote = src.startsWith("http://") || src.startsWith("https://");
    // A remote URL is written as it is, made valid first; one that cannot be made valid keeps the alt text.
    if (isRemote && remote) return org.offprint.model.Urls.repair(src).orElse("");
    if (!inline && options.sideFiles().isEmpty()) return org.offprint.model.Urls.repair(src).orElse("");
    Optional<Resource> r = options.resources().resolve(src);
    if (r.isEmpty()) {
      // Linking an image that was not fetched would make every Markdown viewer fetch it (a tracking pixel, say):
      // keep its alt text instead. --remote-images keeps remote URLs on purpose.
      return "";
    }
    Resource res = r.get();
    String type = res.mediaType().isEmpty() ? "application/octet-stream" : res.mediaType();
    if (inline) return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(res.bytes());
    SideFiles files = options.sideFiles().get();
    String dir = SideFiles.folder(options.outputName().isEmpty() ? "document" : options.outputName());
    String path = dir + "/" + uniqueName(src, type);
    files.write(path, res.bytes());
    return encodePath(path);
  }

  /** {@return a safe file name from the URL's last segment, made unique and given an extension} */
  private String uniqueName(String src, String mediaType) {
    String last = src;
    try {
      String p = URI.create(src).getPath();
      if (p != null) last = p;
    } catch (IllegalArgumentException e) {
      // Not a parseable URI: fall back to the raw string's last segment.
    }
    last = last.substring(last.lastIndexOf('/') + 1);
    String base = last.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[.-]+", "");
    if (base.isEmpty()) base = "image";
    if (base.length() > 80) base = base.substring(base.length() - 80);
    if (base.indexOf('.') < 0) base = base + extension(mediaType);
    String name = base;
    int dot = base.lastIndexOf('.');
    for (int i = 2; !usedNames.add(name.toLowerCase(Locale.ROOT)); i++) {
      name = base.substring(0, dot) + "-" + i + base.substring(dot);
    }
    return name;
  }

  private static String extension(String mediaType) {
    switch (mediaType) {
      case "image/png": return ".png";
      case "image/jpeg": return ".jpg";
      case "image/gif": return ".gif";
      case "image/webp": return ".webp";
      case "image/svg+xml": return ".svg";
      case "image/avif": return ".avif";
      default: return ".bin";
    }
  }

  private static String encodePath(String path) {
    StringBuilder sb = new StringBuilder();
    for (char c : path.toCharArray()) {
      if (c == ' ') sb.append("%20");
      else if (c == '(' || c == ')') sb.append(c == '(' ? "%28" : "%29");
      else sb.append(c);
    }
    return sb.toString();
  }
}
