package org.offprint.read.html.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.offprint.read.html.dom.Walk;
import org.offprint.read.html.dom.Whitespace;

/**
 * Finds the credit line as the page prints it ("By Ann Lee, Health Desk", "by Ann Lee 5 May 2021"): the text of
 * the first byline element, by the cues {@link MetaAuthors} reads names from ({@code rel=author},
 * {@code itemprop=author}, byline/author class or id words, "By …" lines), that names one of the authors already
 * found. Tying the line to the authors keeps out what is no credit (a site name, a date, a desk, a login link)
 * and bylines of other articles listed on the page.
 */
final class MetaByline {
  private MetaByline() {}

  // parsed once: jsoup parses a query string on every call
  private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop*=name]");

  /** Readability's limit: a byline is a short line, under 100 characters. */
  static final int MAX_LENGTH = 99;

  /** {@return the credit line that names one of {@code authors}, whitespace collapsed, or {@code ""}} */
  static String find(Document page, List<String> authors) {
    return find(BylineCues.of(page), authors);
  }

  /** {@return the credit line that names one of {@code authors}, read from the page's byline {@code cues}} */
  static String find(BylineCues cues, List<String> authors) {
    if (authors.isEmpty()) return "";
    List<String> names = new ArrayList<>();
    for (String a : authors) names.add(fold(a));
    for (Element e : cues.marked()) {
      if (e.normalName().equals("meta")) continue;
      String line = credit(e, names);
      if (!line.isEmpty()) return line;
    }
    for (Element e : cues.byLines()) {
      String line = credit(e, names);
      if (!line.isEmpty()) return line;
    }
    return "";
  }

  /**
   * {@return the element's text when it is short and names one of {@code names}, else {@code ""}; a microdata
   * name inside ({@code itemprop=name}) is the whole credit, as the page marks everything else as not the name}
   */
  private static String credit(Element e, List<String> names) {
    // shortText bounds the work on big elements before the exact measures below
    if (MetaText.shortText(e, MAX_LENGTH) == null) return "";
    // Readability measures the text as the page holds it, indentation included: a container that spreads a
    // credit and a date over several indented lines is too long, the tight element inside it is not
    if (wholeText(e).strip().length() > MAX_LENGTH) return "";
    Element name = Walk.first(e, ITEMPROP_NAME);
    String text = withoutCounts(Whitespace.collapse(name != null && name.hasText() ? name.text() : e.text()).strip());
    if (text.isEmpty()) return "";
    String folded = fold(text);
    for (String n : names) {
      if (containsWord(folded, n)) return text;
    }
    return "";
  }

  /**
   * {@return {@code e.wholeText()}: the text nodes' raw text and a line break for each {@code <br>}, in document
   * order}, by a plain walk rather than jsoup's stream of the nodes (the element is small: shortText said so)
   */
  static String wholeText(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node n = e; n != null; n = Walk.following(n, e)) {
      if (n instanceof TextNode t) {
        sb.append(t.getWholeText());
      } else if (n.nameIs("br")) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * {@return the line without the reading time and comment count that close it ("… • 7 min read",
   * "… · 42 Comments")}; they count the article, they do not credit it. A date stays: it is part of the line as the
   * page prints it
   */
  static String withoutCounts(String line) {
    String s = line;
    for (int i = 0; i < 4; i++) { // "By X | 5 min read | 12 comments": one count at a time, from the end
      java.util.regex.Matcher m = TRAILING_COUNT.matcher(s);
      if (!m.find() || m.start() == 0) break;
      s = s.substring(0, m.start()).strip();
    }
    return s;
  }

  private static final java.util.regex.Pattern TRAILING_COUNT = java.util.regex.Pattern.compile(
      "(?:\\s*[|•·–—]\\s*|\\s+-\\s+|\\s+)(?:"
          + "\\d+\\s*(?:min(?:ute)?s?\\.?|mins?\\.?)(?:\\s+(?:read|reading|reading\\s+time|de\\s+lecture|de\\s+lectura"
          + "|lesezeit|leestijd|di\\s+lettura))?"
          + "|(?:reading\\s+time|read\\s+time|lesezeit|lesedauer|temps\\s+de\\s+lecture|tiempo\\s+de\\s+lectura)"
          + "\\s*:?\\s*"
          + "\\d+\\s*(?:min(?:ute)?s?|minuten)\\.?"
          + "|(?:\\d+|no)\\s+(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|commenti|reacties)"
          + "|(?:comments?|kommentare?)\\s*:?\\s*\\(?\\d+\\)?"
          + ")\\s*$", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /** {@return whether {@code name} occurs in {@code text} and not inside a longer word ("Ann" in "Joanna")} */
  private static boolean containsWord(String text, String name) {
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      int end = i + name.length();
      boolean startsWord = i == 0 || !Character.isLetter(text.charAt(i - 1));
      boolean endsWord = end == text.length() || !Character.isLetter(text.charAt(end));
      if (startsWord && endsWord) return true;
    }
    return false;
  }

  private static String fold(String s) {
    return Whitespace.collapse(s).strip().toLowerCase(Locale.ROOT);
  }
}
