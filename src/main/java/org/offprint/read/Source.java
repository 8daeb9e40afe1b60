package org.offprint.read;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * The bytes of one input and what is known about them before reading.
 *
 * @param name how messages name this input: a path as the user gave it, a URL, or {@code -}
 * @param bytes the raw content; readers must not modify the array
 * @param location where the input lives ({@code file:} or {@code http(s):}); relative image references resolve
 *     against it
 * @param baseUrl overrides the URL that relative links resolve against (the {@code --base-url} option)
 * @param charset a charset the user forced ({@code --charset}), which beats every declaration
 * @param headerCharset the charset from an HTTP {@code Content-Type} header, which beats in-document declarations
 */
public record Source(
    String name,
    byte[] bytes,
    Optional<URI> location,
    Optional<URI> baseUrl,
    Optional<Charset> charset,
    Optional<Charset> headerCharset) {

  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(headerCharset, "headerCharset");
  }

  /** {@return a source with only a name and bytes} */
  public static Source of(String name, byte[] bytes) {
    return new Source(name, bytes, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** {@return a copy located at {@code uri}} */
  public Source withLocation(URI uri) {
    return new Source(name, bytes, Optional.of(uri), baseUrl, charset, headerCharset);
  }

  /** {@return a copy whose links resolve against {@code uri}} */
  public Source withBaseUrl(URI uri) {
    return new Source(name, bytes, location, Optional.of(uri), charset, headerCharset);
  }

  /** {@return a copy decoded with {@code cs}, whatever the input declares} */
  public Source withCharset(Charset cs) {
    return new Source(name, bytes, location, baseUrl, Optional.of(cs), headerCharset);
  }

  /** {@return a copy with the charset an HTTP header declared} */
  public Source withHeaderCharset(Charset cs) {
    return new Source(name, bytes, location, baseUrl, charset, Optional.of(cs));
  }
}
