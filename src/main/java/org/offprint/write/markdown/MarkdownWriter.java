package org.offprint.write.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.offprint.model.Book;
import org.offprint.model.Document;
import org.offprint.model.Emphasis;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Paragraph;
import org.offprint.model.Text;
import org.offprint.write.DocumentWriter;
import org.offprint.write.WriteOptions;

/**
 * Writes a document as CommonMark with GFM tables, strikethrough and footnotes, after a YAML front matter block.
 * Text is escaped so that it reads back as itself; emphasis that CommonMark's delimiter rules cannot express
 * falls back to inline HTML; superscript and subscript are {@code <sup>}/{@code <sub>}.
 *
 * <p>Images: with {@link WriteOptions#sideFiles()} present they are written to {@code <outputName>.assets/} and
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
    Map<List<String>, String> references = referenceLinks ? new LinkedHashMap<>() : null;
    article(md, document, 0, 0, references, images);
    references(md, references);
    return FrontMatter.of(document.metadata()) + md.result();
  }

  /**
   * Writes a whole book as one Markdown file: the book's front matter, then each article under a level-1
   * heading (level 2 inside titled parts, which become level-1 headings). Notes are numbered through the book,
   * so their labels never clash, and the articles share one folder of images.
   *
   * @throws IOException when the stream or an image side file cannot be written
   */
  public void writeBook(Book book, OutputStream out) throws IOException {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(out, "out");
    MarkdownOutput md = new MarkdownOutput(wrap);
    ImageTargets images = new ImageTargets(options, inlineImages, remoteImages);
    Map<List<String>, String> references = referenceLinks ? new LinkedHashMap<>() : null;
    Map<Integer, String> parts = new HashMap<>();
    for (Book.Part p : book.parts()) parts.put(p.start(), p.title().strip());
    boolean anyPart = parts.values().stream().anyMatch(t -> !t.isEmpty());
    int notes = 0;
    try {
      for (int i = 0; i < book.documents().size(); i++) {
        String part = parts.get(i);
        if (part != null && !part.isEmpty()) {
          new BlockRenderer(md, new InlineRenderer(md, new RenderContext(Map.of(), false, images)))
              .heading(new Heading(1, List.of(new Text(part)), ""));
        }
        Document d = book.documents().get(i);
        article(md, d, notes, anyPart ? 1 : 0, references, images);
        notes += d.footnotes().size();
        options.progress().step(i + 1, book.documents().size());
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    references(md, references);
    out.write((FrontMatter.of(book.metadata()) + md.result()).getBytes(StandardCharsets.UTF_8));
  }

  /** Appends one article: its title heading, its body (headings moved down by {@code shift}), its notes. */
  private void article(MarkdownOutput md, Document document, int firstNote, int shift,
      Map<List<String>, String> references, ImageTargets images) throws IOException {
    RenderContext ctx = new RenderContext(document.noteNumbers(), firstNote, references, images);
    InlineRenderer inlines = new InlineRenderer(md, ctx);
    BlockRenderer blocks = new BlockRenderer(md, inlines);
    try {
      String title = document.metadata().title(); // on one line and trimmed (the transform stage)
      if (!title.isEmpty()) {
        // The title also leads the body, so renderers that ignore front matter still show it.
        blocks.heading(new Heading(1 + shift, List.of(new Text(title)), ""));
      }
      String subtitle = document.metadata().subtitle();
      if (!subtitle.isEmpty()) {
        // under the title, in italics, as the other writers print it; the front matter holds it too
        blocks.render(List.of(new Paragraph(List.of(new Emphasis(List.of(new Text(subtitle)))))));
      }
      blocks.render(shift == 0 ? document.blocks() : shifted(document.blocks(), shift));
      int n = firstNote + 1;
      for (Footnote f : document.footnotes()) {
        md.pushPrefix("[^" + n++ + "]: ", "    ");
        blocks.render(f.content());
        md.popPrefix();
        md.block();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void references(MarkdownOutput md, Map<List<String>, String> references) {
    if (references == null) return;
    for (Map.Entry<List<String>, String> ref : references.entrySet()) {
      md.raw("[" + ref.getValue() + "]: " + MarkdownOutput.destination(ref.getKey().get(0))
          + MarkdownOutput.title(ref.getKey().get(1)));
      md.endLine();
    }
  }

  /** {@return the blocks with every top-level heading moved {@code shift} levels down (at most to 6)} */
  private static List<org.offprint.model.Block> shifted(List<org.offprint.model.Block> blocks, int shift) {
    List<org.offprint.model.Block> out = new ArrayList<>(blocks.size());
    for (org.offprint.model.Block b : blocks) {
      if (b instanceof Heading h) out.add(new Heading(Math.min(6, h.level() + shift), h.content(), h.id()));
      else out.add(b);
    }
    return out;
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
