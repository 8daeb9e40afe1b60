package org.offprint.read.html.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.offprint.read.html.cues.Vocabulary;
import org.offprint.read.html.dom.Walk;

/**
 * Keeps photo credits with their figures. A credit is marked up the way bylines and chrome are ({@code
 * <span class="credit">}, {@code <p class="photo-byline">}, {@code <footer>}, {@code itemprop=author}), so the
 * later stages that remove bylines and chrome would take it out of the caption. Inside a figure, such an element
 * belongs to the image: this stage, run before any removal, turns it into a plain element marked {@link #MARK},
 * which {@link BlockMapper} adds to the figure's caption.
 *
 * <p>Where: a {@code <figure>} that holds an image and its {@code <figcaption>}, caption wrappers that hold an
 * image (WordPress {@code wp-caption}), and right after an image (or a block that holds only an image), where
 * only names the {@link Vocabulary} reads as a caption or byline ({@code credit}, {@code author},
 * {@code byline}...) count. What: an element without images whose class or id holds a credit word as a whole
 * token (class and id names are split on {@code -}, {@code _}, camelCase and digits), whose itemprop names an
 * author or copyright holder, or a {@code <footer>}; at most 200 characters of text.
 */
public final class FigureCredits {
  /** The attribute that marks a credit kept with its figure. */
  static final String MARK = "data-offprint-credit";

  // tag queries: one set lookup of the tag per element (Walk.tags)
  private static final Evaluator IMAGES = Walk.tags("img", "picture");
  private static final Set<String> CREDIT_WORDS = Set.of("credit", "credits", "byline", "author", "copyright",
      "photographer", "attribution", "courtesy", "source", "fotograf", "bildnachweis", "quelle", "autor", "auteur");
  private static final Set<String> CREDIT_ITEMPROPS = Set.of("author", "creator", "copyrightholder",
      "copyrightnotice", "credittext");
  private static final int MAX_TEXT = 200;

  private FigureCredits() {}

  /** Marks the credits of the figures under {@code root}, in place. */
  public static void keep(Element root) {
    // the elements that hold an image (or are one), found from the images up: the scopes and the "after an
    // image" places are among them or beside them, so the vocabulary is asked only there
    Set<Element> holders = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Element> inOrder = new ArrayList<>(); // the holders as found, for an order that does not vary by run
    for (Element img : Walk.all(root, IMAGES)) {
      for (Element p = img; p != null && holders.add(p) && p != root; p = p.parent()) {
        inOrder.add(p); // each ancestor once: a second image stops where the first one's path began
      }
    }
    if (holders.contains(root)) inOrder.add(root);
    if (holders.isEmpty()) return; // no image, no credit to keep with one
    // only the holders, the figcaptions in them and the element after each can be a scope or an "after an image"
    // place: asked about directly instead of in a walk over every element of the page
    Set<Element> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Element> candidates = new ArrayList<>();
    for (Element h : inOrder) {
      if (seen.add(h)) candidates.add(h);
      for (int i = 0, n = h.childNodeSize(); i < n; i++) {
        if (h.childNode(i) instanceof Element c && c.normalName().equals("figcaption") && seen.add(c)) candidates.add(c);
      }
      Element next = h == root ? null : h.nextElementSibling();
      if (next != null && seen.add(next)) candidates.add(next);
    }
    Set<Element> credits = new LinkedHashSet<>(); // a figcaption's credits are also its figure's
    for (Element e : candidates) {
      String tag = e.normalName();
      if (!tag.equals("figure") && !tag.equals("figcaption") && e.attributesSize() == 0) continue;
      if (isScope(e, tag, holders)) {
        for (Node n = Walk.following(e, e); n != null; n = Walk.following(n, e)) { // no list of the elements
          if (n instanceof Element c && isCredit(c)) credits.add(c);
        }
      } else if (afterImage(e, holders) && mayBeCredit(e, tag) && isCredit(e)) {
        credits.add(e); // <img><p class="photo-credit">
      }
    }
    for (Element e : credits) mark(e);
  }

  // the vocabulary's remembered verdicts ("credit" is a caption and a byline word) before the names are split
  private static boolean mayBeCredit(Element e, String tag) {
    return tag.equals("footer") || Vocabulary.isCaption(e) || Vocabulary.isByline(e);
  }

  // a figure of a quotation or a code sample has no photo to credit: its <footer> is an attribution
  private static boolean isScope(Element e, String tag, Set<Element> holders) {
    if (tag.equals("figure")) return holders.contains(e);
    if (tag.equals("figcaption")) return e.parent() != null && holders.contains(e.parent());
    return holders.contains(e) && Vocabulary.isCaption(e) && !isCredit(e);
  }

  /** {@return whether the element before {@code e} is an image, or a block that holds only an image} */
  private static boolean afterImage(Element e, Set<Element> holders) {
    Element before = e.previousElementSibling();
    if (before == null || !holders.contains(before)) return false;
    String tag = before.normalName();
    if (tag.equals("img") || tag.equals("picture")) return true;
    return Walk.elementChildren(before, 3) <= 2 && !before.hasText();
  }

  /** {@return whether {@code e} is a short credit: its name, itemprop or tag says so, and it holds no image} */
  static boolean isCredit(Element e) {
    boolean named = e.normalName().equals("footer") || CREDIT_ITEMPROPS.contains(
        e.attr("itemprop").toLowerCase(Locale.ROOT)) || hasCreditWord(e.className()) || hasCreditWord(e.id());
    if (!named || Walk.first(e, IMAGES) != null) return false;
    String text = e.text();
    return !text.isBlank() && text.length() <= MAX_TEXT;
  }

  /** {@return whether the class or id holds a credit word as a whole token} */
  static boolean hasCreditWord(String classOrId) {
    int start = -1; // where the current token began
    for (int i = 0, n = classOrId.length(); i <= n; i++) {
      int type = i < n ? Character.getType(classOrId.charAt(i)) : Character.UNASSIGNED;
      boolean letter = Character.isLetter(i < n ? classOrId.charAt(i) : ' ');
      // a token ends before a character that is no letter, and between a lower-case and an upper-case letter
      boolean camel = type == Character.UPPERCASE_LETTER && i > 0
          && Character.getType(classOrId.charAt(i - 1)) == Character.LOWERCASE_LETTER;
      if (start >= 0 && (!letter || camel)) {
        if (i - start >= 4 && CREDIT_WORDS.contains(classOrId.substring(start, i).toLowerCase(Locale.ROOT))) {
          return true;
        }
        start = -1;
      }
      if (letter && start < 0) start = i;
    }
    return false;
  }

  // the names that made it look like a byline or chrome go; a space keeps it from gluing to the caption's last word
  private static void mark(Element e) {
    e.removeAttr("class").removeAttr("id").removeAttr("itemprop").removeAttr("rel").removeAttr("role");
    if (e.normalName().equals("footer")) e.tagName("div");
    e.attr(MARK, "");
    Node before = e.previousSibling();
    if (before instanceof TextNode t && !t.getWholeText().isEmpty()
        && !Character.isWhitespace(t.getWholeText().charAt(t.getWholeText().length() - 1))) {
      e.before(new TextNode(" "));
    } else if (before instanceof Element b && !e.isBlock() && b.hasText()) {
      e.before(new TextNode(" "));
    }
  }
}
