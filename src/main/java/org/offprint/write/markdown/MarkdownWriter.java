package org.offprint.write.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.offprint.model.Document;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Text;
import org.offprint.write.DocumentWriter;
import org.offprint.write.WriteOptions;

/**
 * Writes a document as CommonMark with GFM tables, strikethrough and footnotes, after a YAML front matter block.
 * Text is escaped so that it reads back as itself; emphasis that CommonMark's delimiter rules cannot express
 * falls back to inline HTML; superscript and subscript are {@code <sup>}/{@code <sub>}.
 *
 * <p>Images: with {@link WriteOptions#sideFiles()} present they are written to {@code <outputName>_files/} and
 * linked relatively; {@link Builder#inlineImages} embeds them as data URIs instead, {@link Builder#remoteImages}
 * keeps {@code http(s)} URLs; without side files the original URL is kept.
 *
 * <pre>{@code
 * DocumentWriter w = MarkdownWriter.builder(WriteOptions.of(theme)).referenceLinks(true).wrap(72).build();
 * w.write(document, out);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MarkdownWriter implements DocumentWriter {
  private final WriteOptions options;
  private final boolean referenceLinks;
  private final int wrap;
  private final boolean inlineImages;
  private final boolean remoteImages;

  private MarkdownWriter(Builder b) {
    this.options = b.options;
    this.referenceLinks = b.referenceLinks;
    this.wrap = b.wrap;
    this.inlineImages = b.inlineImages;
    this.remoteImages = b.remoteImages;
  }

  /** {@return a builder for a writer with the given common options} */
  public static Builder builder(WriteOptions options) {
    return new Builder(Objects.requireNonNull(options, "options"));
  }

  @Override
  public void write(Document document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    out.write(render(document).getBytes(StandardCharsets.UTF_8));
  }

  /** {@return the Markdown for {@code document}} @throws IOException when an image side file cannot be written */
  public String render(Document document) throws IOException {
    MarkdownOutput md = new MarkdownOutput(wrap);
    ImageTargets images = new ImageTargets(options, inlineImages, remoteImages);
    RenderContext ctx = new RenderContext(document.footnotes(), referenceLinks, images, options.diagnostics(),
        options.outputName());
    InlineRenderer inlines = new InlineRenderer(md, ctx);
    BlockRenderer blocks = new BlockRenderer(md, inlines);
    try {
      String title = document.metadata().title().strip();
      if (!title.isEmpty()) {
        // The title also leads the body, so renderers that ignore front matter still show it.
        blocks.heading(new Heading(1, List.of(new Text(title)), ""));
      }
      blocks.render(document.blocks());
      int n = 1;
      for (Footnote f : document.footnotes()) {
        md.pushPrefix("[^" + n++ + "]: ", "    ");
        blocks.render(f.content());
        md.popPrefix();
        md.block();
      }
      for (Map.Entry<List<String>, String> ref : ctx.references().entrySet()) {
        md.raw("[" + ref.getValue() + "]: " + MarkdownOutput.destination(ref.getKey().get(0))
            + MarkdownOutput.title(ref.getKey().get(1)));
        md.endLine();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return FrontMatter.of(document.metadata()) + md.result();
  }

  /** Builds a {@link MarkdownWriter}. Not thread-safe. */
  public static final class Builder {
    private final WriteOptions options;
    private boolean referenceLinks;
    private int wrap;
    private boolean inlineImages;
    private boolean remoteImages;

    private Builder(WriteOptions options) {
      this.options = options;
    }

    /** Writes links as {@code [text][n]} with definitions at the end; defaults to {@code false} (inline). */
    public Builder referenceLinks(boolean on) {
      referenceLinks = on;
      return this;
    }

    /** Hard-wraps running text at this column; defaults to 0 (no wrapping). */
    public Builder wrap(int column) {
      wrap = column;
      return this;
    }

    /** Embeds images as {@code data:} URIs; defaults to {@code false}. */
    public Builder inlineImages(boolean on) {
      inlineImages = on;
      return this;
    }

    /** Keeps {@code http(s)} image URLs instead of fetching the images; defaults to {@code false}. */
    public Builder remoteImages(boolean on) {
      remoteImages = on;
      return this;
    }

    /** {@return the writer} @throws IllegalArgumentException when {@code wrap} is negative or below 20 */
    public MarkdownWriter build() {
      if (wrap < 0 || wrap > 0 && wrap < 20) {
        throw new IllegalArgumentException("wrap must be 0 (off) or at least 20: " + wrap);
      }
      return new MarkdownWriter(this);
    }
  }
}
