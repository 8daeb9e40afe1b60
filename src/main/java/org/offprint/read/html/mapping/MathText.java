package org.offprint.read.html.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.offprint.model.Inline;
import org.offprint.model.LineBreak;
import org.offprint.model.Subscript;
import org.offprint.model.Superscript;
import org.offprint.model.Text;
import org.offprint.read.html.dom.Whitespace;

/**
 * Writes a MathML formula ({@code <math>}, as MathJax, KaTeX and hand-written pages carry it) as linear text
 * that every writer can show: exponents and indices as superscripts and subscripts, a fraction as
 * {@code (a)/(b)}, a root as {@code √(x)}, relations and operators set apart by spaces, a table's rows on lines
 * of their own. {@code x = (−b ± √(b² − 4ac))/(2a)} reads as the formula does; the TeX annotation that a
 * {@code <semantics>} element may carry is not shown. A formula with no MathML content falls back to its
 * {@code alttext}.
 */
final class MathText {
  /** Operators that stand between two operands with a space on each side ("a = b", not "a=b"). */
  private static final Set<String> SPACED = Set.of(
      "=", "+", "-", "−", "±", "∓", "×", "÷", "·", "⋅", "≠", "≈", "≡", "≤", "≥", "<", ">", "≪", "≫", "∼", "≃", "≅",
      "→", "←", "↔", "⇒", "⇐", "⇔", "↦", "∈", "∉", "⊂", "⊆", "⊃", "⊇", "∪", "∩", "∧", "∨", "∝", "|", "∣");

  private static final Set<String> CLOSING = Set.of(")", "]", "}", "|", "‖", "⟩", "⌋", "⌉");

  /** Accents set over a letter ({@code <mover accent="true">}), as the combining marks that draw them. */
  private static final Map<String, String> ACCENTS = Map.of(
      "˙", "\u0307", "¨", "\u0308", "^", "\u0302", "ˆ", "\u0302", "~", "\u0303", "˜", "\u0303", "¯", "\u0304",
      "→", "\u20D7", "⃗", "\u20D7", "ˇ", "\u030C");

  private MathText() {}

  /** {@return the inlines of the formula {@code math}} */
  static List<Inline> of(Element math) {
    List<Inline> out = new ArrayList<>();
    children(math, out);
    if (out.isEmpty() && !math.attr("alttext").isBlank()) out.add(new Text(Whitespace.collapse(math.attr("alttext"))));
    return out;
  }

  private static void children(Element e, List<Inline> out) {
    for (Node n : e.childNodes()) {
      if (n instanceof Element c) element(c, out);
    }
  }

  private static void element(Element e, List<Inline> out) {
    List<Element> args = e.children();
    switch (e.normalName()) {
      case "mi", "mn", "mtext", "ms" -> token(e, out);
      case "mo" -> operator(e, out);
      case "mspace" -> out.add(new Text(" "));
      case "msup" -> script(args, 1, -1, out);
      case "mover" -> {
        String accent = args.size() == 2 ? ACCENTS.get(Whitespace.collapse(args.get(1).text()).trim()) : null;
        if (accent != null && args.get(0).text().trim().codePointCount(0, args.get(0).text().trim().length()) == 1) {
          out.add(new Text(args.get(0).text().trim() + accent)); // ẋ, B⃗
        } else {
          script(args, 1, -1, out);
        }
      }
      case "msub", "munder" -> script(args, -1, 1, out);
      case "msubsup", "munderover" -> script(args, 2, 1, out);
      case "mfrac" -> {
        if (args.size() != 2) {
          children(e, out);
          return;
        }
        grouped(args.get(0), out);
        out.add(new Text("/"));
        grouped(args.get(1), out);
      }
      case "msqrt" -> {
        out.add(new Text("√"));
        grouped(e, out);
      }
      case "mroot" -> {
        if (args.size() != 2) {
          children(e, out);
          return;
        }
        out.add(new Superscript(inlines(args.get(1))));
        out.add(new Text("√"));
        grouped(args.get(0), out);
      }
      case "mfenced" -> fenced(e, out);
      case "mtable" -> table(e, out);
      case "semantics" -> {
        if (!args.isEmpty()) element(args.get(0), out); // the presentation, not its annotations
      }
      case "annotation", "annotation-xml", "none", "mprescripts", "maligngroup", "malignmark" -> { }
      default -> children(e, out); // mrow, mstyle, mpadded, mphantom's kin, unknown tags: their content
    }
  }

