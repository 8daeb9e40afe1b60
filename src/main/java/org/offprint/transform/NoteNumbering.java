package org.offprint.transform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Footnote;

/**
 * Makes the footnotes' ids unique, so that a note's number is its place in {@link Document#footnotes()}
 * ({@link Document#noteNumbers()}, the one numbering every writer prints) and the model can be written as JSON and
 * read back. A note whose id an earlier note already has (a Markdown file that defines {@code [^a]} twice) keeps
 * its words under a fresh id, {@code ID-2}, {@code ID-3} …; references keep pointing at the first, as in
 * CommonMark, where the first definition wins. Reported as a warning.
 *
 * <p>Stateless and thread-safe.
 */
final class NoteNumbering implements Transform {
  @Override
  public Document apply(Document document, String input, Diagnostics diagnostics) {
    List<Footnote> notes = document.footnotes();
    Set<String> used = new HashSet<>();
    for (Footnote f : notes) used.add(f.id());
    if (used.size() == notes.size()) return document;
    Set<String> seen = new HashSet<>();
    List<Footnote> out = new ArrayList<>(notes.size());
    for (Footnote f : notes) {
      if (seen.add(f.id())) {
        out.add(f);
        continue;
      }
      String id = f.id();
      for (int n = 2; used.contains(id); n++) id = f.id() + "-" + n;
      used.add(id);
      seen.add(id);
      diagnostics.warn(input, "footnote '" + f.id() + "' is defined twice: references go to the first; the"
          + " second is kept as note " + (out.size() + 1) + ", which nothing refers to");
      out.add(new Footnote(id, f.content()));
    }
    return new Document(document.metadata(), document.blocks(), out);
  }
}
