package org.offprint.model;

import java.util.Objects;

/**
 * The bytes of an image or other file a document refers to.
 *
 * @param uri the URI it was resolved from
 * @param mediaType the media type sniffed from the bytes (e.g. {@code image/png}), or {@code ""} if unknown
 * @param bytes the content; callers must not modify the array
 */
public record Resource(String uri, String mediaType, byte[] bytes) {
  public Resource {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(bytes, "bytes");
  }
}
