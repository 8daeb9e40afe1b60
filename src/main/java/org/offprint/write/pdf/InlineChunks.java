package org.offprint.write.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.offprint.model.Code;
import org.offprint.model.Emphasis;
import org.offprint.model.Inline;
import org.offprint.model.InlineVisitor;
import org.offprint.model.LineBreak;
import org.offprint.model.Link;
import org.offprint.model.NoteRef;
import org.offprint.model.Strikethrough;
import org.offprint.model.Strong;
import org.offprint.model.Subscript;
import org.offprint.model.Superscript;
import org.offprint.model.Text;

/**
 * Turns inlines into OpenPDF chunks, each with an explicit embedded font (research trap T7), split per
 * character between the theme's face and fallback fonts. Links become URL anchors or local gotos, note
 * references superscript numbers that link to the note and back. Not thread-safe: one per paragraph.
 */
final class InlineChunks implements InlineVisitor<Void> {
  private final ArticleContext ctx;
  private final List<Chunk> out = new ArrayList<>();
  private Style style;
  private String anchor; // external URL of the enclosing link, or null
  private String localGoto; // destination of the enclosing in-document link, or null

  private InlineChunks(ArticleContext ctx, Style style) {
    this.ctx = ctx;
    this.style = style;
  }

  /** {@return the chunks for {@code inlines} set in {@code style}} */
  static List<Chunk> of(List<Inline> inlines, Style style, ArticleContext ctx) {
    InlineChunks v = new InlineChunks(ctx, style);
    v.all(inlines);
    return v.out;
  }

  /** {@return the chunks for a plain string} */
  static List<Chunk> of(String text, Style style, ArticleContext ctx) {
    InlineChunks v = new InlineChunks(ctx, style);
    v.add(text);
    return v.out;
  }

  /** {@return the embedded font for a style, on the theme's face} */
  static Font font(Style s, ArticleContext ctx) {
    return new Font(face(s, ctx), s.size(), s.strike() ? Font.STRIKETHRU : Font.NORMAL, s.color());
  }

  private static BaseFont face(Style s, ArticleContext ctx) {
    try {
      return ctx.fonts.face(s.role(), s.bold(), s.italic());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // unwrapped to IOException by Rendering
    }
  }

  private void all(List<Inline> inlines) {
    for (Inline in : inlines) in.accept(this);
  }

  private void with(Style s, List<Inline> content) {
    Style saved = style;
    style = s;
    all(content);
    style = saved;
  }

  private void add(String text) {
    if (text.isEmpty()) return;
    String t = style.upper() ? text.toUpperCase(Locale.forLanguageTag(ctx.document.metadata().language())) : text;
    BaseFont primary = face(style, ctx);
    for (FontSet.Run run : ctx.fonts.split(t, primary)) {
      int bits = style.strike() ? Font.STRIKETHRU : Font.NORMAL;
      if (run.fallback()) {
        // a fallback font has one face: let OpenPDF simulate bold and italic
        if (style.bold()) bits |= Font.BOLD;
        if (style.italic()) bits |= Font.ITALIC;
      }
      Chunk c = new Chunk(run.text(), new Font(run.font(), style.size(), bits, style.color()));
      decorate(c);
      out.add(c);
    }
  }

  private void decorate(Chunk c) {
    c.setSplitCharacter(LineBreaks.INSTANCE);
    if (style.rise() != 0) c.setTextRise(style.rise());
    if (style.hyphenate() && ctx.hyphenation != null) c.setHyphenation(ctx.hyphenation);
  }

  @Override
  public Void text(Text text) {
    add(text.text());
    return null;
  }

  @Override
  public Void emphasis(Emphasis emphasis) {
    with(style.italic(!style.italic()), emphasis.content());
    return null;
  }

  @Override
  public Void strong(Strong strong) {
    with(style.bold(true), strong.content());
    return null;
  }

  @Override
  public Void code(Code code) {
    Style saved = style;
    style = style.code(style.size() * 0.9f);
    add(code.code());
    style = saved;
    return null;
  }

  @Override
  public Void link(Link link) {
    String savedAnchor = anchor;
    String savedGoto = localGoto;
    String local = ctx.localTarget(link.href());
    if (local != null) localGoto = local;
    else if (link.href().matches("(?i)(https?|mailto|ftp):.*")) anchor = link.href();
    int first = out.size();
    with(style.color(ctx.typo.link), link.content());
    // an inner link keeps its own target; the rest of the text is this link's
    List<Chunk> linked = out.subList(first, out.size()).stream()
        .filter(c -> c.getChunkAttributes() == null || !c.getChunkAttributes().containsKey(Chunk.GENERICTAG)).toList();
    String text = Inline.plainText(link.content());
    if (localGoto != null && !localGoto.equals(savedGoto)) ctx.links.local(linked, localGoto, text);
    else if (anchor != null && !anchor.equals(savedAnchor)) ctx.links.external(linked, anchor, text);
    int n = anchor != null && savedAnchor == null ? ctx.linkNumber(anchor) : 0;
    if (n > 0) {
      // on paper a link cannot be followed: its number leads to the URL in the list at the end
      Style s = style.size(style.size() * 0.7f).rise(style.rise() + style.size() * 0.35f).color(ctx.typo.muted)
          .hyphenate(false);
      Chunk c = new Chunk("[" + n + "]", font(s, ctx));
      c.setTextRise(s.rise());
      ctx.links.external(List.of(c), anchor, "[" + n + "] " + anchor);
      out.add(c);
    }
    anchor = savedAnchor;
    localGoto = savedGoto;
    return null;
  }

  @Override
  public Void image(org.offprint.model.Image image) {
    Optional<Image> img = ctx.images.load(image.src());
    if (img.isEmpty()) {
      add(image.alt());
      return null;
    }
    Image i = img.get();
    float h = style.size() * 1.1f; // an inline image sits on the line like a capital letter
    i.scaleToFit(h * i.getWidth() / Math.max(1, i.getHeight()), h);
    Chunk c = new Chunk(i, 0, -style.size() * 0.15f, true);
    c.setFont(font(style, ctx));
    decorate(c);
    out.add(c);
    return null;
  }

  @Override
  public Void lineBreak(LineBreak lineBreak) {
    Chunk c = new Chunk("\n", font(style, ctx));
    out.add(c);
    return null;
  }

  @Override
  public Void superscript(Superscript superscript) {
    with(style.size(style.size() * 0.7f).rise(style.rise() + style.size() * 0.35f), superscript.content());
    return null;
  }

  @Override
  public Void subscript(Subscript subscript) {
    with(style.size(style.size() * 0.7f).rise(style.rise() - style.size() * 0.15f), subscript.content());
    return null;
  }

  @Override
  public Void strikethrough(Strikethrough strikethrough) {
    with(style.strike(true), strikethrough.content());
    return null;
  }

  @Override
  public Void noteRef(NoteRef ref) {
    int n = ctx.noteNumber(ref.id());
    if (n == 0) return null; // a reference to no note: nothing to number or link
    Style s = style.size(style.size() * 0.7f).rise(style.rise() + style.size() * 0.35f).color(ctx.typo.link)
        .hyphenate(false);
    Chunk c = new Chunk(String.valueOf(n), font(s, ctx));
    c.setTextRise(s.rise());
    ctx.links.local(List.of(c), ctx.noteDestination(ref.id()), "note " + n);
    if (ctx.placeFirstRef(ref.id())) c.setLocalDestination(ctx.refDestination(ref.id()));
    out.add(c);
    return null;
  }
}
