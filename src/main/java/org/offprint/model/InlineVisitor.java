package org.offprint.model;

/** Visits each {@link Inline} type; writers implement it. */
public interface InlineVisitor<R> {
  R text(Text text);

  R emphasis(Emphasis emphasis);

  R strong(Strong strong);

  R code(Code code);

  R link(Link link);

  R image(Image image);

  R lineBreak(LineBreak lineBreak);

  R superscript(Superscript superscript);

  R subscript(Subscript subscript);

  R strikethrough(Strikethrough strikethrough);

  R noteRef(NoteRef noteRef);
}
