package org.offprint.read.html.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.offprint.read.Dates;
import org.offprint.read.html.dom.Explain;
import org.offprint.read.html.dom.Walk;
import org.offprint.read.html.dom.Whitespace;
import org.offprint.read.html.metadata.MetaText;

/**
 * Finds reader discussions by their shape, not their names: a run of sibling items of one kind, each dated and
 * signed (an avatar, a reply link, or "X says:"), as comment systems and forums print them. Below an article they
 * are comments, and go with the heading that announces them ("3 Responses"). When the page holds little prose
 * besides them (a forum thread, whose posts are its content), they stay.
 */
public final class Discussions {
  private Discussions() {}

  private static final Evaluator P = Walk.tags("p");

  /** A reply or quote link, in the languages of the pages: the mark of a comment or a forum post. */
  private static final Pattern REPLY = Pattern.compile(
      "\\s*(?:reply|reply to [\\p{L} .'-]{1,40}|antworten|antwort|beantworten|zitieren|quote|répondre|repondre"
          + "|responder|rispondi|odpowiedz|ответить|返信|답글)\\s*[↓→»]?\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** "Anna says:", "Anna sagt:": a comment's signature line. */
  private static final Pattern SAYS = Pattern.compile(
      "\\b(?:says|said|sagt|schreibt|meint|dit|dice|diz|pisze|пишет)\\s*:", Pattern.CASE_INSENSITIVE);

  /** Items of one kind a discussion needs at least. */
  private static final int MIN_ITEMS = 2;
  /** Characters of paragraph text outside a discussion from which the page has an article of its own. */
  private static final int ARTICLE_PROSE = 200;

  /** Removes the discussions under {@code root} that follow an article, reporting each one. */
  public static void remove(Element root, Explain explain) {
    List<Element> found = new ArrayList<>();
    Node n = Walk.following(root, root);
    while (n != null) {
      if (n instanceof Element e && Walk.elementChildren(e, MIN_ITEMS) >= MIN_ITEMS && isDiscussion(e)) {
        found.add(e);
        n = Walk.after(e, root);
        continue;
      }
      n = Walk.following(n, root);
    }
    if (found.isEmpty()) return;
    int prose = paragraphText(root);
    for (Element list : found) {
      if (prose - paragraphText(list) < ARTICLE_PROSE) { // the discussion is the page: a forum thread
        for (Element item : Walk.childElements(list)) if (isPost(item)) keepMessageOnly(item, explain);
        continue;
      }
      Element heading = list.previousElementSibling();
      if (heading != null && isAnnouncement(heading)) {
        explain.removed(heading, "heading of a discussion");
        heading.remove();
      }
      explain.removed(list, "discussion (dated, signed items of one kind)");
      list.remove();
    }
  }

  /** Elements a comment or a forum post is printed as. */
  private static final java.util.Set<String> ITEMS = java.util.Set.of("li", "div", "article", "section");
  /** Items of a kind that are looked at: enough to tell a discussion, few enough to stay cheap. */
  private static final int SAMPLE = 5;

  // Most of the element's children, and at least two, are items of one kind (tag and class) that read as posts.
  private static boolean isDiscussion(Element e) {
    int candidates = 0; // counted first, without allocating: most elements hold no two items
    for (int i = 0, size = e.childNodeSize(); i < size; i++) {
      if (e.childNode(i) instanceof Element c && ITEMS.contains(c.normalName()) && Walk.elementChildren(c, 1) > 0
          && ++candidates >= MIN_ITEMS) {
        break;
      }
    }
    if (candidates < MIN_ITEMS) return false;
    Map<Kind, List<Element>> kinds = null;
    int items = 0;
    for (int i = 0, size = e.childNodeSize(); i < size; i++) { // no list of the children per container
      if (!(e.childNode(i) instanceof Element c) || !ITEMS.contains(c.normalName())
          || Walk.elementChildren(c, 1) == 0) {
        continue;
      }
      items++;
      if (kinds == null) kinds = new HashMap<>();
      kinds.computeIfAbsent(new Kind(c.normalName(), c.className()), k -> new ArrayList<>()).add(c);
    }
    if (kinds == null || items < MIN_ITEMS) return false;
    for (List<Element> kind : kinds.values()) {
      if (kind.size() < MIN_ITEMS || kind.size() < 0.6 * items) continue;
      int looked = Math.min(kind.size(), SAMPLE);
      int posts = 0;
      for (int i = 0; i < looked; i++) if (isPost(kind.get(i))) posts++;
      if (posts >= MIN_ITEMS && posts >= 0.6 * looked) return true;
    }
    return false;
  }

  /**
   * Items of one kind have the same tag and class: a key without a joined string per item (a class, not a record,
   * whose equals would be linked at run time on the first page a command reads).
   */
  private static final class Kind {
    private final String tag;
    private final String className;

    Kind(String tag, String className) {
      this.tag = tag;
      this.className = className;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Kind k && k.tag.equals(tag) && k.className.equals(className);
    }

    @Override
    public int hashCode() {
      return 31 * tag.hashCode() + className.hashCode();
    }
  }

  /** A dated, signed block of text: a comment or a forum post. */
  private static boolean isPost(Element item) {
    // one walk for the cheap signs: an avatar, a <time>, a reply link, how much of the text is links
    boolean avatar = false;
    boolean time = false;
    boolean reply = false;
    int links = 0;
    for (Node n = Walk.following(item, item); n != null; n = Walk.following(n, item)) {
      if (!(n instanceof Element el)) continue;
      switch (el.normalName()) {
        case "img" -> avatar |= isAvatar(el);
        case "time" -> time = true;
        case "a" -> {
          String t = el.text();
          links += Whitespace.visibleLength(t);
          reply |= t.length() <= 40 && REPLY.matcher(t).matches();
        }
        default -> { }
      }
    }
    // the start of the text first: most items are no post, and the text of a big one costs a walk and a copy
    String head = MetaText.leadingText(item, 300);
    // SAYS ends in a colon: a head without one is spared the pattern's search from every position
    if (!avatar && !reply && (head.indexOf(':') < 0
        || !SAYS.matcher(head.length() > 300 ? head.substring(0, 300) : head).find())) {
      return false;
    }
    String text = item.text();
    int length = Whitespace.visibleLength(text);
    if (length < 30 || links > 0.5 * length) return false; // a teaser: a dated headline link
    return time || Dates.inText(text.length() > 400 ? text.substring(0, 400) : text).isPresent();
  }

  /** An image drawn at most 100 pixels wide: a commenter's picture, not a photo. */
  private static boolean isAvatar(Element img) {
    String w = img.attr("width").trim();
    if (w.isEmpty() || w.length() > 3) return false;
    for (int i = 0; i < w.length(); i++) if (w.charAt(i) < '0' || w.charAt(i) > '9') return false;
    return Integer.parseInt(w) <= 100;
  }

  /**
   * Reduces a forum post to its message: the block that holds most of its own text, and any other block of 80
   * characters or more. The poster's panel (avatar, name, rank, join date, post count), the signature and the
   * buttons go.
   */
  private static void keepMessageOnly(Element post, Explain explain) {
    Element message = null;
    int most = 0;
    for (Element e : post.getAllElements()) {
      int own = 0;
      for (Node c = e.firstChild(); c != null; c = c.nextSibling()) {
        if (c instanceof org.jsoup.nodes.TextNode t) own += Whitespace.visibleLength(t.getWholeText());
      }
      if (own > most) {
        most = own;
        message = e;
      }
    }
    if (message == null || message == post) return;
    List<Element> doomed = new ArrayList<>();
    Node n = Walk.following(post, post);
    while (n != null) {
      if (n instanceof Element e) {
        if (e == message) {
          n = Walk.after(e, post);
          continue;
        }
        boolean holdsMessage = message.parents().contains(e);
        if (!holdsMessage && Whitespace.visibleLength(e.text()) < 80) {
          doomed.add(e);
          n = Walk.after(e, post);
          continue;
        }
      }
      n = Walk.following(n, post);
    }
    for (Element e : doomed) {
      explain.removed(e, "forum post furniture (poster, rank, signature, buttons)");
      e.remove();
    }
  }

  // "3 Responses to ...", "Kommentare (12)": a short line right before the discussion.
  private static boolean isAnnouncement(Element e) {
    String tag = e.normalName();
    boolean heading = tag.length() == 2 && tag.charAt(0) == 'h';
    return heading && Whitespace.visibleLength(e.text()) <= 80;
  }

  private static int paragraphText(Element root) {
    int n = 0;
    for (Element p : Walk.all(root, P)) n += Whitespace.visibleLength(p.text());
    return n;
  }
}
