package org.offprint.read.html;

import java.util.ArrayList;
import java.util.List;
import org.offprint.model.Block;
import org.offprint.model.Emphasis;
import org.offprint.model.Figure;
import org.offprint.model.Heading;
import org.offprint.model.Inline;
import org.offprint.model.LineBreak;
import org.offprint.model.Link;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Strong;
import org.offprint.model.Text;

/**
 * Final touches on the mapped body: heading levels shifted so that the body starts at level 2 under the title,
 * and pull quotes that only repeat the body's own words dropped.
 */
final class BodyTidy {
  private BodyTidy() {}

  static List<Block> tidy(List<Block> blocks, Explain explain) {
    List<Block> body = captionsBesideFigures(dropPullQuotes(blocks, explain), explain);
    return normaliseHeadings(dropAuthorBox(trimEdges(body, explain), explain));
  }

  /**
   * Drops the prompts and update lines that pages put after (and date lines and bylines before) the article:
   * "Subscribe to our newsletter", "Follow us on Twitter", "Updated at 1:23 p.m.", and image credit lines left
   * in the text ("Image copyright Getty Images"), which belong to captions.
   */
  static List<Block> trimEdges(List<Block> blocks, Explain explain) {
    boolean[] drop = new boolean[blocks.size()];
    // from each end, past figures, while the lines are date lines, bylines or prompts
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b instanceof Figure) continue;
      if (!isDateLine(b) && !isByline(b)) break;
      drop[i] = true;
    }
    for (int i = blocks.size() - 1; i >= 0 && !drop[i]; i--) {
      Block b = blocks.get(i);
      if (b instanceof Figure) continue;
      if (!isPrompt(b) && !isDateLine(b) && !isDanglingLabel(b) && !isLinkLine(b)) break;
      drop[i] = true;
    }
    List<Block> out = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (!drop[i] && !isCredit(b) && !isCrossLink(b) && !isCounter(b) && !isTeaserBox(b)) {
        out.add(b);
      } else {
        explain.note("removed " + (drop[i] ? "edge line: " : isCredit(b) ? "credit line: "
            : isCounter(b) ? "counter or reading time: " : isTeaserBox(b) ? "links to other articles: " : "link to another article: ")
            + abbreviate(textOf(b)));
      }
    }
    return out;
  }

  /**
   * A heading with nothing of the article after it: the label of a box ("Über den Autor", "Weitere Tourentipps")
   * whose links were removed. An article does not end on a heading.
   */
  private static boolean isDanglingLabel(Block b) {
    return b instanceof Heading h && h.text().length() <= 120;
  }

  /**
   * A short paragraph that is one link ("zurück", "Hier geht es zur Übersicht", "… weiter zu …"): a way out of
   * the article, not part of it, when nothing of the article follows.
   */
  private static boolean isLinkLine(Block b) {
    if (!(b instanceof Paragraph p)) return false;
    String t = squash(p.text());
    if (t.isEmpty() || t.length() > 150 || t.startsWith("http://") || t.startsWith("https://")
        || t.startsWith("www.")) {
      return false; // a bare address is a cited source
    }
    int linked = linkedLength(p.content());
    return linked > 0 && linked >= 0.9 * Whitespace.visibleLength(t);
  }

  /**
   * A line that points to another article: a short label ending in a colon and one link with that article's
   * headline ("Lesen Sie auch: …", "Le puede interesar: …", "Dowiedz się więcej: …").
   */
  private static boolean isCrossLink(Block b) {
    if (!(b instanceof Paragraph p)) return false;
    List<Inline> parts = unwrap(p.content());
    if (parts.size() < 2 || parts.size() > 3) return false;
    if (!(parts.get(0) instanceof Text label) || !(parts.get(1) instanceof Link link)) return false;
    if (parts.size() == 3 && !(parts.get(2) instanceof Text end && end.text().isBlank())) return false;
    String l = squash(label.text());
    if (!l.endsWith(":") || l.length() > 40 || words(l) > 5) return false;
    return !link.href().startsWith("#") && words(squash(Inline.plainText(link.content()))) >= 3;
  }

  /**
   * A paragraph that is a box of links to other articles set as lines: a teaser label ("Siehe auch", "Related")
   * on the first line, then links, one a line.
   */
  private static boolean isTeaserBox(Block b) {
    if (!(b instanceof Paragraph p)) return false;
    List<Inline> parts = unwrap(p.content());
    int br = -1;
    for (int i = 0; i < parts.size() && br < 0; i++) if (parts.get(i) instanceof LineBreak) br = i;
    if (br <= 0) return false;
    String label = squash(Inline.plainText(parts.subList(0, br)));
    if (label.isEmpty() || label.length() > 60 || !Phrases.TEASER_LABEL.matcher(label).matches()) return false;
    List<Inline> rest = parts.subList(br + 1, parts.size());
    int linked = linkedLength(rest);
    return linked > 0 && linked >= 0.8 * Whitespace.visibleLength(Inline.plainText(rest));
  }

  // the inlines of a paragraph with its bold or italic wrappers taken off, when it is all one such wrapper
  private static List<Inline> unwrap(List<Inline> inlines) {
    List<Inline> parts = inlines;
    while (parts.size() == 1) {
      if (parts.get(0) instanceof Strong s) parts = s.content();
      else if (parts.get(0) instanceof Emphasis e) parts = e.content();
      else break;
    }
    return parts;
  }

  private static int words(String s) {
    return s.isEmpty() ? 0 : s.split(" ").length;
  }

  /**
   * A paragraph that only counts slides or pictures ("2 von 17", "3 of 12", "4/9") or gives a reading time
   * ("weiterlesen 5 Minuten", "7 min read", "Lesezeit: 4 Minuten").
   */
  private static boolean isCounter(Block b) {
    if (!(b instanceof Paragraph p)) return false;
    String t = p.text();
    if (t.length() > 40 || !hasDigit(t)) return false;
    String s = squash(t);
    return COUNTER.matcher(s).matches() || Phrases.READING_TIME.matcher(s).matches();
  }

  private static final java.util.regex.Pattern COUNTER = java.util.regex.Pattern.compile(
      "\\d{1,3}\\s*(?:/|von|of|de|di|z|из|sur|van|av|af)\\s*\\d{1,3}", java.util.regex.Pattern.CASE_INSENSITIVE
          | java.util.regex.Pattern.UNICODE_CASE);

  /** {@return the visible length of the text inside links} */
  static int linkedLength(List<Inline> inlines) {
    int n = 0;
    for (Inline i : inlines) {
      if (i instanceof Link l) n += Whitespace.visibleLength(Inline.plainText(l.content()));
      else if (i instanceof Emphasis e) n += linkedLength(e.content());
      else if (i instanceof Strong s) n += linkedLength(s.content());
    }
    return n;
  }

  private static boolean isCredit(Block b) {
    if (!(b instanceof Paragraph p)) return false;
    if (p.content().isEmpty()) return false;
    if (p.content().get(0) instanceof Text t && t.text().length() >= 300) return false; // prose: skip the copy
    String raw = p.text();
    if (raw.length() >= 300 || !mayBeCredit(raw)) return false;
    return Phrases.CREDIT.matcher(squash(raw)).matches();
  }

  // A cheap test before the credit pattern, which would otherwise run on every short paragraph.
  private static boolean mayBeCredit(String t) {
    String l = t.toLowerCase(java.util.Locale.ROOT);
    return l.contains("image") || l.contains("photo") || l.contains("foto") || l.contains("picture")
        || l.contains("credit") || l.contains("illustration") || l.contains("bild") || l.contains("fot.")
        || l.indexOf('©') >= 0;
  }

  private static String textOf(Block b) {
    if (b instanceof Paragraph p) return squash(p.text());
    if (b instanceof Heading h) return squash(h.text());
    return "";
  }

  private static boolean isDateLine(Block b) {
    String t = textOf(b);
    // DATELINE matches only lines with an ASCII digit (its \d): the others are spared its long alternation
    return !t.isEmpty() && t.length() < 120 && hasDigit(t) && Phrases.DATELINE.matcher(t).matches();
  }

  private static boolean hasDigit(String t) {
    for (int i = 0; i < t.length(); i++) if (t.charAt(i) >= '0' && t.charAt(i) <= '9') return true;
    return false;
  }

  // "By Jane Doe" or "By Jane Doe / 2016.12.01" but not "By the time the boats came in, ..."
  private static boolean isByline(Block b) {
    String t = textOf(b);
    if (t.isEmpty() || t.length() > 100 || !Phrases.BYLINE_LINE.matcher(t).matches()) return false;
    return t.split(" ").length <= 6 || t.matches(".*\\d.*") && !t.matches(".*[.!?]$");
  }

  private static boolean isPrompt(Block b) {
    String t = textOf(b);
    if (t.isEmpty()) return false;
    if (t.length() < 250) return Phrases.PROMPT.matcher(t).find();
    // a blog's filing line names the date, the categories, the feed and the comments in one long sentence
    return t.length() < 500 && Phrases.FILING_LINE.matcher(t).find();
  }

  /**
   * Drops the box about the author that closes many posts: a last heading or label "Über den Autor", "About the
   * author" with at most three paragraphs (a short biography) after it. It is about the writer, not the article, and
   * the byline already names them.
   */
  static List<Block> dropAuthorBox(List<Block> blocks, Explain explain) {
    for (int i = blocks.size() - 1; i >= 0 && i >= blocks.size() - 4; i--) {
      Block b = blocks.get(i);
      String label = b instanceof Heading h ? squash(h.text()) : textOf(b);
      if (label.length() <= 40 && Phrases.ABOUT_AUTHOR.matcher(label).matches()) {
        for (Block after : blocks.subList(i + 1, blocks.size())) {
          if (!(after instanceof Paragraph || after instanceof Figure)) return blocks;
        }
        explain.note("removed the box about the author: " + abbreviate(label));
        return blocks.subList(0, i);
      }
      if (b instanceof Heading) return blocks;
    }
    return blocks;
  }

  static List<Block> normaliseHeadings(List<Block> blocks) {
    int min = 7;
    for (Block b : blocks) if (b instanceof Heading h) min = Math.min(min, h.level());
    if (min == 7 || min == 2) return blocks;
    int shift = 2 - min;
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      if (b instanceof Heading h) {
        out.add(new Heading(Math.max(2, Math.min(6, h.level() + shift)), h.content(), h.id()));
      } else {
        out.add(b);
      }
    }
    return out;
  }

  /**
   * A line right after a picture that repeats the picture's description ("Vergrößern Eine kleine runde
   * Aussparung …", where the alt text is "Eine kleine runde Aussparung …") is the picture's caption, set as
   * text beside a button: it becomes the caption (the description's words), not a paragraph of the body.
   */
  static List<Block> captionsBesideFigures(List<Block> blocks, Explain explain) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b instanceof Figure f && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Paragraph p) {
        String alt = squash(f.alt());
        String line = squash(p.text());
        String caption = squash(Inline.plainText(f.caption()));
        if (alt.length() >= 15 && line.length() <= alt.length() + 40 && line.contains(alt)
            && (caption.isEmpty() || caption.contains(alt))) {
          out.add(caption.isEmpty() ? new Figure(f.src(), f.alt(), List.of(new Text(alt))) : f);
          explain.note("took the line after a picture as its caption: " + abbreviate(line));
          i++;
          continue;
        }
      }
      out.add(b);
    }
    return out;
  }

  private static List<Block> dropPullQuotes(List<Block> blocks, Explain explain) {
    boolean anyQuote = false;
    for (Block b : blocks) anyQuote |= b instanceof Quote;
    if (!anyQuote) return blocks;
    StringBuilder prose = new StringBuilder();
    for (Block b : blocks) if (b instanceof Paragraph p) prose.append(squash(p.text())).append('\n');
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      if (b instanceof Quote q && q.content().size() == 1 && q.content().get(0) instanceof Paragraph p) {
        String t = squash(p.text()).replaceAll("^[\"“”«»„']+|[\"“”«»„']+$", "");
        if (t.length() >= 30 && prose.indexOf(t) >= 0) {
          explain.note("removed pull quote that repeats the body: " + abbreviate(t));
          continue;
        }
      }
      out.add(b);
    }
    return out;
  }

  private static String squash(String s) {
    return Whitespace.collapse(s).trim();
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
