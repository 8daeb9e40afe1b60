package org.offprint.read.html.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.offprint.read.html.cues.Vocabulary;
import org.offprint.read.html.dom.Explain;
import org.offprint.read.html.dom.Walk;
import org.offprint.read.html.dom.Whitespace;
import org.offprint.read.html.mapping.DepthLimiter;
import org.offprint.read.html.mapping.ImageSources;
import org.offprint.read.html.metadata.JsonLdBody;
import org.offprint.read.html.metadata.MetaText;

/**
 * First cleaning stage, over the whole page: drops what is never article text (scripts, styles, embedded frames,
 * form controls, comments), hidden elements, and {@code <noscript>} copies of images that are already there, and
 * flattens absurdly deep markup ({@link DepthLimiter}). Runs in one non-recursive pass.
 */
public final class PageCleaner {
  // parsed once (jsoup parses a query string on every call); tag queries are Walk.tags, a set lookup
  private static final Evaluator IMG = Walk.tags("img");
  private static final Evaluator P = Walk.tags("p");
  private static final Evaluator HEADINGS = Walk.tags("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Evaluator MATH = Walk.tags("math");
  private static final Evaluator HEADINGS_H1 = Walk.tags("h1");
  private static final Evaluator PICTURES = Walk.tags("img", "picture", "figure");
  private static final Evaluator LINK_PICTURE_OR_HEADING =
      QueryParser.parse("a[href], img, picture, svg, h1, h2, h3, h4, h5, h6");
  private static final Evaluator ENTRY = QueryParser.parse(
      "textarea, input:not([type]), input[type=text], input[type=email], input[type=password], input[type=search]");
  /** A field for an e-mail address: by its type, or by a name or id that is the word (a sign-up form's). */
  private static final Evaluator EMAIL_FIELD = QueryParser.parse(
      "input[type=email], input[name~=(?i)(?:^|[^a-z])e-?mail(?:$|[^a-z])], input[id~=(?i)(?:^|[^a-z])e-?mail(?:$|[^a-z])]");

  private PageCleaner() {}

  /** Characters of text from which a {@code <noscript>} without an image holds content, not a notice. */
  private static final int NOSCRIPT_ARTICLE = 500;

  private static final Set<String> NEVER_CONTENT = Set.of(
      "script", "style", "link", "meta", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
      "svg", "canvas", "button", "input", "select", "textarea", "option", "dialog", "audio", "video", "map",
      "area", "head", "title", "base", "param", "slot", "portal", "menu");

  /**
   * Cleans {@code root} in place, reporting each removal to {@code explain}.
   *
   * @param jsonLd receives the text of the JSON-LD scripts met on the way, which the later stages may read
   * @return the visible characters of text outside links met on the way: the page measure the next stage needs,
   *     which would otherwise cost another walk over the page
   */
  public static int clean(Element root, Explain explain, List<String> jsonLd) {
    int[] prose = {0};
    int[] inLink = {0}; // depth + 1 of the link being walked, 0 outside links
    List<Element> forms = new ArrayList<>();
    Set<Element> entryForms = new HashSet<>();
    Set<Element> signUps = new HashSet<>();
    List<Element> noscripts = new ArrayList<>();
    List<Element> deep = new ArrayList<>();
    List<Node> removed = new ArrayList<>(); // removed after the walk, which then leaves the tree alone
    Walk.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Comment || node instanceof DataNode) return remove(node);
        if (node instanceof TextNode t) {
          if (inLink[0] == 0) prose[0] += Whitespace.visibleLength(t.getWholeText());
          return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) return FilterResult.CONTINUE;
        if (depth >= DepthLimiter.MAX_DEPTH) {
          deep.add(e);
          return FilterResult.SKIP_CHILDREN;
        }
        String tag = e.normalName();
        if (NEVER_CONTENT.contains(tag)) {
          if (tag.equals("script") && JsonLdBody.isJsonLd(e)) jsonLd.add(e.data());
          if (!tag.equals("script") && !tag.equals("style") && !tag.equals("link") && !tag.equals("meta")) {
            explain.removed(e, "never article content");
          }
          return remove(e);
        }
        if (isControl(e)) {
          explain.removed(e, "a control (a button by its role or name)");
          return remove(e);
        }
        if (tag.equals("img") && isFormulaPicture(e)) {
          explain.removed(e, "the picture of a formula whose MathML is kept");
          return remove(e);
        }
        String hidden = hiddenReason(e);
        if (hidden != null && !isHiddenFormula(e)) {
          explain.removed(e, hidden);
          return remove(e);
        }
        if (tag.equals("a") && inLink[0] == 0) inLink[0] = depth + 1;
        if (tag.equals("form")) {
          forms.add(e);
          if (Walk.first(e, ENTRY) != null) entryForms.add(e); // its fields go before the form is looked at
          if (Walk.first(e, EMAIL_FIELD) != null) signUps.add(e);
        }
        else if (tag.equals("noscript")) noscripts.add(e);
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (inLink[0] == depth + 1 && node instanceof Element) inLink[0] = 0;
        return FilterResult.CONTINUE;
      }

