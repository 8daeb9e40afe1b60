/**
 * Decoding a page's bytes into jsoup's DOM with the right charset: byte-order mark, {@code --charset}, the HTTP
 * header, the page's own declarations anywhere in its head, and {@link org.offprint.read.CharsetDetector} when
 * the bytes contradict them or nothing is declared.
 *
 * <p>API: {@link org.offprint.read.html.charset.HtmlCharset#parse}. Uses nothing else of the HTML reader.
 *
 * <p>Change here: the order in which declarations are trusted, and when a declaration loses to the bytes
 * ({@code HtmlCharset}). How a charset is guessed from bytes alone is {@code read/CharsetDetector}, shared with
 * the text reader.
 */
package org.offprint.read.html.charset;
