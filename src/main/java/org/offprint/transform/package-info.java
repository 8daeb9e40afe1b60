/**
 * The transform stage: the ordered steps every document goes through between any reader and any writer, so that
 * a rule about documents lives in one place instead of in each reader or each writer. The pipeline (the command
 * line's reading, and {@link org.offprint.Offprint}) runs {@link org.offprint.transform.Transforms#apply}; readers
 * and writers never depend on this package, and it depends on the model only ({@code ArchitectureTest}).
 *
 * <p>The steps, in order, and why in that order:
 *
 * <ol>
 *   <li>{@code DepthLimit}: flattens quotes, lists and inline formatting nested deeper than
 *       {@link org.offprint.model.Nesting} allows. First, because every later step and every writer walks the
 *       blocks recursively and may then count on a small, fixed depth.
 *   <li>{@code TitleText}: the title and subtitle on one line each, white space collapsed and trimmed, as every
 *       writer prints them. Before the title is compared with the body.
 *   <li>{@code DuplicateTitle}: drops the first paragraphs or headings that only repeat the title, which every
 *       writer prints from the metadata. After the depth limit (it reads the first block's text); before anything that
 *       numbers or counts the blocks.
 *   <li>{@code HeadingLevels}: heading levels start at 2 (the title is 1) and never skip on the way down, so every
 *       format shows the same outline (WCAG heading order). After the title step, so that a dropped repeat of
 *       the title does not count as the heading before.
 *   <li>{@code LinkUrls}: every link's URL made valid by RFC 3986, or the link dropped (its text kept) with a
 *       warning, so that writers put the URLs they receive into their output as they are. After the steps that
 *       drop blocks, so that only links a writer will print are repaired and warned about, each once (the writers
 *       did it each, for every format written).
 *   <li>{@code NoteNumbering}: makes footnote ids unique and drops references to no note, so that a note's number
 *       is its place in the list ({@link org.offprint.model.Document#noteNumbers()}, which every writer prints)
 *       and the JSON model reads back. Last: the earlier steps may drop blocks that hold references.
 * </ol>
 *
 * <p>Every step is a function from document to document: it mutates nothing, reports what it drops to the
 * diagnostics, and gives back unchanged a document it already made (so applying the stage twice, as
 * {@code Offprint.write} does to a document that {@code Offprint.read} made, changes nothing).
 */
package org.offprint.transform;
