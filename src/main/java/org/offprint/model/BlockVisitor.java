package org.offprint.model;

/** Visits each {@link Block} type; writers implement it. */
public interface BlockVisitor<R> {
  R heading(Heading heading);

  R paragraph(Paragraph paragraph);

  R quote(Quote quote);

  R list(ListBlock list);

  R code(CodeBlock code);

  R figure(Figure figure);

  R table(Table table);

  R rule(Rule rule);
}
