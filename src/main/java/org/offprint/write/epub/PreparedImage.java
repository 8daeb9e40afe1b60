package org.offprint.write.epub;

import java.util.Objects;

/**
 * Image bytes ready to go into a book, in a format EPUB 3 reading systems must support.
 *
 * @param mediaType one of the EPUB 3 core image media types
 * @param width width in pixels, or 0 when unknown (SVG, WebP)
 * @param height height in pixels, or 0 when unknown
 */
record PreparedImage(String mediaType, byte[] bytes, int width, int height) {
  PreparedImage {
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(bytes, "bytes");
  }
}
