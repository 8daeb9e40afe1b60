/**
 * Turning the cleaned article's markup into model blocks, inlines and footnotes:
 * {@link org.offprint.read.html.mapping.BlockMapper} (paragraphs, headings, lists, quotes, code, figures, tables),
 * {@link org.offprint.read.html.mapping.InlineMapper} (emphasis, links, images, note references), with what they
 * need: {@link org.offprint.read.html.mapping.Urls} (links and images resolved),
 * {@link org.offprint.read.html.mapping.ImageSources} (an image's real source among srcset and lazy loaders),
 * {@link org.offprint.read.html.mapping.Tables} (data tables told from layout tables),
 * {@link org.offprint.read.html.mapping.Footnotes} (notes found and taken out of the body),
 * {@link org.offprint.read.html.mapping.FigureCredits} (photo credits marked before cleaning, added to captions)
 * and {@link org.offprint.read.html.mapping.DepthLimiter} (markup too deep for the recursive mapping flattened).
 *
 * <p>API: those eight classes; {@code Inlines} (tidying a run of inlines) is package-private. Uses {@code dom}
 * and {@code cues} only: never the finding and cleaning stages, nor metadata.
 *
 * <p>Change here: how an element becomes a block ({@code BlockMapper}) or an inline ({@code InlineMapper}); how
 * spaces are joined across elements ({@code Inlines}); which URL a link or image resolves against
 * ({@code Urls}); which image file is taken ({@code ImageSources}); how footnotes are recognised
 * ({@code Footnotes}); figure captions and credits ({@code BlockMapper}, {@code FigureCredits}).
 */
package org.offprint.read.html.mapping;
