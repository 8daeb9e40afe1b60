package org.offprint.transform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Footnote;
import org.offprint.model.Inline;
import org.offprint.model.NoteRef;

/**
 * Makes the notes and their references agree, so that a note's number is its place in
 * {@link Document#footnotes()} ({@link Document#noteNumbers()}, the one numbering every writer prints) and the
 * model can be written as JSON and read back:
 *
 * <ul>
 *   <li>a note whose id an earlier note already has (a Markdown file that defines {@code [^a]} twice) keeps its
 *       words under a fresh id, {@code ID-2}, {@code ID-3} …; references keep pointing at the first, as in
 *       CommonMark, where the first definition wins;
 *   <li>a reference to no note is dropped (every writer printed nothing for it; only the Markdown writer said so).
 * </ul>
 *
 * Both are reported as warnings, once per id.
 *
 * <p>Stateless and thread-safe.
 */
final class NoteNumbering implements Transform {
  @Override
  public Document apply(Document document, String input, Diagnostics diagnostics) {
    return withoutDanglingRefs(withUniqueIds(document, input, diagnostics), input, diagnostics);
  }

  private static Document withUniqueIds(Document document, String input, Diagnostics diagnostics) {
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

  private static Document withoutDanglingRefs(Document document, String input, Diagnostics diagnostics) {
    Set<String> ids = document.noteNumbers().keySet();
    Set<String> dangling = new LinkedHashSet<>();
    Document out = Inlines.map(document, inlines -> {
      List<Inline> kept = null; // made at the first dangling reference: most lists come back as they are
      for (int k = 0; k < inlines.size(); k++) {
        Inline i = inlines.get(k);
        if (i instanceof NoteRef r && !ids.contains(r.id())) {
          dangling.add(r.id());
          if (kept == null) kept = new ArrayList<>(inlines.subList(0, k));
        } else if (kept != null) {
          kept.add(i);
        }
      }
      return kept == null ? inlines : kept;
    });
    if (dangling.isEmpty()) return document;
    for (String id : dangling) diagnostics.warn(input, "note reference to unknown footnote '" + id + "' dropped");
    return out;
  }
}
