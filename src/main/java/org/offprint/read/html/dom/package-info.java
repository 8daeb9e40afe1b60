/**
 * Tools every stage of the HTML reader uses on jsoup's DOM: walking a subtree without jsoup's per-node checks
 * ({@link org.offprint.read.html.dom.Walk}), normalising its text ({@link org.offprint.read.html.dom.Whitespace}),
 * measuring text, link text and paragraphs under every element in one pass
 * ({@link org.offprint.read.html.dom.TextStats}), and reporting each removal and decision as an INFO diagnostic
 * for {@code offprint inspect --explain} ({@link org.offprint.read.html.dom.Explain}).
 *
 * <p>API: all four classes. Uses nothing else of the HTML reader. Nothing here decides what a block is: that is
 * {@code cues}, {@code extract} and {@code mapping}.
 *
 * <p>Change here: which characters count as spaces or invisible ({@code Whitespace}); which tags count as blocks
 * and what is measured ({@code TextStats}); how an element is described in {@code --explain} ({@code Explain}).
 */
package org.offprint.read.html.dom;
