package org.offprint.read.html.extract;

import java.util.ArrayList;
import java.util.List;
import org.offprint.model.Block;
import org.offprint.model.Paragraph;
import org.offprint.model.Rule;
import org.offprint.read.html.dom.Explain;

/**
 * Paragraphs without a letter or a digit, which editors and page builders leave between the article's blocks. A
 * drawn line or a dinkus ({@code * * *}, {@code ⁂}, {@code ___}, {@code ~~~}) is a thematic break: it becomes a
 * {@link Rule}, and so is printed as one by every writer. A short one that is neither (a white {@code .} that
 * keeps an empty line open, a lone {@code -}, a close button's {@code ×}) is no part of the text: it goes. One rule
 * stands for several in a row, and none opens the body. Signs that say something stay: an emoji, an ellipsis or
 * brackets ({@code […]}, words left out).
 */
final class Spacers {
  /** Characters a dinkus or a drawn line is made of. */
  private static final String BREAK_MARKS = "*⁂•·◆◇~#_-—–=";
  /** Characters up to which a paragraph without letters or digits is a spacer. */
  private static final int SPACER = 3;

  private Spacers() {}

  static List<Block> tidy(List<Block> blocks, Explain explain) {
    List<Block> out = null; // made at the first change
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      Block now = b instanceof Paragraph p ? replacement(p) : b;
      if (now instanceof Rule && (out == null ? i == 0 || blocks.get(i - 1) instanceof Rule
          : out.isEmpty() || out.get(out.size() - 1) instanceof Rule)) {
        now = null; // a rule after a rule, or before anything
      }
      if (now != b && out == null) out = new ArrayList<>(blocks.subList(0, i));
      if (now != b) {
        String was = b instanceof Paragraph p ? p.text() : "a rule";
        explain.note(now == null ? "removed a spacer line or a rule after a rule: " + was
            : "a line of marks is a thematic break: " + was);
      }
      if (out != null && now != null) out.add(now);
    }
    return out == null ? blocks : out;
  }

  /** {@return {@code p} itself, a {@link Rule} for a dinkus or drawn line, or null for a spacer} */
  private static Block replacement(Paragraph p) {
    if (p.textLength() > 24) return p; // the cheap test first: every paragraph of the body passes here
    String text = p.text().strip();
    if (text.isEmpty()) return p;
    int marks = 0;
    int visible = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) return p;
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) continue;
      visible++;
      if (BREAK_MARKS.indexOf(c) >= 0) {
        marks++;
        continue;
      }
      int type = Character.getType(c);
      // an emoji or another sign says something; brackets and an ellipsis mark words left out ("[…]")
      boolean spacer = type == Character.DASH_PUNCTUATION || type == Character.CONNECTOR_PUNCTUATION
          || type == Character.OTHER_PUNCTUATION && c != '…' || type == Character.MATH_SYMBOL
          || type == Character.MODIFIER_SYMBOL || type == Character.INITIAL_QUOTE_PUNCTUATION
          || type == Character.FINAL_QUOTE_PUNCTUATION;
      if (!spacer) return p;
    }
    if (marks == visible && (visible >= 3 || text.equals("⁂") || text.equals("*"))) return new Rule();
    return visible <= SPACER ? null : p;
  }
}
