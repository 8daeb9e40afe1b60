package org.offprint.write.markdown;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.offprint.model.Diagnostics;

/** The state of one {@code write} call: note numbers, reference-link labels and image targets. */
final class RenderContext {
  private final Map<String, Integer> notes = new HashMap<>();
  private final Map<List<String>, String> references;
  private final ImageTargets images;
  private final Diagnostics diagnostics;
  private final String input;
  private final Set<String> unknownNotes = new HashSet<>();

  RenderContext(Map<String, Integer> noteNumbers, boolean referenceLinks, ImageTargets images,
      Diagnostics diagnostics, String input) {
    this(noteNumbers, 0, referenceLinks ? new LinkedHashMap<>() : null, images, diagnostics, input);
  }

  /**
   * A context for one article of a book: its notes ({@link org.offprint.model.Document#noteNumbers()}) are
   * numbered from {@code firstNote + 1}, and the book's articles share reference labels (a null map writes links
   * inline) and image files.
   */
  RenderContext(Map<String, Integer> noteNumbers, int firstNote, Map<List<String>, String> references, ImageTargets images,
      Diagnostics diagnostics, String input) {
    noteNumbers.forEach((id, number) -> notes.put(id, firstNote + number));
    this.references = references;
    this.images = images;
    this.diagnostics = diagnostics;
    this.input = input;
  }

  ImageTargets images() {
    return images;
  }

  /** {@return the note's number, or 0 (reported once) when no footnote has that id} */
  int noteNumber(String id) {
    Integer n = notes.get(id);
    if (n == null) {
      if (unknownNotes.add(id)) diagnostics.warn(input, "note reference to unknown footnote '" + id + "' dropped");
      return 0;
    }
    return n;
  }

  /** {@return the label for a reference-style link, or null when links are written inline} */
  String referenceLabel(String href, String title) {
    if (references == null) return null;
    return references.computeIfAbsent(List.of(href, title), k -> String.valueOf(references.size() + 1));
  }

  /** {@return the reference definitions collected so far: (href, title) to label, in first-use order} */
  Map<List<String>, String> references() {
    return references == null ? Map.of() : references;
  }
}
