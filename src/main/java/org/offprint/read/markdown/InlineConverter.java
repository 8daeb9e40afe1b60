package org.offprint.read.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offprint.model.Inline;
import org.offprint.model.LineBreak;
import org.offprint.model.NoteRef;
import org.offprint.model.Strong;
import org.offprint.model.Subscript;
import org.offprint.model.Superscript;
import org.offprint.model.Nesting;

/**
 * Converts flexmark inline nodes to model inlines. Inline HTML that has a model counterpart ({@code <sup>},
 * {@code <sub>}, {@code <em>}, {@code <strong>}, {@code <del>}, {@code <br>}) is paired up and converted; other
 * tags are dropped and their content kept.
 */
final class InlineConverter {
  private static final Pattern TAG = Pattern.compile("^<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>$");

  private final Document document;
  private final boolean inTable;
  /** How many inlines the children being converted sit in. */
  private int depth;

  InlineConverter(Document document, boolean inTable) {
    this.document = document;
    this.inTable = inTable;
  }

  /** {@return the model inlines for the children of {@code parent}, whitespace folded, text runs merged} */
  List<Inline> children(Node parent) {
    if (depth >= Nesting.MAX_INLINE_DEPTH) {
      String text = textOf(parent);
      return text.isEmpty() ? List.of() : List.of(new org.offprint.model.Text(text));
    }
    depth++;
    try {
      return convertChildren(parent);
    } finally {
      depth--;
    }
  }

  /**
   * {@return the words under {@code n}, one space between blocks and line breaks, without recursion} For what
   * lies deeper than {@link Nesting} keeps.
   */
  static String textOf(Node n) {
    StringBuilder sb = new StringBuilder();
    for (Node d : n.getDescendants()) {
      if (d instanceof Text || d instanceof HtmlEntity) sb.append(d.getChars().unescape());
      else if (!d.hasChildren() || d instanceof com.vladsch.flexmark.util.ast.Block) sb.append(' ');
    }
    return sb.toString().replaceAll("\\s+", " ").strip();
  }

  private List<Inline> convertChildren(Node parent) {
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(""));
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof HtmlInline html) {
        tag(html.getChars().toString(), stack);
      } else {
        convert(n, stack.peek().content);
      }
    }
    while (stack.size() > 1) {
      // An unclosed tag: keep its content, lose the formatting.
      Frame f = stack.pop();
      stack.peek().content.addAll(f.content);
    }
    return merge(stack.peek().content);
  }

  private void tag(String raw, Deque<Frame> stack) {
    Matcher m = TAG.matcher(raw.strip());
    if (!m.matches()) return;
    String name = m.group(2).toLowerCase(Locale.ROOT);
    boolean closing = !m.group(1).isEmpty();
    if (name.equals("br")) {
      stack.peek().content.add(new LineBreak());
      return;
    }
    if (!List.of("sup", "sub", "em", "i", "strong", "b", "del", "s", "strike").contains(name)) return;
    if (!closing) {
      if (stack.size() + depth > Nesting.MAX_INLINE_DEPTH) return; // too deep: the content stays, unformatted
      stack.push(new Frame(name));
      return;
    }
    if (stack.size() > 1 && stack.peek().tag.equals(name)) {
      Frame f = stack.pop();
      List<Inline> c = merge(f.content);
      Inline wrapped = switch (name) {
        case "sup" -> new Superscript(c);
        case "sub" -> new Subscript(c);
        case "em", "i" -> new org.offprint.model.Emphasis(c);
        case "strong", "b" -> new Strong(c);
        default -> new org.offprint.model.Strikethrough(c);
      };
      stack.peek().content.add(wrapped);
    }
  }

  private void convert(Node n, List<Inline> out) {
    if (n instanceof Text || n instanceof HtmlEntity) {
      out.add(new org.offprint.model.Text(n.getChars().unescape()));
    } else if (n instanceof SoftLineBreak) {
      out.add(new org.offprint.model.Text(" "));
    } else if (n instanceof HardLineBreak) {
      out.add(new LineBreak());
    } else if (n instanceof Emphasis) {
      out.add(new org.offprint.model.Emphasis(children(n)));
    } else if (n instanceof StrongEmphasis) {
      out.add(new Strong(children(n)));
    } else if (n instanceof Strikethrough) {
      out.add(new org.offprint.model.Strikethrough(children(n)));
    } else if (n instanceof Code code) {
      out.add(new org.offprint.model.Code(codeText(code.getText().toString())));
    } else if (n instanceof Link link) {
      out.add(new org.offprint.model.Link(link.getUrl().unescape(), link.getTitle().unescape(), children(n)));
    } else if (n instanceof LinkRef ref) {
      Reference r = ref.getReferenceNode(document);
      if (r == null) out.add(new org.offprint.model.Text(n.getChars().unescape()));
      else out.add(new org.offprint.model.Link(r.getUrl().unescape(), r.getTitle().unescape(), children(n)));
    } else if (n instanceof Image img) {
      out.add(new org.offprint.model.Image(img.getUrl().unescape(), plain(children(n)), img.getTitle().unescape()));
    } else if (n instanceof ImageRef ref) {
      Reference r = ref.getReferenceNode(document);
      if (r != null) {
        out.add(new org.offprint.model.Image(r.getUrl().unescape(), plain(children(n)), r.getTitle().unescape()));
      }
    } else if (n instanceof AutoLink a) {
      String url = a.getText().toString();
      out.add(new org.offprint.model.Link(url, "", List.of(new org.offprint.model.Text(url))));
    } else if (n instanceof MailLink m) {
      String addr = m.getText().toString();
      out.add(new org.offprint.model.Link("mailto:" + addr, "", List.of(new org.offprint.model.Text(addr))));
    } else if (n instanceof Footnote f) {
      out.add(new NoteRef(MarkdownReader.noteId(f.getText().toString())));
    } else if (n instanceof HtmlInlineComment) {
      // Comments are not content.
    } else if (n.hasChildren()) {
      out.addAll(children(n));
    } else {
      out.add(new org.offprint.model.Text(n.getChars().unescape()));
    }
  }

  /** CommonMark code span content: line ends become spaces, one space is stripped from each side. */
  private String codeText(String raw) {
    String s = raw.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    if (inTable) s = s.replace("\\|", "|");
    if (s.length() >= 2 && s.startsWith(" ") && s.endsWith(" ") && !s.isBlank()) s = s.substring(1, s.length() - 1);
    return s;
  }

  private static String plain(List<Inline> inlines) {
    return Inline.plainText(inlines);
  }

  /** Merges adjacent text runs and folds whitespace runs to one space. */
  static List<Inline> merge(List<Inline> in) {
    List<Inline> out = new ArrayList<>();
    for (Inline i : in) {
      if (i instanceof org.offprint.model.Text t) {
        String s = t.text().replaceAll("[ \\t\\n\\r\\f]+", " ");
        if (s.isEmpty()) continue;
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof org.offprint.model.Text prev) {
          String joined = prev.text() + s;
          out.set(out.size() - 1, new org.offprint.model.Text(joined.replace("  ", " ")));
        } else {
          out.add(new org.offprint.model.Text(s));
        }
      } else {
        out.add(i);
      }
    }
    return out;
  }

  private static final class Frame {
    final String tag;
    final List<Inline> content = new ArrayList<>();

    Frame(String tag) {
      this.tag = tag;
    }
  }
}
