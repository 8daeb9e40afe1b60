package org.offprint.read.html.dom;

import org.jsoup.nodes.Element;
import org.offprint.model.Diagnostics;

/**
 * Reports what the reader removed from a page and why, as INFO diagnostics, so that {@code offprint inspect
 * --explain} can show a user why a paragraph went missing.
 */
public final class Explain {
  private final String input;
  private final Diagnostics diagnostics;
  private final boolean enabled;

  public Explain(String input, Diagnostics diagnostics) {
    this.input = input;
    this.diagnostics = diagnostics;
    this.enabled = diagnostics != Diagnostics.IGNORE; // saves building hundreds of messages nobody reads
  }

  /** Reports that {@code e} was removed for {@code reason}. */
  public void removed(Element e, String reason) {
    if (enabled) diagnostics.info(input, "removed " + describe(e) + ": " + reason);
  }

  /** Reports, then removes, each element with its reason (the lists run in parallel). */
  public void removeAll(java.util.List<Element> doomed, java.util.List<String> reasons) {
    for (int i = 0; i < doomed.size(); i++) {
      removed(doomed.get(i), reasons.get(i));
      doomed.get(i).remove();
    }
  }

  /** Reports a decision that is not a removal. */
  public void note(String message) {
    if (enabled) diagnostics.info(input, message);
  }

  /** {@return a selector-like description such as {@code div#comments.comment-list} (first two classes)} */
  public static String describe(Element e) {
    StringBuilder sb = new StringBuilder(e.normalName());
    String id = e.id();
    if (!id.isEmpty()) sb.append('#').append(id);
    int n = 0;
    for (String c : e.classNames()) {
      if (c.isEmpty()) continue;
      if (n++ == 2) {
        sb.append("…");
        break;
      }
      sb.append('.').append(c);
    }
    return sb.toString();
  }
}
