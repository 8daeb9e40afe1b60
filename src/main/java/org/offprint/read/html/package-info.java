/**
 * The HTML reader: {@link org.offprint.read.html.HtmlReader} runs a saved web page through the stages of its
 * subpackages, in this order, and {@link org.offprint.read.html.HtmlInputFormat} registers it.
 *
 * <ol>
 *   <li>{@code charset}: the bytes decoded into jsoup's DOM ({@code HtmlCharset});</li>
 *   <li>{@code metadata}: title, authors, byline, date, language, image, subtitle, from the head, JSON-LD and
 *       markup ({@code HtmlMetadata}), before anything is removed;</li>
 *   <li>{@code extract}: the page cleaned, the article found and cleaned ({@code PageCleaner},
 *       {@code ChromeRemover}, {@code Discussions}, {@code ArticleFinder}, {@code ArticleCleaner});</li>
 *   <li>{@code mapping}: the article's markup turned into model blocks, inlines and notes ({@code BlockMapper},
 *       {@code InlineMapper}, {@code Footnotes});</li>
 *   <li>{@code extract} again, on the blocks ({@code BodyTidy}), and {@code metadata}'s {@code Standfirst}, which
 *       takes the subtitle out of the body.</li>
 * </ol>
 *
 * <p>All of them use {@code dom} (walking and measuring the DOM, normalising its text, {@code Explain}ing each
 * removal) and {@code cues} (the words of class names and the phrases that say what a block is). Dependencies
 * run one way, held by {@code ArchitectureTest}: {@code dom} and {@code cues} use no other part of the reader;
 * {@code charset} uses none; {@code metadata} and {@code mapping} use only {@code dom} and {@code cues};
 * {@code extract} may also use {@code mapping} (what a data table is, an image's real source, the depth limit)
 * and {@code metadata} (JSON-LD scripts); only this package uses them all.
 *
 * <p>Change here: the order of the stages, the second look at a weak article and the JSON-LD
 * {@code articleBody} fallback ({@code HtmlReader}); which inputs are refused as binary or empty
 * ({@code InputCheck}); file extensions and sniffing ({@code HtmlInputFormat}).
 */
package org.offprint.read.html;