      // as REMOVE would: neither its children nor its tail are visited
      private FilterResult remove(Node node) {
        removed.add(node);
        return FilterResult.SKIP_ENTIRELY;
      }
    }, root);
    for (Node n : removed) n.remove();
    if (!deep.isEmpty()) {
      DepthLimiter.flatten(deep);
      explain.note("flattened markup nested deeper than " + DepthLimiter.MAX_DEPTH);
    }
    for (Element ns : noscripts) cleanNoscript(ns, explain);
    for (Element form : forms) cleanForm(form, entryForms.contains(form), signUps.contains(form), explain);
    return prose[0];
  }

  /** {@return why {@code e} is invisible to a reader, or null when it is visible} */
  static String hiddenReason(Element e) {
    if (e.attributesSize() == 0) return null; // most elements: no lookups at all
    if (e.hasAttr("hidden") && !e.normalName().equals("input")) return "hidden attribute";
    if (e.attr("aria-hidden").equalsIgnoreCase("true") && !e.className().contains("fallback-image")
        && !e.normalName().equals("img") && !e.normalName().equals("figure")) {
      return "aria-hidden";
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none")) return "display:none";
      if (s.contains("visibility:hidden")) return "visibility:hidden";
    }
    if (e.attr("class").contains("hidden") && Vocabulary.hasWord(e, "hidden") && isMicrodataOnly(e)) {
      return "hidden structured data";
    }
    return null;
  }

  /**
   * Whether all the text of {@code e} is the values of microdata properties ({@code <span itemprop="url">…},
   * {@code itemprop="width"}): data for machines, which a page hides in a {@code class="hidden"} box. A hidden box
   * of prose (a "read more" that a script opens) is not such a box and stays.
   */
  private static boolean isMicrodataOnly(Element e) {
    boolean any = false;
    for (Node n = Walk.following(e, e); n != null; n = Walk.following(n, e)) {
      if (!(n instanceof TextNode t) || t.isBlank()) continue;
      Node parent = t.parent();
      if (!(parent instanceof Element p) || !p.hasAttr("itemprop")) return false;
      any = true;
    }
    return any;
  }

  // A <noscript> holds the real image of a lazy loader; keep it only when the page has no other copy nearby.
  private static void cleanNoscript(Element ns, Explain explain) {
    if (ns.parent() == null) return;
    Element img = Walk.first(ns, IMG);
    if (img == null) {
      String text = Whitespace.collapse(ns.text()).trim();
      if (text.length() >= NOSCRIPT_ARTICLE && !ns.parent().text().replace(text, "").contains(
          text.substring(0, 80))) {
        ns.unwrap(); // the page's text for readers without scripts (a blog whose posts a script renders)
        return;
      }
      explain.removed(ns, "noscript fallback");
      ns.remove();
      return;
    }
    // look beside the <noscript> first, then one level up when the parent is a thin wrapper
    Element parent = ns.parent();
    Element grand = Walk.elementChildren(parent, 3) <= 2 ? parent.parent() : null;
    for (Element scope : new Element[] {parent, grand}) {
      if (scope == null) continue;
      // the first other image in the scope, in document order, decides
      for (Node n = scope; n != null; n = Walk.following(n, scope)) {
        if (!(n instanceof Element other) || !other.normalName().equals("img")) continue;
        if (other == img || insideNoscript(other)) continue;
        if (ImageSources.best(other).isEmpty()) other.replaceWith(img); // the lazy placeholder gives way
        ns.remove();
        return;
      }
    }
    ns.unwrap();
  }

  private static boolean insideNoscript(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) if (p.normalName().equals("noscript")) return true;
    return false;
  }

  /**
   * A formula's MathML that a wiki hides beside a picture of the same formula (its {@code alttext} is the
   * picture's alt): the MathML is kept, as text, and the picture goes.
   */
  private static boolean isHiddenFormula(Element e) {
    Element math = Walk.first(e, MATH);
    if (math == null || math.attr("alttext").isBlank()) return false;
    Element picture = e.nextElementSibling();
    return picture != null && picture.normalName().equals("img") && picture.attr("alt").equals(math.attr("alttext"));
  }

  /** The picture of a formula beside its hidden MathML (see {@link #isHiddenFormula}). */
  private static boolean isFormulaPicture(Element img) {
    String alt = img.attr("alt");
    if (alt.isBlank()) return false;
    Element before = img.previousElementSibling(); // the formula's wrapper stands right before its picture
    Element math = before == null ? null : Walk.first(before, MATH);
    return math != null && math.attr("alttext").equals(alt);
  }

  /**
   * An element made a button by its role ("Bild anzeigen", "Mehr laden"): a control, like a {@code <button>}.
   * Not when it holds a heading or more than a label's text: accordions make their questions such buttons.
   */
  private static boolean isControl(Element e) {
    if (e.normalName().equals("a")) return isScriptLink(e);
    if (!e.hasAttr("role") || !e.attr("role").equalsIgnoreCase("button")) return isNamedButton(e);
    return Whitespace.visibleLength(e.text()) <= 40 && Walk.first(e, HEADINGS) == null;
  }

  /**
   * An element that its class or id calls a button ({@code div.gallery-button-autoplay}: "Autoplay", "Full
   * Screen", "Close") and that holds a label only: no link, picture or heading, a few words on a line of its own.
   * A block only: a link or span styled as a button is left to the link tests (its wrapper may hold its icon).
   */
  private static boolean isNamedButton(Element e) {
    if (e.attributesSize() == 0 || RunningText.isPhrasing(e.normalName())) return false;
    String cls = e.attr("class"); // looked at as it is: no trimmed copy per element
    if (cls.indexOf("button") < 0 && cls.indexOf("btn") < 0 && cls.indexOf("Button") < 0) return false;
    if (!Vocabulary.hasWord(e, "button") && !Vocabulary.hasWord(e, "btn")) return false;
    return Whitespace.visibleLength(e.text(), BUTTON_LABEL + 1) <= BUTTON_LABEL
        && Walk.first(e, LINK_PICTURE_OR_HEADING) == null;
  }

  /**
   * A link that runs a script instead of leading to a page ({@code href="javascript:history.back()"}: "zurück",
   * "Drucken"), with a label's text on a line of its own and no picture: a button. One inside a sentence keeps
   * its words.
   */
  private static boolean isScriptLink(Element a) {
    String href = a.attr("href");
    int i = 0;
    while (i < href.length() && Character.isWhitespace(href.charAt(i))) i++;
    if (!href.regionMatches(true, i, "javascript:", 0, 11)) return false;
    // a picture inside is a gallery's trigger: its pictures are the article's
    return Whitespace.visibleLength(a.text(), BUTTON_LABEL + 1) <= BUTTON_LABEL && Walk.first(a, PICTURES) == null
        && !RunningText.inside(a);
  }

  /** The longest label a button holds ("Alle Bilder anzeigen"). */
  private static final int BUTTON_LABEL = 30;

  /**
   * {@return whether the text of {@code e} has more than {@code limit} visible characters}: read from the start of
   * its text, which settles it for a form that wraps a whole page without building the page's text
   */
  private static boolean holdsText(Element e, int limit) {
    String head = MetaText.leadingText(e, 4 * limit); // all of the text when it is shorter than that
    if (Whitespace.visibleLength(head, limit) > limit) return true;
    return head.length() >= 4 * limit && Whitespace.visibleLength(e.text(), limit) > limit;
  }

  // Some CMSs wrap the whole page in one <form>; keep a form's contents when it holds real text. A form that
  // asks for text to be typed (a comment, contact, login or search form) holds paragraphs only around its fields.
  private static void cleanForm(Element form, boolean entry, boolean signUp, Explain explain) {
    if (form.parent() == null) return;
    if (holdsText(form, 400) || !entry && Walk.first(form, P) != null) {
      form.unwrap();
      return;
    }
    Element parent = form.parent();
    explain.removed(form, "form");
    form.remove();
    if (signUp) removeSignUpBox(parent, explain);
  }

  /** Characters of text up to which the box around a sign-up form is its pitch ("Get our newsletter ..."). */
  private static final int SIGN_UP_PITCH = 150;
  private static final Set<String> BOXES = Set.of("div", "section", "aside", "p", "span", "fieldset");

  /**
   * Removes the box that held a sign-up form (one that asks for an e-mail address), now without it: the box's
   * own label and pitch ("NEWSLETTER", "News, tips and trends for you!") go with the form. The box is the
   * largest block around the form's place that holds no more than a pitch's text.
   */
  private static void removeSignUpBox(Element parent, Explain explain) {
    Element box = null;
    for (Element e = parent; e != null && BOXES.contains(e.normalName()); e = e.parent()) {
      if (holdsText(e, SIGN_UP_PITCH) || Walk.first(e, HEADINGS_H1) != null) break;
      box = e;
    }
    if (box == null || Whitespace.visibleLength(box.text()) == 0) return;
    explain.removed(box, "box of a sign-up form");
    box.remove();
  }
}
