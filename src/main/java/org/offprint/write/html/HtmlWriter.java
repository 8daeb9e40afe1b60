package org.offprint.write.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.offprint.model.Document;
import org.offprint.model.Metadata;
import org.offprint.model.Resource;
import org.offprint.write.DocumentWriter;
import org.offprint.write.SideFiles;
import org.offprint.write.WriteOptions;

/**
 * Writes a document as one standalone HTML5 file: the theme's CSS inlined (with a dark scheme), an article
 * header, the body and the notes with back links. No script of any kind, and nothing remote: images and fonts
 * are written beside the file as {@code <outputName>_files/...} when the options give {@link SideFiles} and a
 * name, otherwise (or when {@link Builder#selfContained(boolean) self-contained}) inlined as {@code data:} URIs.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * DocumentWriter html = HtmlWriter.builder(WriteOptions.of(theme)).selfContained(true).build();
 * html.write(document, out);
 * }</pre>
 */
public final class HtmlWriter implements DocumentWriter {
  private final WriteOptions options;
  private final boolean selfContained;

  private HtmlWriter(Builder b) {
    options = b.options;
    selfContained = b.selfContained;
  }

  /** {@return a builder writing with these options; not self-contained by default} */
  public static Builder builder(WriteOptions options) {
    return new Builder(options);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IOException when the stream, a side file, a theme font or an allowed image cannot be read or written
   */
  @Override
  public void write(Document document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    Optional<SideFiles> side =
        selfContained || options.outputName().isEmpty() ? Optional.empty() : options.sideFiles();
    String folder = options.outputName() + "_files/";
    Metadata md = document.metadata();
    String input = md.source();

    Map<String, String> images = new LinkedHashMap<>();
    int n = 0;
    for (Images.Use use : Images.uses(document)) {
      Optional<Resource> found = options.resources().resolve(use.src());
      if (found.isEmpty()) {
        options.diagnostics().warn(input, "image not available, kept its alt text: " + abbreviate(use.src()));
        continue;
      }
      byte[] bytes = found.get().bytes();
      String type = Images.sniff(bytes);
      if (type.isEmpty() && found.get().mediaType().startsWith("image/")) type = found.get().mediaType();
      if (type.isEmpty() || bytes.length == 0) {
        options.diagnostics().warn(input, "not an image format, kept its alt text: " + abbreviate(use.src()));
        continue;
      }
      if (side.isPresent()) {
        String path = folder + "image-" + (++n) + "." + Images.extension(type);
        side.get().write(path, bytes);
        images.put(use.src(), encodePath(path));
      } else {
        images.put(use.src(), dataUri(type, bytes));
      }
    }

    List<ThemeCss.Face> faces = ThemeCss.faces(options.theme(), List.of(document));
    Map<ThemeCss.Face, String> fontUrls = new LinkedHashMap<>();
    for (ThemeCss.Face face : faces) {
      byte[] bytes = options.theme().files().read(face.path());
      if (side.isPresent()) {
        String path = folder + "fonts/" + face.fileName();
        side.get().write(path, bytes);
        fontUrls.put(face, encodePath(path));
      } else {
        fontUrls.put(face, dataUri(face.mediaType(), bytes));
      }
    }
    Function<ThemeCss.Face, String> url = fontUrls::get;
    String css = ThemeCss.css(options.theme(), ThemeCss.Medium.SCREEN, faces, url);

    String lang = Language.tag(md.language(), "");
    StringBuilder sb = new StringBuilder(16384 + css.length());
    Markup m = new Markup(sb);
    sb.append("<!DOCTYPE html>\n");
    m.open("html", "lang", lang.isEmpty() ? null : lang, "dir", Language.rightToLeft(lang) ? "rtl" : null).nl();
    m.open("head").nl();
    m.empty("meta", "charset", "utf-8").nl();
    m.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").nl();
    m.element("title", ArticleRenderer.title(md)).nl();
    meta(m, "author", String.join(", ", md.authors()));
    meta(m, "description", md.description());
    meta(m, "keywords", String.join(", ", md.tags()));
    meta(m, "generator", "offprint");
    if (!md.source().isBlank()) m.empty("link", "rel", "canonical", "href", md.source().strip()).nl();
    // "</" cannot occur in generated CSS, but a theme's style.css could close the element early.
    m.open("style").raw(css.replace("</", "<\\/")).close("style").nl();
    m.close("head").nl();
    m.open("body").nl();
    ArticleRenderer.render(m, document, lang, images, false);
    m.close("body").nl().close("html").nl();
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void meta(Markup m, String name, String content) {
    if (!content.isBlank()) m.empty("meta", "name", name, "content", content.strip()).nl();
  }

  private static String dataUri(String type, byte[] bytes) {
    return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }

  private static String abbreviate(String uri) {
    return uri.length() > 120 ? uri.substring(0, 117) + "..." : uri;
  }

  /** Percent-encodes each segment of a relative path, so any output name makes a working link. */
  static String encodePath(String path) {
    StringBuilder sb = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return sb.toString();
  }

  /** Builds an {@link HtmlWriter}. Not thread-safe. */
  public static final class Builder {
    private final WriteOptions options;
    private boolean selfContained;

    private Builder(WriteOptions options) {
      this.options = Objects.requireNonNull(options, "options");
    }

    /** When true, images and fonts are always inlined as {@code data:} URIs, never written beside the file. */
    public Builder selfContained(boolean value) {
      selfContained = value;
      return this;
    }

    public HtmlWriter build() {
      return new HtmlWriter(this);
    }
  }
}