  private static void token(Element e, List<Inline> out) {
    String t = Whitespace.collapse(e.text()).trim();
    if (!t.isEmpty()) out.add(new Text(t));
  }

  private static void operator(Element e, List<Inline> out) {
    String t = Whitespace.collapse(e.text()).trim();
    if (t.isEmpty()) return;
    Element before = e.previousElementSibling();
    boolean unary = before == null // "−b", "= −b", but "f(x) = y"
        || before.normalName().equals("mo") && !CLOSING.contains(Whitespace.collapse(before.text()).trim());
    out.add(new Text(SPACED.contains(t) && !unary ? " " + t + " " : t));
  }

  /** A base with a superscript at {@code sup} and a subscript at {@code sub} (index into the arguments, or -1). */
  private static void script(List<Element> args, int sup, int sub, List<Inline> out) {
    if (args.isEmpty()) return;
    element(args.get(0), out);
    if (sub > 0 && sub < args.size()) out.add(new Subscript(inlines(args.get(sub))));
    if (sup > 0 && sup < args.size()) out.add(new Superscript(inlines(args.get(sup))));
  }

  /** {@code e}'s inlines, in parentheses when it is more than one token (a fraction's terms, a root's radicand). */
  private static void grouped(Element e, List<Inline> out) {
    List<Inline> in = new ArrayList<>();
    if (e.normalName().equals("msqrt")) children(e, in);
    else element(e, in);
    boolean simple = in.size() == 1 && in.get(0) instanceof Text t && t.text().strip().codePointCount(0,
        t.text().strip().length()) <= 3 && !t.text().strip().contains(" ");
    simple |= isOneGroup(Inline.plainText(in).strip()); // "(1 − q)" needs no second pair
    if (!simple) out.add(new Text("("));
    out.addAll(in);
    if (!simple) out.add(new Text(")"));
  }

  /** {@return whether {@code s} is one parenthesised group: its opening parenthesis closes at its very end} */
  private static boolean isOneGroup(String s) {
    if (s.length() < 2 || s.charAt(0) != '(' || s.charAt(s.length() - 1) != ')') return false;
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') depth++;
      else if (c == ')' && --depth == 0 && i < s.length() - 1) return false;
    }
    return depth == 0;
  }

  private static void fenced(Element e, List<Inline> out) {
    String open = e.hasAttr("open") ? e.attr("open") : "(";
    String close = e.hasAttr("close") ? e.attr("close") : ")";
    String separators = e.hasAttr("separators") ? e.attr("separators").replace(" ", "") : ",";
    out.add(new Text(open));
    List<Element> args = e.children();
    for (int i = 0; i < args.size(); i++) {
      if (i > 0 && !separators.isEmpty()) {
        out.add(new Text(separators.charAt(Math.min(i - 1, separators.length() - 1)) + " "));
      }
      element(args.get(i), out);
    }
    out.add(new Text(close));
  }

  private static void table(Element e, List<Inline> out) {
    boolean first = true;
    for (Element row : e.children()) {
      if (!first) out.add(new LineBreak());
      first = false;
      boolean firstCell = true;
      for (Element cell : row.children()) {
        if (!firstCell) out.add(new Text("  "));
        firstCell = false;
        children(cell, out);
      }
    }
  }

  private static List<Inline> inlines(Element e) {
    List<Inline> out = new ArrayList<>();
    element(e, out);
    return out;
  }
}
