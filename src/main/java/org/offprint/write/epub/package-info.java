/**
 * The EPUB writer: a small EPUB 3.3 packager of its own (OCF zip, package document, navigation document, an
 * EPUB 2 NCX, XHTML content documents from {@link org.offprint.write.html.XhtmlChapter}, the theme's CSS and fonts,
 * images and a cover), reproducible byte for byte and surfacing every I/O error.
 * {@link org.offprint.write.epub.EpubWriter} is the entry point.
 */
package org.offprint.write.epub;
