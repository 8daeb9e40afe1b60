package org.offprint.model;

import java.util.List;

/** An inline element: text and its formatting, links, images, breaks and note references. */
public sealed interface Inline
    permits Text, Emphasis, Strong, Code, Link, Image, LineBreak, Superscript, Subscript, Strikethrough,
        NoteRef {

  /** Calls the visitor method for this inline's type. */
  <R> R accept(InlineVisitor<R> visitor);

  /** {@return a plain text run} */
  static Text text(String text) {
    return new Text(text);
  }

  /**
   * {@return the text a reader would see: text runs, code and the content of formatting and links; images give
   * their alt text, line breaks a newline, note references nothing}
   */
  static String plainText(List<Inline> inlines) {
    if (inlines.size() == 1 && inlines.get(0) instanceof Text t) return t.text(); // many paragraphs: no copy
    StringBuilder sb = new StringBuilder();
    appendPlainText(inlines, sb);
    return sb.toString();
  }

  /** {@return the length of {@link #plainText}, counted without building the text} */
  static int plainTextLength(List<Inline> inlines) {
    int n = 0;
    for (Inline in : inlines) {
      if (in instanceof Text t) {
        n += t.text().length();
        continue;
      }
      List<Inline> children = children(in);
      if (children != null) n += plainTextLength(children);
      else if (in instanceof Code c) n += c.code().length();
      else if (in instanceof Image i) n += i.alt().length();
      else if (in instanceof LineBreak) n++;
    }
    return n;
  }

  /**
   * {@return the inlines that {@code inline} holds when it is a span (emphasis, strong, strikethrough,
   * superscript, subscript or a link), or null when it holds none (text, code, an image, a break, a note
   * reference)}
   *
   * <p>A walk over inlines recurses here once for all kinds of span: the JIT inlines each recursive call site
   * of a method once, so a walk with a call per kind compiles to several copies of itself.
   */
  static List<Inline> children(Inline inline) {
    if (inline instanceof Emphasis e) return e.content();
    if (inline instanceof Strong s) return s.content();
    if (inline instanceof Link l) return l.content();
    if (inline instanceof Strikethrough s) return s.content();
    if (inline instanceof Superscript s) return s.content();
    if (inline instanceof Subscript s) return s.content();
    return null;
  }

  /**
   * {@return a span of the same kind as {@code span} (for a link, to the same place with the same title) that holds
   * {@code children}}
   *
   * @throws IllegalArgumentException when {@code span} holds no inlines ({@link #children} gives null)
   */
  static Inline withChildren(Inline span, List<Inline> children) {
    if (span instanceof Emphasis) return new Emphasis(children);
    if (span instanceof Strong) return new Strong(children);
    if (span instanceof Link l) return new Link(l.href(), l.title(), children);
    if (span instanceof Strikethrough) return new Strikethrough(children);
    if (span instanceof Superscript) return new Superscript(children);
    if (span instanceof Subscript) return new Subscript(children);
    throw new IllegalArgumentException("not a span: " + span);
  }

  private static void appendPlainText(List<Inline> inlines, StringBuilder sb) {
    for (Inline in : inlines) {
      if (in instanceof Text t) {
        sb.append(t.text());
        continue;
      }
      List<Inline> children = children(in);
      if (children != null) appendPlainText(children, sb);
      else if (in instanceof Code c) sb.append(c.code());
      else if (in instanceof Image i) sb.append(i.alt());
      else if (in instanceof LineBreak) sb.append('\n');
    }
  }
}
