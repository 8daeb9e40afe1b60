package org.offprint.write.text;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Owns the layout of plain text: line prefixes (list markers, quote indentation) and the blank lines between
 * blocks. Not thread-safe; one instance per {@code write} call.
 */
final class TextOutput {
  private final StringBuilder out = new StringBuilder();
  private final Deque<String[]> prefixes = new ArrayDeque<>();
  private int compact;
  private boolean pendingBlank;
  private boolean atLineStart = true;

  /** Ends a block: the next one starts after a blank line, or a line end inside lists. */
  void block() {
    endLine();
    // Decided now: a list that starts after this block still gets its blank line.
    if (out.length() > 0 && compact == 0) pendingBlank = true;
  }

  /** Inside lists, blocks follow each other without blank lines. */
  void compact(boolean on) {
    compact += on ? 1 : -1;
  }

  void pushPrefix(String first, String rest) {
    endLine();
    prefixes.addLast(new String[] {first, rest, "unused"});
  }

  void popPrefix() {
    String[] p = prefixes.peekLast();
    if (p[2].equals("unused")) {
      // An empty item still shows its marker.
      startLine();
      out.append(p[0].stripTrailing());
      atLineStart = false;
    }
    endLine();
    prefixes.removeLast();
  }

  /**
   * Writes text; newlines in it start new lines with the current prefix. Soft hyphens (a page's hyphenation
   * points) are left out: invisible where text is laid out, they would split words for search, grep and diff.
   */
  void write(String s) {
    if (s.indexOf('\u00AD') >= 0) s = s.replace("\u00AD", "");
    String[] lines = s.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) newLine();
      if (lines[i].isEmpty()) continue;
      startLine();
      out.append(lines[i]);
    }
  }

  /** Starts a new line inside the current block. */
  void newLine() {
    if (atLineStart) {
      startLine();
      // An empty line inside an indented block keeps no trailing spaces.
      while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
    }
    out.append('\n');
    atLineStart = true;
  }

  void endLine() {
    if (!atLineStart) {
      while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
      out.append('\n');
      atLineStart = true;
    }
  }

  private void startLine() {
    if (!atLineStart) return;
    if (pendingBlank) {
      out.append(prefix(true).stripTrailing()).append('\n');
      pendingBlank = false;
    }
    out.append(prefix(false));
    atLineStart = false;
  }

  private String prefix(boolean blank) {
    StringBuilder sb = new StringBuilder();
    for (String[] p : prefixes) {
      if (p[2].equals("unused") && !blank) {
        sb.append(p[0]);
        p[2] = "used";
      } else {
        sb.append(p[1]);
      }
    }
    return sb.toString();
  }

  String result() {
    endLine();
    String s = out.toString().stripTrailing();
    return s.isEmpty() ? "" : s + "\n";
  }
}
