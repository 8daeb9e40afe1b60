/**
 * The Markdown reader: flexmark's CommonMark parser (+ GFM tables, strikethrough, footnotes, YAML front matter)
 * mapped to the document model. The only package that imports flexmark's parser outside tests.
 */
package org.offprint.read.markdown;
