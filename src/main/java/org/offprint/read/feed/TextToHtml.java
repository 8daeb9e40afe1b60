package org.offprint.read.feed;

/** Plain text as HTML paragraphs, split at blank lines, escaped. */
final class TextToHtml {
  private TextToHtml() {}

  static String paragraphs(String text) {
    StringBuilder sb = new StringBuilder();
    for (String p : text.strip().split("\\R\\s*\\R")) {
      if (p.isBlank()) continue;
      sb.append("<p>").append(escape(p.strip())).append("</p>\n");
    }
    return sb.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
