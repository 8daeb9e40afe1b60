package org.offprint.read.html.mapping;

import java.util.ArrayList;
import java.util.List;
import org.offprint.model.Code;
import org.offprint.model.Inline;
import org.offprint.model.LineBreak;
import org.offprint.model.Text;

/**
 * Tidies a run of inlines built from markup: joins adjacent text, collapses spaces across element boundaries,
 * trims the run's ends and the spaces around line breaks, and drops empty wrappers.
 */
final class Inlines {
  private Inlines() {}

  /** {@return the tidy form of {@code in}} */
  static List<Inline> tidy(List<Inline> in) {
    boolean[] space = {true}; // at the start, a space is redundant
    List<Inline> out = collapse(in, space);
    trimEnd(out);
    return out;
  }

  private static List<Inline> collapse(List<Inline> in, boolean[] space) {
    List<Inline> out = new ArrayList<>();
    for (Inline i : in) {
      if (i instanceof Text t) {
        String s = t.text();
        if (space[0] && s.startsWith(" ")) s = s.substring(1);
        if (s.isEmpty()) continue;
        space[0] = s.endsWith(" ");
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text prev) {
          out.set(out.size() - 1, new Text(prev.text() + s));
        } else {
          out.add(new Text(s));
        }
      } else if (i instanceof LineBreak) {
        trimEnd(out);
        out.add(i);
        space[0] = true;
      } else if (i instanceof Code c) {
        if (c.code().isBlank()) continue;
        out.add(c);
        space[0] = false;
      } else if (Inline.children(i) == null) {
        out.add(i); // an image or a note reference
        space[0] = false;
      } else {
        List<Inline> c = collapse(Inline.children(i), space);
        if (!c.isEmpty()) out.add(Inline.withChildren(i, c));
      }
    }
    return out;
  }

  // Removes trailing spaces (and line breaks) at the end of a run, descending into its last wrapper.
  private static void trimEnd(List<Inline> out) {
    while (!out.isEmpty()) {
      int last = out.size() - 1;
      Inline i = out.get(last);
      if (i instanceof LineBreak) {
        out.remove(last);
      } else if (i instanceof Text t) {
        String s = t.text().stripTrailing();
        if (s.isEmpty()) {
          out.remove(last);
          continue;
        }
        out.set(last, new Text(s));
        return;
      } else {
        return; // a trailing space inside a wrapper is harmless for every writer
      }
    }
  }
}
