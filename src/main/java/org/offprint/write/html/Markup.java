package org.offprint.write.html;

/**
 * Appends well-formed markup that both XML and HTML5 parsers read the same way: every non-void element is closed
 * explicitly, void elements are written {@code <br/>}, text and attributes go through {@link Xml}.
 */
final class Markup {
  private final StringBuilder sb;

  Markup(StringBuilder sb) {
    this.sb = sb;
  }

  /** Opens {@code tag} with attributes given as name, value pairs; a pair whose value is null is skipped. */
  Markup open(String tag, String... attrs) {
    sb.append('<').append(tag);
    attributes(attrs);
    sb.append('>');
    return this;
  }

  /** Writes a void element such as {@code <br/>}. */
  Markup empty(String tag, String... attrs) {
    sb.append('<').append(tag);
    attributes(attrs);
    sb.append("/>");
    return this;
  }

  Markup close(String tag) {
    sb.append("</").append(tag).append('>');
    return this;
  }

  /** Writes {@code <tag attrs>text</tag>}. */
  Markup element(String tag, String text, String... attrs) {
    return open(tag, attrs).text(text).close(tag);
  }

  Markup text(String s) {
    sb.append(Xml.text(s));
    return this;
  }

  Markup raw(String s) {
    sb.append(s);
    return this;
  }

  Markup nl() {
    sb.append('\n');
    return this;
  }

  private void attributes(String[] attrs) {
    if (attrs.length % 2 != 0) throw new IllegalArgumentException("attributes come in name, value pairs");
    for (int i = 0; i < attrs.length; i += 2) {
      if (attrs[i + 1] == null) continue;
      sb.append(' ').append(attrs[i]).append("=\"").append(Xml.attr(attrs[i + 1])).append('"');
    }
  }
}
