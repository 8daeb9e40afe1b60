package org.offprint.read.html.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.offprint.model.Block;
import org.offprint.model.Figure;
import org.offprint.model.Heading;
import org.offprint.model.Inline;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Rule;
import org.offprint.model.Text;
import org.offprint.read.html.cues.Phrases;
import org.offprint.read.html.dom.Explain;
import org.offprint.read.html.dom.Whitespace;

/**
 * Final touches on the mapped body: pull quotes that only repeat the body's own words dropped, a line beside a
 * picture that repeats its description taken as its caption, a gallery's copies of captions and button labels
 * dropped ({@link Galleries}), prompts, date lines and link lines at the edges
 * and {@link FurnitureLines} anywhere dropped, and a closing box about the author or, in a press release, about
 * the company ({@link CompanyBoxes}) dropped. Heading levels are the
 * transform stage's ({@code HeadingLevels}), for every reader.
 */
public final class BodyTidy {
  private BodyTidy() {}

  public static List<Block> tidy(List<Block> blocks, Explain explain) {
    List<Block> body = Galleries.tidy(FigureLabels.captions(captionsBesideFigures(dropPullQuotes(
        dropChartLabels(Spacers.tidy(blocks, explain), explain), explain), explain), explain), explain);
    Map<Block, String> texts = new IdentityHashMap<>(); // each block's text squashed once for the two cuts
    return CompanyBoxes.drop(dropAuthorBox(trimEdges(cutAtComments(cutAtPaywall(body, texts, explain), texts,
        explain), explain), explain), explain);
  }

  /** Characters up to which a paragraph can be the label of a chart's axis or bar ("$915", "’17", "13.0%"). */
  private static final int TICK = 12;
  /** Consecutive such paragraphs from which a run is the labels of a chart drawn in HTML, not lines of the text. */
  private static final int TICKS = 12;

  /**
   * Drops the labels of a chart drawn with HTML elements (its axes' numbers and years, its bars' values and
   * names), which come out as a run of tiny paragraphs: at least {@value #TICKS} in a row of at most
   * {@value #TICK} characters each, three in five of them with a digit. Without the picture they label, they
   * are noise; a sentence, a list item or a line of a poem is longer or has no digits.
   */
  static List<Block> dropChartLabels(List<Block> blocks, Explain explain) {
    List<Block> out = null; // made at the first run dropped
    int n = blocks.size();
    for (int i = 0; i < n; ) {
      int end = i;
      int digits = 0;
      while (end < n && blocks.get(end) instanceof Paragraph p && isTick(p)) {
        if (Phrases.hasDigit(p.text())) digits++;
        end++;
      }
      int next = Math.max(end, i + 1);
      if (end - i >= TICKS && digits * 5 >= (end - i) * 3) {
        if (out == null) out = new ArrayList<>(blocks.subList(0, i));
        explain.note("removed the labels of a chart (" + (end - i) + " short lines): "
            + abbreviate(textOf(blocks.get(i)) + " " + textOf(blocks.get(i + 1)) + " ..."));
      } else if (out != null) {
        out.addAll(blocks.subList(i, next));
      }
      i = next;
    }
    return out == null ? blocks : out;
  }

  private static boolean isTick(Paragraph p) {
    if (p.textLength() > 4 * TICK) return false; // cheap: spaces only inflate it
    int length = Whitespace.visibleLength(p.text(), TICK);
    return length > 0 && length <= TICK;
  }

  /**
   * Drops the comment section that a page printed as plain blocks after the article: from a line that opens it
   * ("Leave a Reply", "Kommentar erstellen", "3 Kommentare", "No comments yet") to the end, when less text
   * follows that line than stands before it (the comments, the form's labels, the moderation notes).
   */
  static List<Block> cutAtComments(List<Block> blocks, Map<Block, String> texts, Explain explain) {
    int total = 0;
    for (Block b : blocks) total += textOf(b, texts).length();
    int before = 0;
    for (int i = 0; i < blocks.size(); i++) {
      String t = textOf(blocks.get(i), texts);
      if (before >= 200 && total - before < before && t.length() <= 60
          && Phrases.COMMENTS_START.matcher(Whitespace.squash(t)).matches()) {
        explain.note("removed the comment section (" + (blocks.size() - i) + " blocks) from: " + abbreviate(t));
        return blocks.subList(0, i);
      }
      before += t.length();
    }
    return blocks;
  }

