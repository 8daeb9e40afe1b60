package org.offprint.write.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.offprint.model.Code;
import org.offprint.model.Emphasis;
import org.offprint.model.Image;
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
 * Renders inlines. Emphasis uses {@code *}, {@code _} or {@code ~~} when CommonMark's flanking rules let the
 * delimiters parse back as written, and falls back to inline HTML ({@code <em>}) when they would not (as in
 * {@code a*(b)*c}); superscript and subscript are always {@code <sup>}/{@code <sub>}, which MarkdownReader maps
 * back.
 */
final class InlineRenderer implements InlineVisitor<Void> {
  /** Where a line break goes: a paragraph gets a hard break, a heading a space, a table cell {@code <br>}. */
  enum Mode { PARAGRAPH, HEADING, TABLE }

  private final MarkdownOutput out;
  private final RenderContext ctx;
  private final Deque<Character> openDelimiters = new ArrayDeque<>();
  private Mode mode = Mode.PARAGRAPH;
  private boolean inLink;
  private char next = ' ';

  InlineRenderer(MarkdownOutput out, RenderContext ctx) {
    this.out = out;
    this.ctx = ctx;
  }

  /** Renders {@code inlines} in {@code m}; {@code after} is the character that follows them. */
  void render(List<Inline> inlines, Mode m, char after) {
    Mode saved = mode;
    mode = m;
    out.noWrap(m != Mode.PARAGRAPH);
    out.inTable(m == Mode.TABLE);
    renderList(Inlines.clean(inlines), after);
    mode = saved;
    out.noWrap(saved != Mode.PARAGRAPH);
    out.inTable(saved == Mode.TABLE);
  }

  private void renderList(List<Inline> list, char after) {
    for (int i = 0; i < list.size(); i++) {
      next = i + 1 < list.size() ? Inlines.first(list.get(i + 1)) : after;
      list.get(i).accept(this);
    }
  }

  @Override
  public Void text(Text text) {
    out.text(text.text());
    return null;
  }

  @Override
  public Void emphasis(Emphasis e) {
    delimited(e.content(), "*", "_", "em");
    return null;
  }

  @Override
  public Void strong(Strong s) {
    delimited(s.content(), "**", "__", "strong");
    return null;
  }

  @Override
  public Void strikethrough(Strikethrough s) {
    delimited(s.content(), "~~", null, "del");
    return null;
  }

  @Override
  public Void superscript(Superscript s) {
    html(s.content(), "sup");
    return null;
  }

  @Override
  public Void subscript(Subscript s) {
    html(s.content(), "sub");
    return null;
  }

  private void delimited(List<Inline> content, String delim, String alt, String tag) {
    char after = next;
    char before = out.lastChar();
    char f = Inlines.first(content.get(0));
    char l = Inlines.last(content.get(content.size() - 1));
    String d = usable(delim, before, f, l, after) ? delim : alt != null && usable(alt, before, f, l, after) ? alt : null;
    if (d == null) {
      html(content, tag);
      return;
    }
    out.raw(d);
    openDelimiters.push(d.charAt(0));
    renderList(content, d.charAt(0));
    openDelimiters.pop();
    out.raw(d);
    next = after;
  }

  private void html(List<Inline> content, String tag) {
    char after = next;
    out.raw("<" + tag + ">");
    // Inside HTML tags the neighbours are '>' and '<': punctuation, so nested emphasis flanks freely.
    openDelimiters.push('<');
    renderList(content, '<');
    openDelimiters.pop();
    out.raw("</" + tag + ">");
    next = after;
  }

  /** {@return true when {@code d} around content starting with {@code f} and ending with {@code l} parses back} */
  private boolean usable(String d, char before, char f, char l, char after) {
    char c = d.charAt(0);
    // A neighbouring run of the same character would merge with ours; an open span would close early.
    if (before == c || f == c || l == c || after == c || openDelimiters.contains(c)) return false;
    boolean canOpen = leftFlanking(before, f);
    boolean canClose = rightFlanking(l, after);
    if (c == '_') {
      canOpen = canOpen && (!rightFlanking(before, f) || Inlines.punctuation(before));
      canClose = canClose && (!leftFlanking(l, after) || Inlines.punctuation(after));
    }
    return canOpen && canClose;
  }

  private static boolean leftFlanking(char before, char after) {
    return !ws(after) && (!Inlines.punctuation(after) || ws(before) || Inlines.punctuation(before));
  }

  private static boolean rightFlanking(char before, char after) {
    return !ws(before) && (!Inlines.punctuation(before) || ws(after) || Inlines.punctuation(after));
  }

  private static boolean safe(String href) {
    String h = href.strip().toLowerCase(java.util.Locale.ROOT);
    return h.startsWith("http://") || h.startsWith("https://") || h.startsWith("mailto:") || h.startsWith("#");
  }

  private static boolean ws(char c) {
    return Inlines.whitespace(c);
  }

  @Override
  public Void code(Code code) {
    out.codeSpan(code.code());
    return null;
  }

  @Override
  public Void link(Link link) {
    // Only links a reader can follow safely: web, mail and in-document ones. A script URL keeps its text only.
    if (inLink || link.content().isEmpty() && link.href().isEmpty() || !safe(link.href())) {
      renderList(link.content(), next);
      return null;
    }
    char after = next;
    out.raw("[");
    inLink = true;
    openDelimiters.push('[');
    renderList(link.content(), ']');
    openDelimiters.pop();
    inLink = false;
    String label = link.content().isEmpty() ? null : ctx.referenceLabel(link.href(), link.title());
    if (label != null) out.raw("][" + label + "]");
    else out.raw("](" + MarkdownOutput.destination(link.href()) + MarkdownOutput.title(link.title()) + ")");
    next = after;
    return null;
  }

  @Override
  public Void image(Image image) {
    String target;
    try {
      target = ctx.images().target(image.src());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (target.isEmpty()) {
      out.text(image.alt());
      return null;
    }
    out.raw("![");
    out.text(image.alt());
    out.raw("](" + MarkdownOutput.destination(target) + MarkdownOutput.title(image.title()) + ")");
    return null;
  }

  @Override
  public Void lineBreak(LineBreak lineBreak) {
    switch (mode) {
      case HEADING -> out.text(" ");
      case TABLE -> out.raw("<br>");
      default -> out.hardBreak();
    }
    return null;
  }

  @Override
  public Void noteRef(NoteRef ref) {
    int n = ctx.noteNumber(ref.id());
    if (n > 0) out.raw("[^" + n + "]");
    return null;
  }
}
