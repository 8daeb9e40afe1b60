/**
 * The Markdown writer: CommonMark with GFM tables, strikethrough and footnotes, and YAML front matter. One helper
 * ({@code MarkdownOutput}) owns escaping, line prefixes and blank lines; the block and inline renderers only call
 * it.
 */
package org.offprint.write.markdown;
