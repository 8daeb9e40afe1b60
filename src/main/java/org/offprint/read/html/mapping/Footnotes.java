package org.offprint.read.html.mapping;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.offprint.read.html.cues.Vocabulary;
import org.offprint.read.html.dom.Explain;
import org.offprint.read.html.dom.Walk;

/**
 * Finds footnotes in the common CMS patterns: a short reference link ({@code <sup><a href="#fn1">1</a></sup>},
 * {@code a.footnote-ref}, {@code role=doc-noteref}) pointing at an element with that id, usually a list item of
 * {@code ol.footnotes} or a paragraph in a notes section. The notes are taken out of the article so that they do
 * not repeat in the body.
 */
public final class Footnotes {
  // parsed once (jsoup parses a query string on every call); tag queries are Walk.tags, a set lookup
  private static final Evaluator ANCHOR_LINKS = QueryParser.parse("a[href^=#]");
  private static final Evaluator LINKS = Walk.tags("a");
  private static final Evaluator SUP = Walk.tags("sup");

  private static final Pattern NOTE_HREF =
      Pattern.compile("#(?:fn|footnote|note|cite_note|ftn|endnote|en|_ftn|_edn|ref)[-_:]?\\w*.*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LABEL = Pattern.compile("\\[?\\(?[0-9ivxlcdm*†‡§a-z]{1,4}\\)?\\]?", Pattern.CASE_INSENSITIVE);
  private static final Pattern BACKLINK_HREF = Pattern.compile("#(?:fnref|ref|cite_ref|_ftnref|_ednref).*",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> NOTE_BLOCKS = Set.of("li", "p", "div", "dd", "aside", "section", "td");

  private final Map<Element, String> refs = new IdentityHashMap<>();
  private final Map<String, Element> notes = new LinkedHashMap<>();

  static final Footnotes NONE = new Footnotes();

  private Footnotes() {}

  /** Finds the notes that links in {@code article} refer to, and detaches them from the page. */
  public static Footnotes find(Element article, Document page, Explain explain) {
    Footnotes f = new Footnotes();
    for (Element a : Walk.all(article, ANCHOR_LINKS)) {
      String href = a.attr("href");
      String id = href.substring(1);
      if (id.isEmpty() || !isRef(a, href)) continue;
      Element target = page.getElementById(id);
      if (target == null || isAncestor(target, a)) continue;
      Element note = noteBlock(target);
      if (note == null || isAncestor(note, a)) continue;
      f.refs.put(a, id);
      f.notes.putIfAbsent(id, note);
    }
    for (Element note : f.notes.values()) {
      for (Element back : Walk.all(note, LINKS)) {
        if (isBacklink(back)) back.remove();
      }
      Element container = note.parent();
      note.remove();
      // drop the emptied notes list and its heading
      while (container != null && container != article && container.text().isBlank()
          && container.parent() != null) {
        Element up = container.parent();
        container.remove();
        container = up;
      }
    }
    if (!f.notes.isEmpty()) explain.note("footnotes: " + f.notes.size() + " found and moved out of the body");
    return f;
  }

  private static boolean isRef(Element a, String href) {
    String text = a.text().trim();
    if (text.isEmpty() || text.length() > 6 || !LABEL.matcher(text).matches()) return false;
    String cls = Vocabulary.classAndId(a) + " " + a.attr("rel").toLowerCase(Locale.ROOT);
    if (a.attr("role").equals("doc-noteref") || cls.contains("footnote") || cls.contains("noteref")
        || cls.contains("fn-ref")) {
      return true;
    }
    Element p = a.parent();
    boolean inSup = p != null && p.normalName().equals("sup") || Walk.first(a, SUP) != null;
    return inSup || NOTE_HREF.matcher(href).matches();
  }

  private static Element noteBlock(Element target) {
    for (Element e = target; e != null; e = e.parent()) {
      String tag = e.normalName();
      if (tag.equals("body") || tag.equals("ol") || tag.equals("ul")) return null;
      if (NOTE_BLOCKS.contains(tag) && !e.text().isBlank()) {
        return e.text().length() > 3000 ? null : e; // a whole section is not one note
      }
    }
    return null;
  }

  private static boolean isBacklink(Element a) {
    String t = a.text().trim();
    return a.attr("role").equals("doc-backlink") || a.className().contains("backref")
        || a.className().contains("footnote-back") || BACKLINK_HREF.matcher(a.attr("href")).matches()
        || t.equals("↩") || t.equals("↩︎") || t.equals("^") || t.equals("↑");
  }

  private static boolean isAncestor(Element a, Element e) {
    for (Element p = e; p != null; p = p.parent()) if (p == a) return true;
    return false;
  }

  /** {@return the footnote id {@code a} refers to, or null when it is not a note reference} */
  String idFor(Element a) {
    return refs.get(a);
  }

  /** {@return the notes in order of first reference, by id} */
  public Map<String, Element> notes() {
    return notes;
  }
}
