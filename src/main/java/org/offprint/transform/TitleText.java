package org.offprint.transform;

import java.util.regex.Pattern;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Metadata;

/**
 * Puts the title and the subtitle on one line each: runs of spaces, tabs and line breaks become one space, and
 * white space at either end goes. A reader gives them as the page, the front matter or the JSON had them; a
 * title with a line break would end a Markdown heading early and set two lines in the text output.
 *
 * <p>Before this step the Markdown, text, HTML and EPUB writers each trimmed the title and the PDF writer did not,
 * so a title of spaces was "Untitled" in the PDF and nothing elsewhere; it is now empty for every writer.
 *
 * <p>Stateless and thread-safe.
 */
final class TitleText implements Transform {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  @Override
  public Document apply(Document document, String input, Diagnostics diagnostics) {
    Metadata m = document.metadata();
    String title = oneLine(m.title());
    String subtitle = oneLine(m.subtitle());
    if (title.equals(m.title()) && subtitle.equals(m.subtitle())) return document;
    return document.withMetadata(m.toBuilder().title(title).subtitle(subtitle).build());
  }

  static String oneLine(String s) {
    // most titles have single spaces only, which the pattern would copy as they are
    return (hasSpaceRun(s) ? SPACES.matcher(s).replaceAll(" ") : s).strip();
  }

  /** {@return whether {@link #SPACES} finds more in {@code s} than single plain spaces: a tab, a line break, two spaces} */
  static boolean hasSpaceRun(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' ? i + 1 < s.length() && s.charAt(i + 1) == ' ' : c >= '\t' && c <= '\r') return true;
    }
    return false;
  }
}
