package org.offprint.read.html.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offprint.model.Block;
import org.offprint.model.Figure;
import org.offprint.model.Heading;
import org.offprint.model.ListBlock;
import org.offprint.model.Paragraph;
import org.offprint.model.Rule;
import org.offprint.read.html.dom.Explain;
import org.offprint.read.html.dom.Whitespace;

/**
 * The box about the company that closes a press release: "About Ascom" and a paragraph that opens with the name
 * ("Ascom is a global solutions provider …"), perhaps one such box per company and a press contact, or the same
 * paragraph alone under a rule at the end. It is the same text under every release of the company, not the news.
 * Told by the name: the label names a company (a capitalised name, not "About the study") and the paragraph under
 * it opens with that name; under a rule, the paragraph opens with a name the article used before.
 */
final class CompanyBoxes {
  private CompanyBoxes() {}

  /** The most blocks a closing box (labels, descriptions, contacts) may have. */
  private static final int MAX_BLOCKS = 8;
  /** A capitalised name of up to five words: "Ascom", "Acme Corp.", "Northwater Policy Forum", "AT&T". */
  private static final String NAME = "\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?: [\\p{Lu}\\p{N}&][\\p{L}\\p{N}&.'’-]*){0,4}";
  private static final String ARTICLE = "(?:(?:the|die|der|das|la|le|el|les|los) |l['’])?";
  private static final Pattern LABEL = Pattern.compile(
      "(?iu:about|über|à propos de|acerca de|sobre|informazioni su|over) " + ARTICLE + "(" + NAME + ")\\s*:?");
  private static final Pattern OPENS_WITH_NAME = Pattern.compile(ARTICLE + "(" + NAME + ")(?:,| \\()");
  private static final Pattern DESCRIBES = Pattern.compile(
      ARTICLE + "(" + NAME + ") (?:is|are|ist|sind|est|es|è|was founded|wurde \\d{4} gegründet)\\b");

  /** {@return {@code blocks} without a closing box about the company} */
  static List<Block> drop(List<Block> blocks, Explain explain) {
    int from = Math.max(1, blocks.size() - MAX_BLOCKS);
    for (int i = from; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String raw = b instanceof Heading h ? h.text() : b instanceof Paragraph p ? p.text() : "";
      if (Whitespace.keepsMoreThan(raw, 60)) continue; // too long for a label: not squashed to be measured
      String label = Whitespace.squash(raw);
      if (label.isEmpty() || label.length() > 60 || i + 1 >= blocks.size()) continue;
      Matcher m = LABEL.matcher(label);
      if (m.matches() && opensWith(blocks.get(i + 1), m.group(1)) && onlyBoxesAfter(blocks, i)) {
        explain.note("removed the box about the company: " + label);
        return blocks.subList(0, i);
      }
    }
    return underRule(blocks, explain);
  }

  // the last rule, and after it one to three paragraphs that describe a company the article named before
  private static List<Block> underRule(List<Block> blocks, Explain explain) {
    int rule = -1;
    for (int i = blocks.size() - 2; i >= Math.max(1, blocks.size() - 4) && rule < 0; i--) {
      if (blocks.get(i) instanceof Rule) rule = i;
    }
    if (rule < 0) return blocks;
    for (Block b : blocks.subList(rule + 1, blocks.size())) if (!(b instanceof Paragraph)) return blocks;
    String first = Whitespace.squash(((Paragraph) blocks.get(rule + 1)).text());
    Matcher m = DESCRIBES.matcher(first);
    if (!m.lookingAt()) return blocks;
    String name = m.group(1);
    StringBuilder before = new StringBuilder();
    for (Block b : blocks.subList(0, rule)) if (b instanceof Paragraph p) before.append(p.text()).append(' ');
    int boxLength = 0;
    for (Block b : blocks.subList(rule + 1, blocks.size())) boxLength += ((Paragraph) b).textLength();
    // the name stands in the article (as a word), which is longer than the box
    if (before.length() < 2 * boxLength || !Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name)
        + "(?![\\p{L}\\p{N}])").matcher(before).find()) {
      return blocks;
    }
    explain.note("removed the description of " + name + " under the closing rule");
    return blocks.subList(0, rule);
  }

  private static boolean opensWith(Block b, String name) {
    if (!(b instanceof Paragraph p)) return false;
    String t = Whitespace.squash(p.text());
    Matcher m = DESCRIBES.matcher(t);
    if (m.lookingAt() && m.group(1).startsWith(firstWord(name))) return true;
    m = OPENS_WITH_NAME.matcher(t);
    return m.lookingAt() && m.group(1).startsWith(firstWord(name));
  }

  private static String firstWord(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  // what follows a box's label: its paragraphs, lists, further boxes and contacts, but no more than a box holds
  private static boolean onlyBoxesAfter(List<Block> blocks, int label) {
    for (Block b : blocks.subList(label + 1, blocks.size())) {
      if (!(b instanceof Paragraph || b instanceof ListBlock || b instanceof Heading || b instanceof Rule
          || b instanceof Figure)) {
        return false;
      }
    }
    return true;
  }
}
