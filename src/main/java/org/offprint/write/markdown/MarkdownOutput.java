package org.offprint.write.markdown;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The one place that knows Markdown's surface rules: which characters to escape where, the line prefixes of
 * quotes, list items and footnotes, the blank lines between blocks, and hard wrapping. Renderers call it and
 * never glue Markdown strings together themselves (after commonmark-java's {@code MarkdownWriter}).
 *
 * <p>Escaping is deliberately generous: CommonMark accepts a backslash before any ASCII punctuation, so
 * escaping a character that would have been harmless costs readability, never correctness. The set below is the
 * one guarded by the 20,000-case round trip in the tests.
 *
 * <p>Not thread-safe; one instance per {@code write} call.
 */
final class MarkdownOutput {
  /** Escaped wherever they appear in text. */
  private static final String ALWAYS = "\\`*_[]|~^";
  /**
   * Escaped only as the first character of a line, where they would start a list, a heading, a quote or a
   * heading underline.
   */
  private static final String LINE_START = "-+=#>";

  private final StringBuilder out = new StringBuilder();
  private final Deque<Prefix> prefixes = new ArrayDeque<>();
  private final Deque<Boolean> tight = new ArrayDeque<>();
  private final int wrap;
  /** The first block of a container follows its marker directly, without a separator. */
  private boolean blockPending;
  private boolean atLineStart = true;
  private boolean pendingSpace;
  private boolean noWrap;
  private boolean inTable;
  private boolean inCaption;
  private boolean contentWritten;
  private int column;

  /** @param wrap the column to wrap text at, or 0 for no wrapping */
  MarkdownOutput(int wrap) {
    this.wrap = wrap;
  }

  // ---- blocks and prefixes ----

  /** Marks the end of a block: what comes next starts after a blank line (or a line end when tight). */
  void block() {
    endLine();
    // A block that wrote nothing (an empty paragraph) must not add a separator of its own.
    if (contentWritten) blockPending = true;
    contentWritten = false;
  }

  /** Starts a block's content, writing the separator the previous {@link #block()} asked for. */
  void startBlock() {
    if (blockPending && out.length() > 0) {
      if (!isTight()) {
        writePrefix(true);
        out.append('\n');
      }
    }
    blockPending = false;
  }

  /**
   * Pushes a line prefix: {@code first} goes on the container's first line (a list marker), {@code rest} on
   * every later one. The next block starts right after the marker.
   */
  void pushPrefix(String first, String rest) {
    startBlock();
    prefixes.addLast(new Prefix(first, rest));
    blockPending = false;
  }

  void popPrefix() {
    endLine();
    Prefix p = prefixes.peekLast();
    if (!p.used) {
      // An empty container (empty list item or quote) still needs its marker on a line of its own.
      writePrefix(false);
      trimTrailingSpaces();
      out.append('\n');
      contentWritten = true;
    }
    prefixes.removeLast();
  }

  void pushTight(boolean isTight) {
    tight.addLast(isTight);
  }

  void popTight() {
    tight.removeLast();
  }

  private boolean isTight() {
    return !tight.isEmpty() && tight.peekLast();
  }

  /** Turns wrapping off (headings, table cells) or back on. */
  void noWrap(boolean on) {
    noWrap = on;
  }

  /** Inside a GFM table row, pipes must be escaped even inside code spans. */
  void inTable(boolean on) {
    inTable = on;
  }

  /** In a table caption ({@code [caption]}) a pipe, even escaped, would make flexmark read a row: use an entity. */
  void inCaption(boolean on) {
    inCaption = on;
  }

  /** Ends the current line if anything was written on it. */
  void endLine() {
    if (!atLineStart) {
      trimTrailingSpaces();
      out.append('\n');
      atLineStart = true;
      pendingSpace = false;
      column = 0;
    }
  }

  /** Writes a forced line break inside a paragraph. */
  void hardBreak() {
    pendingSpace = false;
    raw("\\");
    endLine();
  }

  private void writePrefix(boolean blankLine) {
    int start = out.length();
    for (Prefix p : prefixes) {
      out.append(p.used ? p.rest : p.first);
      p.used = true;
    }
    if (blankLine) {
      while (out.length() > start && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
    }
    column = out.length() - start;
  }

  private void trimTrailingSpaces() {
    // Two trailing spaces would be a hard break; trailing spaces are never meaningful here.
    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
  }

  // ---- inline content ----

  /** Writes Markdown syntax as is (a delimiter, a link destination): it is never broken across lines. */
  void raw(String s) {
    startBlock();
    if (s.isEmpty()) return;
    beforeToken(s.length());
    out.append(s);
    column += s.length();
    atLineStart = false;
  }

  /**
   * Writes literal text, escaped so that it reads back as exactly this text. Whitespace runs become one space
   * (Markdown would fold them anyway); leading whitespace of a line is dropped (it would start code).
   */
  void text(String s) {
    startBlock();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        pendingSpace = !atLineStart;
        i++;
        continue;
      }
      int j = i;
      while (j < n && !isSpace(s.charAt(j))) j++;
      // A run's last character meets whatever Markdown comes next ("!" + "[link]" would be an image).
      word(s.substring(i, j), j == n);
      i = j;
    }
    if (n > 0 && isSpace(s.charAt(n - 1)) && !atLineStart) pendingSpace = true;
  }

  private void word(String w, boolean endOfRun) {
    boolean lineStart = beforeToken(escape(w, false, endOfRun).length());
    String escaped = escape(w, lineStart, endOfRun);
    out.append(escaped);
    column += escaped.length();
    atLineStart = false;
  }

  private String escape(String w, boolean lineStart, boolean endOfRun) {
    StringBuilder sb = new StringBuilder(w.length() + 4);
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      char next = k + 1 < w.length() ? w.charAt(k + 1) : endOfRun ? '[' : ' ';
      if (c == '|' && inCaption) {
        sb.append("&#124;");
        continue;
      }
      if (ALWAYS.indexOf(c) >= 0) {
        sb.append('\\');
      } else if (c == '&' && w.indexOf(';', k) > k) {
        // Only "&name;" or "&#12;" could be read as an entity, and an entity has no spaces.
        sb.append('\\');
      } else if (c == '!' && next == '[') {
        sb.append('\\');
      } else if (c == '<' && (Character.isLetter(next) || "/!?[".indexOf(next) >= 0)) {
        // Only "<" before a letter, "/", "!" or "?" can open a tag, comment or autolink.
        sb.append('\\');
      } else if (c == '#' && w.chars().allMatch(ch -> ch == '#')) {
        // A word of only "#" could close an ATX heading.
        sb.append('\\');
      } else if (lineStart && k == 0 && LINE_START.indexOf(c) >= 0) {
        sb.append('\\');
      } else if (c == ':' && lastChar(sb) == ']') {
        // "[^1]:" at a line start would define a footnote.
        sb.append('\\');
      } else if (lineStart && (c == '.' || c == ')') && k > 0 && allDigits(w, k)) {
        // "12." at a line start would start an ordered list.
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private char lastChar(StringBuilder current) {
    if (current.length() > 0) return current.charAt(current.length() - 1);
    return out.length() > 0 ? out.charAt(out.length() - 1) : '\n';
  }

  private static boolean allDigits(String w, int end) {
    for (int k = 0; k < end; k++) if (w.charAt(k) < '0' || w.charAt(k) > '9') return false;
    return true;
  }

  /**
   * Writes a pending space, or breaks the line there when the next token would pass the wrap column.
   *
   * @return true when the token starts a line
   */
  private boolean beforeToken(int length) {
    contentWritten = true;
    if (atLineStart) {
      writePrefix(false);
      atLineStart = false;
      pendingSpace = false;
      return true;
    }
    if (pendingSpace) {
      pendingSpace = false;
      if (wrap > 0 && !noWrap && column + 1 + length > wrap) {
        trimTrailingSpaces();
        out.append('\n');
        writePrefix(false);
        return true;
      }
      out.append(' ');
      column++;
    }
    return false;
  }

  /** {@return the last character written, {@code '\n'} at the start} */
  char lastChar() {
    if (pendingSpace) return ' ';
    return out.length() == 0 || atLineStart ? '\n' : out.charAt(out.length() - 1);
  }

  /** {@return how many characters were written so far} */
  int size() {
    return out.length();
  }

  /** {@return true when the next line starts a container (a list marker not written yet) or the document} */
  boolean atContainerStart() {
    if (out.length() == 0) return true;
    for (Prefix p : prefixes) if (!p.used) return true;
    return false;
  }

  /** {@return true when writing at the start of a line} */
  boolean atLineStart() {
    return atLineStart;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
  }

  /** {@return the first character {@link #text} would write for {@code s}} */
  static char firstWritten(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) return ' ';
      return ALWAYS.indexOf(c) >= 0 || LINE_START.indexOf(c) >= 0 ? '\\' : c;
    }
    return ' ';
  }

  // ---- constructs with their own escaping ----

  /** Writes a code span whose backtick fence is longer than any backtick run in {@code code}. */
  void codeSpan(String code) {
    String c = code.replace('\n', ' ').replace('\r', ' ');
    if (inTable) c = c.replace("|", "\\|");
    String fence = "`".repeat(longestRun(c, '`') + 1);
    boolean pad = c.startsWith("`") || c.endsWith("`")
        || (c.startsWith(" ") && c.endsWith(" ") && !c.isBlank());
    String body = pad ? " " + c + " " : c;
    raw(fence + body + fence);
  }

  /**
   * {@return a link destination that reads back as {@code url}, spaces percent-encoded (a raw space is not a
   * valid URL character, and older CommonMark parsers, flexmark among them, reject it even in {@code <...>})}
   */
  static String destination(String rawUrl) {
    String url = rawUrl.replace(" ", "%20");
    boolean plain = !url.isEmpty();
    int depth = 0;
    for (int i = 0; i < url.length() && plain; i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == '<' || c == '>' || c == '\\' || c == 0x7F) plain = false;
      else if (c == '(') depth++;
      else if (c == ')' && --depth < 0) plain = false;
    }
    if (plain && depth == 0) return url;
    StringBuilder sb = new StringBuilder("<");
    for (char c : url.toCharArray()) {
      if (c == '\n' || c == '\r') {
        sb.append("%0A");
        continue;
      }
      if (c == '<' || c == '>' || c == '\\') sb.append('\\');
      sb.append(c);
    }
    return sb.append('>').toString();
  }

  /** {@return a link title in double quotes, or {@code ""} when there is none} */
  static String title(String title) {
    if (title.isEmpty()) return "";
    StringBuilder sb = new StringBuilder(" \"");
    for (char c : title.toCharArray()) {
      if (c == '"' || c == '\\') sb.append('\\');
      sb.append(isSpace(c) ? ' ' : c);
    }
    return sb.append('"').toString();
  }

  /** Writes a fenced code block: the fence is longer than any run of the fence character in the code. */
  void codeBlock(String language, String code) {
    String lang = language.replaceAll("\\s+", "");
    char fenceChar = lang.indexOf('`') >= 0 ? '~' : '`';
    String fence = String.valueOf(fenceChar).repeat(Math.max(3, longestRun(code, fenceChar) + 1));
    contentWritten = true;
    raw(fence + lang);
    endLine();
    if (!code.isEmpty()) {
      for (String line : code.split("\n", -1)) {
        writePrefix(line.isEmpty());
        out.append(line);
        out.append('\n');
      }
    }
    writePrefix(false);
    out.append(fence).append('\n');
    atLineStart = true;
    column = 0;
  }

  static int longestRun(String s, char c) {
    int max = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == c ? run + 1 : 0;
      max = Math.max(max, run);
    }
    return max;
  }

  /** {@return everything written, ending with exactly one newline} */
  String result() {
    endLine();
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') end--;
    return out.substring(0, end) + "\n";
  }

  private static final class Prefix {
    final String first;
    final String rest;
    boolean used;

    Prefix(String first, String rest) {
      this.first = first;
      this.rest = rest;
    }
  }
}
