package org.offprint.write.epub;

/**
 * An image file of the book, ready to be zipped.
 *
 * @param id the manifest id
 * @param path the path relative to the package document, e.g. {@code images/image-1.png}
 * @param mediaType the image's media type
 * @param width the width in pixels (0 for SVG)
 * @param height the height in pixels (0 for SVG)
 * @param content the zip entry's content: in memory, or spilled to a temporary file in a large book
 */
record ImageItem(String id, String path, String mediaType, int width, int height, ZipWriter.Content content) {}
