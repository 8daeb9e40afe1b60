package org.offprint.write.markdown;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The state of one {@code write} call: note numbers, reference-link labels and image targets. */
final class RenderContext {
  private final Map<String, Integer> notes = new HashMap<>();
  private final Map<List<String>, String> references;
  private final ImageTargets images;

  RenderContext(Map<String, Integer> noteNumbers, boolean referenceLinks, ImageTargets images) {
    this(noteNumbers, 0, referenceLinks ? new LinkedHashMap<>() : null, images);
  }

  /**
   * A context for one article of a book: its notes ({@link org.offprint.model.Document#noteNumbers()}) are
   * numbered from {@code firstNote + 1}, and the book's articles share reference labels (a null map writes links
   * inline) and image files.
   */
  RenderContext(Map<String, Integer> noteNumbers, int firstNote, Map<List<String>, String> references,
      ImageTargets images) {
    noteNumbers.forEach((id, number) -> notes.put(id, firstNote + number));
    this.references = references;
    this.images = images;
  }

  ImageTargets images() {
    return images;
  }

  /** {@return the note's number, or 0 when no footnote has that id (the transform stage drops such references)} */
  int noteNumber(String id) {
    return notes.getOrDefault(id, 0);
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
