package org.offprint.model;

import java.io.IOException;
import java.util.Optional;

/**
 * Gives writers the bytes behind a URI in the model, under the caller's policy (which folders may be read,
 * whether the network may be used). Writers never open files or URLs themselves.
 */
@FunctionalInterface
public interface ResourceResolver {
  /** A resolver that resolves nothing: every image is kept as its alt text. */
  ResourceResolver NONE = uri -> Optional.empty();

  /**
   * {@return the resource, or empty when policy forbids it or it does not exist (the resolver reports why to
   * its diagnostics)}
   *
   * @throws IOException when the resource exists and is allowed but cannot be read
   */
  Optional<Resource> resolve(String uri) throws IOException;
}