  /** Blocks after a paywall notice up to which the rest is taken as the pitch that follows it. */
  private static final int PITCH_BLOCKS = 12;

  /**
   * Drops a paywall notice near the end and the pitch after it ("To view the full story, please subscribe to
   * …", then the offer and its list of perks): the article stops where the notice stands. Only in the last
   * {@value #PITCH_BLOCKS} blocks, and only after some text of the article.
   */
  static List<Block> cutAtPaywall(List<Block> blocks, Map<Block, String> texts, Explain explain) {
    int from = Math.max(0, blocks.size() - PITCH_BLOCKS);
    int prose = 0;
    for (int i = 0; i < from && prose < 200; i++) prose += textOf(blocks.get(i), texts).length(); // enough before?
    for (int i = from; i < blocks.size(); i++) {
      String t = textOf(blocks.get(i), texts);
      if (prose >= 200 && t.length() < 300
          && Phrases.isPaywallNotice(t)) {
        explain.note("removed a paywall notice and the " + (blocks.size() - i - 1) + " blocks after it: "
            + abbreviate(t));
        return blocks.subList(0, i);
      }
      prose += t.length();
    }
    return blocks;
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
    // a date line under a lead (a standfirst printed above the post's data): among the first blocks, when its
    // date word opens the line or one of its fields ("New Delhi, Bureau | Updated : 19 November 2019, 09:01 AM"),
    // or when it is a date and nothing else ("Donnerstag, 31. Mai 2012", under a category label)
    for (int i = 0, seen = 0; i < blocks.size() && seen < DATA_LINE_BLOCKS; i++) {
      Block b = blocks.get(i);
      if (b instanceof Figure) continue;
      seen++;
      if (!drop[i] && (isDataLine(b) || BareDates.is(textOf(b)))) drop[i] = true;
    }
    boolean pictured = false; // a heading over a picture is the picture's title, not a label left dangling
    for (int i = blocks.size() - 1; i >= 0 && !drop[i]; i--) {
      Block b = blocks.get(i);
      if (b instanceof Figure) {
        pictured = true;
        continue;
      }
      if (b instanceof Rule) { // a closing rule, with nothing of the article after it
        drop[i] = true;
        continue;
      }
      if (!isPrompt(b) && !isDateLine(b) && !(isDanglingLabel(b) && !pictured) && !isLinkLine(b)) break;
      drop[i] = true;
    }
    List<Block> out = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String furniture = drop[i] ? "edge line" : FurnitureLines.reason(b);
      if (furniture == null) {
        out.add(b);
      } else {
        explain.note("removed " + furniture + ": " + abbreviate(textOf(b)));
      }
    }
    return out;
  }

  /** The first blocks (figures aside) among which a line of the post's data is looked for after a lead. */
  private static final int DATA_LINE_BLOCKS = 3;

  /**
   * A short line of the post's data whose date word opens the line or one of its fields (split at " | ", " · ",
   * " • "): "Veröffentlicht am 06.12.2022", "New Delhi, News Nation Bureau | Updated : 19 November 2019".
   */
  private static boolean isDataLine(Block b) {
    if (!isDateLine(b)) return false;
    for (String field : FIELDS.split(textOf(b))) {
      if (Phrases.DATE_FIELD.matcher(field.trim()).matches()) return true;
    }
    return false;
  }

  private static final java.util.regex.Pattern FIELDS = java.util.regex.Pattern.compile("\\s[|·•]\\s");

  /**
   * A heading with nothing of the article after it: the label of a box ("Über den Autor", "Weitere Tourentipps")
   * whose links were removed. An article does not end on a heading.
   */
  private static boolean isDanglingLabel(Block b) {
    return b instanceof Heading h && h.textLength() <= 120;
  }

  /**
   * A short paragraph that is one link ("zurück", "Hier geht es zur Übersicht", "… weiter zu …"): a way out of
   * the article, not part of it, when nothing of the article follows.
   */
  private static boolean isLinkLine(Block b) {
    if (!(b instanceof Paragraph p)) return false;
    String t = Whitespace.squash(p.text());
    if (t.isEmpty() || t.length() > 150 || t.startsWith("http://") || t.startsWith("https://")
        || t.startsWith("www.")) {
      return false; // a bare address is a cited source
    }
    int linked = FurnitureLines.linkedLength(p.content());
    return linked > 0 && linked >= 0.9 * Whitespace.visibleLength(t);
  }










  /** {@return the block's text squashed, as {@link #textOf(Block)}, remembered in {@code texts}} */
  private static String textOf(Block b, Map<Block, String> texts) {
    return texts.computeIfAbsent(b, BodyTidy::textOf);
  }

  private static String textOf(Block b) {
    if (b instanceof Paragraph p) return Whitespace.squash(p.text());
    if (b instanceof Heading h) return Whitespace.squash(h.text());
    return "";
  }

  private static boolean isDateLine(Block b) {
    String t = textOf(b);
    // DATELINE matches only lines with an ASCII digit (its \d): the others are spared its long alternation
    return !t.isEmpty() && t.length() < 120 && Phrases.hasDigit(t) && Phrases.DATELINE.matcher(t).matches();
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
    if (t.length() < 250) return Phrases.isPrompt(t);
    // a blog's filing line names the date, the categories, the feed and the comments in one long sentence
    return t.length() < 500 && Phrases.isFilingLine(t);
  }

  /**
   * Drops the box about the author that closes many posts: a last heading or label "Über den Autor", "About the
   * author" with at most three paragraphs (a short biography) after it. It is about the writer, not the article, and
   * the byline already names them.
   */
  static List<Block> dropAuthorBox(List<Block> blocks, Explain explain) {
    for (int i = blocks.size() - 1; i >= 0 && i >= blocks.size() - 4; i--) {
      Block b = blocks.get(i);
      String label = b instanceof Heading h ? Whitespace.squash(h.text()) : textOf(b);
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
        String alt = Whitespace.squash(f.alt());
        String line = Whitespace.squash(p.text());
        String caption = Whitespace.squash(Inline.plainText(f.caption()));
        if (alt.length() >= 15 && line.length() <= alt.length() + 40 && line.contains(alt)
            && (caption.isEmpty() || caption.contains(alt))) {
          out.add(caption.isEmpty() ? new Figure(f.src(), f.alt(), List.of(new Text(alt))) : f);
          explain.note("took the line after a picture as its caption: " + abbreviate(line));
          i++;
          continue;
        }
        if (caption.isEmpty() && isItalicLine(p)) {
          out.add(new Figure(f.src(), f.alt(), p.content()));
          explain.note("took the italic line after a picture as its caption: " + abbreviate(line));
          i++;
          continue;
        }
      }
      out.add(b);
    }
    return out;
  }

  /** The longest italic line under a picture that is taken as its caption. */
  private static final int ITALIC_CAPTION = 300;

  /**
   * {@return whether {@code p} is one run of italics and nothing else, short enough for a caption}: the caption
   * that a page without figure markup prints in italics under a picture ({@code <img><br><em>…</em>})
   */
  private static boolean isItalicLine(Paragraph p) {
    if (p.textLength() > ITALIC_CAPTION) return false;
    int runs = 0;
    for (Inline in : p.content()) {
      if (in instanceof Text t && t.text().isBlank() || in instanceof org.offprint.model.LineBreak) continue;
      if (!(in instanceof org.offprint.model.Emphasis)) return false;
      runs++;
    }
    return runs == 1;
  }

  private static List<Block> dropPullQuotes(List<Block> blocks, Explain explain) {
    boolean anyQuote = false;
    for (Block b : blocks) anyQuote |= b instanceof Quote;
    if (!anyQuote) return blocks;
    StringBuilder prose = new StringBuilder();
    for (Block b : blocks) if (b instanceof Paragraph p) prose.append(Whitespace.squash(p.text())).append('\n');
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      if (b instanceof Quote q && q.content().size() == 1 && q.content().get(0) instanceof Paragraph p) {
        String t = Whitespace.squash(p.text()).replaceAll("^[\"“”«»„']+|[\"“”«»„']+$", "");
        if (t.length() >= 30 && prose.indexOf(t) >= 0) {
          explain.note("removed pull quote that repeats the body: " + abbreviate(t));
          continue;
        }
      }
      out.add(b);
    }
    return out;
  }


  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
