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
      if (in instanceof Text t) n += t.text().length();
      else if (in instanceof Code c) n += c.code().length();
      else if (in instanceof Emphasis e) n += plainTextLength(e.content());
      else if (in instanceof Strong s) n += plainTextLength(s.content());
      else if (in instanceof Link l) n += plainTextLength(l.content());
      else if (in instanceof Superscript s) n += plainTextLength(s.content());
      else if (in instanceof Subscript s) n += plainTextLength(s.content());
      else if (in instanceof Strikethrough s) n += plainTextLength(s.content());
      else if (in instanceof Image i) n += i.alt().length();
      else if (in instanceof LineBreak) n++;
    }
    return n;
  }

  private static void appendPlainText(List<Inline> inlines, StringBuilder sb) {
    for (Inline in : inlines) {
      if (in instanceof Text t) sb.append(t.text());
      else if (in instanceof Code c) sb.append(c.code());
      else if (in instanceof Emphasis e) appendPlainText(e.content(), sb);
      else if (in instanceof Strong s) appendPlainText(s.content(), sb);
      else if (in instanceof Link l) appendPlainText(l.content(), sb);
      else if (in instanceof Superscript s) appendPlainText(s.content(), sb);
      else if (in instanceof Subscript s) appendPlainText(s.content(), sb);
      else if (in instanceof Strikethrough s) appendPlainText(s.content(), sb);
      else if (in instanceof Image i) sb.append(i.alt());
      else if (in instanceof LineBreak) sb.append('\n');
    }
  }
}
