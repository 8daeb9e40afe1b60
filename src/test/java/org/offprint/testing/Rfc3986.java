package org.offprint.testing;

import java.util.regex.Pattern;

/** Whether a URL is an RFC 3986 URI-reference, checked apart from the code that repairs URLs. */
public final class Rfc3986 {
  /** RFC 3986 URI-reference, with the characters allowed in each part (no validation of the scheme's rules). */
  private static final Pattern RFC3986 = Pattern.compile(
      "^(?:[A-Za-z][A-Za-z0-9+.-]*:)?(?://(?:[A-Za-z0-9._~!$&'()*+,;=:%-]*@)?(?:\\[[0-9A-Fa-f:.v]+\\]|"
          + "[A-Za-z0-9._~!$&'()*+,;=%-]*)(?::[0-9]*)?)?[A-Za-z0-9._~!$&'()*+,;=:@%/-]*"
          + "(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*)?(?:#[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*)?$");
  private static final Pattern BAD_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

  private Rfc3986() {}

  /** {@return whether {@code url} is a URI-reference by RFC 3986, its percent signs each followed by two hex digits} */
  public static boolean matches(String url) {
    return RFC3986.matcher(url).matches() && !BAD_PERCENT.matcher(url).find();
  }
}
