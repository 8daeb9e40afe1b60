package org.offprint.write.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.offprint.model.Block;
import org.offprint.model.Document;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.ListBlock;
import org.offprint.model.Quote;

/**
 * The ids of one rendered document, assigned before rendering so that links may point forward: headings get
 * unique ASCII ids (fragments in the EPUB nav must be plain), footnotes {@code fn-N}, note references
 * {@code fnref-N}. Heading ids are handed out in the order the renderer meets headings (body, then footnotes).
 */
final class Anchors {
  private final List<String> headingIds = new ArrayList<>();
  private final Map<String, String> targets = new HashMap<>();
  private final Map<String, Integer> noteNumbers;
  private final Map<Integer, Integer> refsSeen = new HashMap<>();
  private int nextHeading;
  private final String prefix;

  Anchors(Document document) {
    this(document, "");
  }

  /** Ids for one article among several on a page: every id starts with {@code prefix} (e.g. {@code a3-}). */
  Anchors(Document document, String prefix) {
    this.prefix = prefix;
    Set<String> used = new HashSet<>(Set.of("notes", "title", "main"));
    List<Heading> headings = new ArrayList<>();
    collect(document.blocks(), headings);
    for (Footnote f : document.footnotes()) collect(f.content(), headings);
    for (Heading h : headings) {
      String base = sanitize(h.id());
      if (base.isEmpty()) base = sanitize(h.text().toLowerCase(Locale.ROOT));
      if (base.isEmpty()) base = "section";
      String id = base;
      for (int n = 2; !used.add(id); n++) id = base + "-" + n;
      headingIds.add(prefix + id);
      if (!h.id().isEmpty()) targets.putIfAbsent(h.id(), id);
    }
    noteNumbers = document.noteNumbers();
    noteNumbers.forEach((id, number) -> targets.putIfAbsent(id, footnoteId(number)));
  }

  private static void collect(List<Block> blocks, List<Heading> out) {
    for (Block b : blocks) {
      if (b instanceof Heading h) out.add(h);
      else if (b instanceof Quote q) collect(q.content(), out);
      else if (b instanceof ListBlock l) for (ListBlock.Item item : l.items()) collect(item.content(), out);
    }
  }

  /**
   * {@return an id made of ASCII letters, digits, {@code -} and {@code _}, starting with a letter, or ""} The
   * footnote prefixes are reserved so a heading can never take a note's id.
   */
  static String sanitize(String raw) {
    StringBuilder sb = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < raw.length() && sb.length() < 64; i++) {
      char c = raw.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
        if (dash && sb.length() > 0) sb.append('-');
        sb.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    String s = sb.toString();
    if (s.isEmpty()) return s;
    if (!Character.isLetter(s.charAt(0)) || s.startsWith("fn")) s = "h-" + s;
    return s;
  }

  /** {@return the id of the next heading, in rendering order} */
  String nextHeadingId() {
    return nextHeading < headingIds.size() ? headingIds.get(nextHeading++) : "section-x" + nextHeading++;
  }

  /** {@return the id an in-document link {@code #fragment} should point to, or null when there is none} */
  String target(String fragment) {
    return targets.get(fragment);
  }

  /** {@return the number of the footnote with this id (1-based), or 0 when there is none} */
  int noteNumber(String footnoteId) {
    return noteNumbers.getOrDefault(footnoteId, 0);
  }

  String footnoteId(int number) {
    return prefix + "fn-" + number;
  }

  String firstRefId(int number) {
    return prefix + "fnref-" + number;
  }

  /** {@return a fresh id for a reference to note {@code number}; the first is {@link #firstRefId}} */
  String nextRefId(int number) {
    int seen = refsSeen.merge(number, 1, Integer::sum);
    return seen == 1 ? firstRefId(number) : firstRefId(number) + "-" + seen;
  }

  /** {@return whether note {@code number} was referred to (valid once rendering passed all references)} */
  boolean referenced(int number) {
    return refsSeen.containsKey(number);
  }
}
