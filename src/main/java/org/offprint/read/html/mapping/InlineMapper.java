package org.offprint.read.html.mapping;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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
import org.offprint.read.html.dom.TextStats;
import org.offprint.read.html.dom.Whitespace;

/**
 * Maps inline markup to model inlines. Block elements met inside inline content (a {@code <div>} in a link) are
 * set apart by spaces so that their words are never glued to their neighbours'.
 */
public final class InlineMapper {
  private final Urls urls;
  private final Footnotes notes;

  public InlineMapper(Urls urls, Footnotes notes) {
    this.urls = urls;
    this.notes = notes;
  }

  /** {@return the untidied inlines of {@code e}'s children} */
  List<Inline> children(Element e) {
    List<Inline> out = new ArrayList<>();
    for (Node n : e.childNodes()) node(n, out);
    return out;
  }

  /** Appends the inlines of {@code n} to {@code out}. */
  void node(Node n, List<Inline> out) {
    if (n instanceof TextNode t) {
      String s = Whitespace.nfc(Whitespace.collapseText(t.getWholeText()));
      if (!s.isEmpty()) out.add(new Text(s));
      return;
    }
    if (!(n instanceof Element e)) return;
    String tag = e.normalName();
    switch (tag) {
      case "em":
      case "i":
      case "cite":
      case "dfn":
      case "var":
        out.add(new Emphasis(children(e)));
        return;
      case "strong":
      case "b":
        out.add(new Strong(children(e)));
        return;
      case "code":
      case "kbd":
      case "samp":
      case "tt":
        String code = Whitespace.collapse(e.wholeText());
        if (!code.isBlank()) out.add(new Code(code.trim()));
        return;
      case "sup":
        List<Inline> sup = children(e);
        if (sup.size() == 1 && sup.get(0) instanceof NoteRef) out.add(sup.get(0));
        else out.add(new Superscript(sup));
        return;
      case "sub":
        out.add(new Subscript(children(e)));
        return;
      case "s":
      case "del":
      case "strike":
        out.add(new Strikethrough(children(e)));
        return;
      case "br":
        out.add(new LineBreak());
        return;
      case "img":
        Image img = image(e);
        if (img != null) out.add(img);
        return;
      case "a":
        link(e, out);
        return;
      case "wbr":
        return;
      case "math":
        out.addAll(MathText.of(e));
        return;
      default:
        boolean block = TextStats.BLOCKS.contains(tag);
        if (block) out.add(new Text(" "));
        out.addAll(children(e));
        if (block) out.add(new Text(" "));
    }
  }

  private void link(Element a, List<Inline> out) {
    String note = notes.idFor(a);
    if (note != null) {
      out.add(new NoteRef(note));
      return;
    }
    String href = a.attr("href").trim();
    List<Inline> content = children(a);
    if (href.isEmpty() || Urls.isScript(href) || href.startsWith("#")) {
      out.addAll(content); // the link goes nowhere a reader can follow; its words stay
      return;
    }
    out.add(new Link(urls.link(href), a.attr("title").trim(), content));
  }

  /** {@return the model image of {@code img}, or null when it has no usable source} */
  Image image(Element img) {
    String src = ImageSources.best(img, urls.imagesBesidePage());
    if (src.isEmpty()) return null;
    return new Image(urls.image(src), Whitespace.collapse(img.attr("alt")).trim(),
        Whitespace.collapse(img.attr("title")).trim());
  }
}
