package org.offprint.transform;

import java.util.ArrayList;
import java.util.List;
import org.offprint.model.Block;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Image;
import org.offprint.model.Inline;
import org.offprint.model.ListBlock;
import org.offprint.model.Quote;

/**
 * Sets heading levels so that they never skip on the way down (WCAG 1.3.1; axe and Ace: heading-order; PDF/UA
 * heading nesting). First the body's headings move together so that the highest is level 2 (before, the HTML reader
 * alone did this, so a Markdown or text input whose sections were level 3 kept them). Then: the title is level 1, so the first heading is at most level 2, and each heading is at most
 * one level deeper than the one before, in reading order (the body, into quotes and list items, then the notes).
 * Level 1 in the body becomes 2. A heading without words or picture is left as it is (writers leave it out) and
 * does not count as the one before.
 *
 * <p>Before this step the HTML and EPUB writers applied this rule while rendering and the PDF, Markdown and JSON
 * writers printed the levels as read, so one document had different outlines in different formats.
 *
 * <p>Stateless and thread-safe.
 */
final class HeadingLevels implements Transform {
  @Override
  public Document apply(Document document, String input, Diagnostics diagnostics) {
    int[] last = {1};
    List<Block> blocks = blocks(shifted(document.blocks()), last);
    List<Footnote> notes = Lists.map(document.footnotes(), f -> {
      List<Block> content = blocks(f.content(), last);
      return content == f.content() ? f : new Footnote(f.id(), content);
    });
    // a document whose levels hold comes back as it is
    if (blocks == document.blocks() && notes == document.footnotes()) return document;
    return new Document(document.metadata(), blocks, notes);
  }

  /**
   * {@return the body with its own headings (not those in quotes or list items) moved up or down together so that
   * the highest is level 2}: a page whose sections are h3 (its h2 being the sidebar's) or h1 keeps the steps
   * between its levels
   */
  static List<Block> shifted(List<Block> blocks) {
    int min = 7;
    for (Block b : blocks) if (b instanceof Heading h) min = Math.min(min, h.level());
    if (min == 7 || min == 2) return blocks;
    int shift = 2 - min;
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      out.add(b instanceof Heading h ? new Heading(Math.max(2, Math.min(6, h.level() + shift)), h.content(), h.id()) : b);
    }
    return out;
  }

  /**
   * The blocks with their headings' levels set ({@code in} itself when none changed); {@code last} holds the level
   * of the heading before.
   */
  private static List<Block> blocks(List<Block> in, int[] last) {
    return Lists.map(in, b -> block(b, last));
  }

  private static Block block(Block b, int[] last) {
    if (b instanceof Heading h) {
      if (h.text().isBlank() && !hasImage(h.content())) return h;
      int level = Math.min(Math.max(2, h.level()), last[0] + 1);
      last[0] = level;
      return level == h.level() ? h : new Heading(level, h.content(), h.id());
    }
    if (b instanceof Quote q) {
      List<Block> c = blocks(q.content(), last);
      return c == q.content() ? q : new Quote(c, q.attribution());
    }
    if (b instanceof ListBlock l) {
      List<ListBlock.Item> items = Lists.map(l.items(), i -> {
        List<Block> c = blocks(i.content(), last);
        return c == i.content() ? i : new ListBlock.Item(c);
      });
      return items == l.items() ? l : new ListBlock(l.ordered(), l.start(), items);
    }
    return b;
  }

  private static boolean hasImage(List<Inline> inlines) {
    for (Inline i : inlines) if (i instanceof Image) return true;
    return false;
  }
}
