package org.offprint.write.epub;

/**
 * An image file of the book.
 *
 * @param id the manifest id
 * @param path the path relative to the package document, e.g. {@code images/image-1.png}
 */
record ImageItem(String id, String path, PreparedImage image) {}
