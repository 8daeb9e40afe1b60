package org.offprint.write.text;

import java.util.List;
import java.util.Map;
import org.offprint.model.Code;
import org.offprint.model.Emphasis;
import org.offprint.model.Image;
import org.offprint.model.Inline;
import org.offprint.model.InlineVisitor;
import org.offprint.model.LineBreak;
import org.offprint.model.Link;
import org.offprint.model.NoteRef;
import org.offprint.model.Strikethrough;
import org.offprint.model.Strong;
import org.offprint.model.Subscript;
import org.offprint.model.Superscript;
import org.offprint.model.Text;

/** Turns inlines into plain text: formatting dropped, notes as {@code [n]}, links numbered when listed. */
final class InlineText implements InlineVisitor<String> {
  private static final String DIGITS = "0123456789+-=()n";
  private static final String SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ";
  private static final String SUB = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₙ";

  private final Map<String, Integer> notes;
  private final List<String> links;
  private final int linkOffset;

  /** @param links where link URLs are collected, or null to leave links as their text */
  InlineText(Map<String, Integer> notes, List<String> links, int linkOffset) {
    this.notes = notes;
    this.links = links;
    this.linkOffset = linkOffset;
  }

  String of(List<Inline> inlines) {
    StringBuilder sb = new StringBuilder();
    for (Inline i : inlines) sb.append(i.accept(this));
    return sb.toString();
  }

  @Override
  public String text(Text t) {
    return t.text().replace('\n', ' ');
  }

  @Override
  public String emphasis(Emphasis e) {
    return of(e.content());
  }

  @Override
  public String strong(Strong s) {
    return of(s.content());
  }

  @Override
  public String code(Code c) {
    return c.code();
  }

  @Override
  public String link(Link l) {
    String text = of(l.content());
    if (links == null || l.href().startsWith("#") || l.href().isEmpty()) return text;
    int n = links.indexOf(l.href());
    if (n < 0) {
      links.add(l.href());
      n = links.size() - 1;
    }
    return text + " [" + (linkOffset + n + 1) + "]";
  }

  @Override
  public String image(Image i) {
    return i.alt();
  }

  @Override
  public String lineBreak(LineBreak b) {
    return "\n";
  }

  @Override
  public String superscript(Superscript s) {
    return script(of(s.content()), SUPER, "^");
  }

  @Override
  public String subscript(Subscript s) {
    return script(of(s.content()), SUB, "_");
  }

  /** Digits and signs have Unicode super/subscript forms ("m²", "H₂O"); other text is marked with a caret. */
  private static String script(String s, String forms, String mark) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      int k = DIGITS.indexOf(c);
      if (k < 0) return mark + (s.length() > 1 ? "(" + s + ")" : s);
      sb.append(forms.charAt(k));
    }
    return sb.toString();
  }

  @Override
  public String strikethrough(Strikethrough s) {
    return of(s.content());
  }

  @Override
  public String noteRef(NoteRef r) {
    Integer n = notes.get(r.id());
    return n == null ? "" : "[" + n + "]";
  }
}
