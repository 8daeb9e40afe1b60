/**
 * The HTML writer: a standalone HTML5 file with the theme's CSS inlined ({@link org.offprint.write.html.HtmlWriter}),
 * and the XHTML content documents the EPUB writer packs ({@link org.offprint.write.html.XhtmlChapter}). Both share
 * one body renderer and one CSS generator ({@link org.offprint.write.html.ThemeCss}). No script is ever written.
 */
package org.offprint.write.html;
