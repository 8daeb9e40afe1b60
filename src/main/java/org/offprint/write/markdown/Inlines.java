package org.offprint.write.markdown;

import java.util.ArrayList;
import java.util.List;
import org.offprint.model.Code;
import org.offprint.model.Emphasis;
import org.offprint.model.Image;
import org.offprint.model.Inline;
import org.offprint.model.LineBreak;
import org.offprint.model.Link;
import org.offprint.model.NoteRef;
import org.offprint.model.Strikethrough;
import org.offprint.model.Strong;
import org.offprint.model.Subscript;
import org.offprint.model.Superscript;
import org.offprint.model.Text;

/**
 * Prepares inline lists for Markdown: merges adjacent text, drops empty spans and moves spaces at the edges of
 * emphasis, links and code spans out of them ({@code * a*} would not be emphasis, and a space that only
 * emphasis or a link held would be lost, gluing the words around it). Also predicts the characters a rendered inline starts
 * and ends with, which the emphasis rules depend on.
 */
final class Inlines {
  private Inlines() {}

  /** {@return a cleaned copy of {@code in}} */
  static List<Inline> clean(List<Inline> in) {
    return clean(in, false);
  }

  /** Links cannot nest in Markdown: inside a link, a link is replaced by its content. */
  private static List<Inline> clean(List<Inline> in, boolean inLink) {
    List<Inline> out = new ArrayList<>();
    for (Inline i : in) {
      if (i instanceof Text t) {
        addText(out, t.text());
      } else if (i instanceof Emphasis e) {
        hoist(out, clean(e.content(), inLink), Emphasis::new);
      } else if (i instanceof Strong s) {
        hoist(out, clean(s.content(), inLink), Strong::new);
      } else if (i instanceof Strikethrough s) {
        hoist(out, clean(s.content(), inLink), Strikethrough::new);
      } else if (i instanceof Superscript s) {
        List<Inline> c = clean(s.content(), inLink);
        if (!c.isEmpty()) out.add(new Superscript(c));
      } else if (i instanceof Subscript s) {
        List<Inline> c = clean(s.content(), inLink);
        if (!c.isEmpty()) out.add(new Subscript(c));
      } else if (i instanceof Link l) {
        List<Inline> c = clean(l.content(), true);
        if (inLink) {
          for (Inline x : c) {
            if (x instanceof Text t) addText(out, t.text());
            else out.add(x);
          }
        } else {
          hoist(out, c, content -> new Link(l.href(), l.title(), content), true);
        }
      } else if (i instanceof Code c) {
        // Adjacent code spans would merge their backtick fences: they are one span.
        if (c.code().isEmpty()) continue;
        String code = c.code();
        if (code.isBlank()) {
          addText(out, code);
          continue;
        }
        int from = 0;
        int to = code.length();
        while (MarkdownOutput.isSpace(code.charAt(from))) from++;
        while (MarkdownOutput.isSpace(code.charAt(to - 1))) to--;
        addText(out, code.substring(0, from));
        if (from == 0 && !out.isEmpty() && out.get(out.size() - 1) instanceof Code prev) {
          out.set(out.size() - 1, new Code(prev.code() + code.substring(from, to)));
        } else {
          out.add(new Code(code.substring(from, to)));
        }
        addText(out, code.substring(to));
      } else {
        out.add(i);
      }
    }
    return out;
  }

  private static void addText(List<Inline> out, String s) {
    if (s.isEmpty()) return;
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text prev) {
      out.set(out.size() - 1, new Text(prev.text() + s));
    } else {
      out.add(new Text(s));
    }
  }

  private static void hoist(List<Inline> out, List<Inline> content, java.util.function.Function<List<Inline>, Inline> wrap) {
    hoist(out, content, wrap, false);
  }

  /** Moves the spaces at both edges of {@code content} out of its wrapper; {@code keepEmpty} keeps a bare link. */
  private static void hoist(List<Inline> out, List<Inline> content, java.util.function.Function<List<Inline>, Inline> wrap,
      boolean keepEmpty) {
    List<Inline> c = new ArrayList<>(content);
    String lead = "";
    String trail = "";
    if (!c.isEmpty() && c.get(0) instanceof Text t) {
      String s = t.text();
      int k = 0;
      while (k < s.length() && MarkdownOutput.isSpace(s.charAt(k))) k++;
      lead = s.substring(0, k);
      if (k == s.length()) c.remove(0);
      else c.set(0, new Text(s.substring(k)));
    }
    if (!c.isEmpty() && c.get(c.size() - 1) instanceof Text t) {
      String s = t.text();
      int k = s.length();
      while (k > 0 && MarkdownOutput.isSpace(s.charAt(k - 1))) k--;
      trail = s.substring(k);
      if (k == 0) c.remove(c.size() - 1);
      else c.set(c.size() - 1, new Text(s.substring(0, k)));
    }
    addText(out, lead);
    if (!c.isEmpty() || keepEmpty) out.add(wrap.apply(c));
    addText(out, trail);
  }

  /** {@return the first character the rendered inline will probably start with} */
  static char first(Inline i) {
    if (i instanceof Text t) return MarkdownOutput.firstWritten(t.text());
    if (i instanceof Emphasis || i instanceof Strong) return '*';
    if (i instanceof Strikethrough) return '~';
    if (i instanceof Superscript || i instanceof Subscript) return '<';
    if (i instanceof Code) return '`';
    if (i instanceof Image) return '!';
    if (i instanceof LineBreak) return '\\';
    if (i instanceof Link || i instanceof NoteRef) return '[';
    return ' ';
  }

  /** {@return the last character the rendered inline will probably end with} */
  static char last(Inline i) {
    if (i instanceof Text t) {
      String s = t.text();
      if (s.isEmpty()) return ' ';
      char c = s.charAt(s.length() - 1);
      return MarkdownOutput.isSpace(c) ? ' ' : c;
    }
    if (i instanceof Emphasis || i instanceof Strong) return '*';
    if (i instanceof Strikethrough) return '~';
    if (i instanceof Superscript || i instanceof Subscript) return '>';
    if (i instanceof Code) return '`';
    if (i instanceof Image || i instanceof Link) return ')';
    if (i instanceof NoteRef) return ']';
    return '\n';
  }

  /** Unicode whitespace as CommonMark defines it. */
  static boolean whitespace(char c) {
    return c == '\n' || c == '\t' || c == '\r' || c == '\f' || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /** ASCII punctuation or a Unicode punctuation character, as CommonMark's flanking rules use it. */
  static boolean punctuation(char c) {
    if (c < 128) return c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }
}
