package org.offprint.write.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The operators of a stretch of a content stream that marked content must respect: the text-object brackets
 * {@code BT} and {@code ET}, and the text-showing operators ({@code Tj TJ ' "}). A small lexer that skips strings,
 * names, arrays and dictionaries, so that bytes inside a string are never taken for an operator.
 */
final class ContentOps {
  enum Kind { BEGIN_TEXT, END_TEXT, SHOW }

  /**
   * One operator with its operands, from {@code start} (its first operand, or itself) to {@code end} (after it
   * and the white space that follows).
   */
  record Op(Kind kind, int start, int end) {}

  private ContentOps() {}

  /** {@return the BT, ET and text-showing operators in {@code b[from, to)}, which starts between two tokens} */
  static List<Op> of(byte[] b, int from, int to) {
    List<Op> out = new ArrayList<>();
    int i = from;
    int operands = -1; // where the operands of the next operator start
    while (i < to) {
      int c = b[i] & 0xff;
      if (white(c)) {
        i++;
        continue;
      }
      if (operands < 0) operands = i;
      if (c == '%') {
        while (i < to && b[i] != '\n' && b[i] != '\r') i++;
      } else if (c == '(') {
        i = afterString(b, i, to);
      } else if (c == '<') {
        if (i + 1 < to && b[i + 1] == '<') {
          i += 2;
        } else {
          while (i < to && b[i] != '>') i++;
          i++;
        }
      } else if (c == '>') {
        i += i + 1 < to && b[i + 1] == '>' ? 2 : 1;
      } else if (c == '[' || c == ']' || c == '{' || c == '}' || c == ')') {
        i++;
      } else {
        int start = i;
        if (c == '/') i++;
        while (i < to && regular(b[i] & 0xff)) i++;
        if (c == '/' || c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) continue; // an operand
        Kind k = kind(b, start, i);
        int end = i;
        while (end < to && white(b[end] & 0xff)) end++;
        if (k != null) out.add(new Op(k, k == Kind.SHOW ? operands : start, end));
        operands = -1;
      }
    }
    return out;
  }

  private static Kind kind(byte[] b, int start, int end) {
    int n = end - start;
    if (n == 1 && (b[start] == '\'' || b[start] == '"')) return Kind.SHOW;
    if (n != 2) return null;
    char a = (char) b[start];
    char z = (char) b[start + 1];
    if (z == 'T' && a == 'B') return Kind.BEGIN_TEXT;
    if (z == 'T' && a == 'E') return Kind.END_TEXT;
    if (a == 'T' && (z == 'j' || z == 'J')) return Kind.SHOW;
    return null;
  }

  /** {@return the index after the literal string that starts at {@code i}: balanced parentheses, escapes} */
  private static int afterString(byte[] b, int i, int to) {
    int depth = 0;
    while (i < to) {
      byte c = b[i++];
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        break;
      }
    }
    return i;
  }

  private static boolean white(int c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
  }

  private static boolean regular(int c) {
    return !white(c) && "()<>[]{}/%".indexOf(c) < 0;
  }
}
