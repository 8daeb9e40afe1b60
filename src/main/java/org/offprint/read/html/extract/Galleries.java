package org.offprint.read.html.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.offprint.model.Block;
import org.offprint.model.Figure;
import org.offprint.model.Inline;
import org.offprint.model.ListBlock;
import org.offprint.model.Paragraph;
import org.offprint.model.Text;
import org.offprint.read.html.dom.Explain;
import org.offprint.read.html.dom.Whitespace;

/**
 * What a picture gallery leaves in the text once its markup is gone: copies of a picture's caption (the full one,
 * a shortened one with its "… more" toggle, a second copy in the gallery's own caption panel) and the labels of
 * its buttons ("Caption", "Close"). A paragraph that repeats the description (caption or alt text) of a picture
 * of the body is dropped wherever it stands; a button label only beside the gallery's pictures or copies. A
 * paragraph printed twice right after a picture is a gallery's blurb, and both copies go.
 */
final class Galleries {
  private Galleries() {}

  /** A description shorter than this is too common a phrase to call a paragraph a copy of it. */
  private static final int MIN_DESCRIPTION = 40;
  /** What may follow the copied words: a toggle ("less", "… more", "Read more") or a credit's start. */
  private static final int MAX_TAIL = 12;
  /** The labels of a gallery's buttons, each a paragraph of its own. */
  private static final Set<String> CONTROLS = Set.of("caption", "close", "open", "expand", "collapse",
      "show caption", "hide caption", "fullscreen", "full screen", "enlarge", "zoom", "previous", "prev", "next",
      "play", "pause", "show more", "show less", "more", "less", "view gallery", "schließen", "vergrößern",
      "bildunterschrift", "fermer", "agrandir", "légende", "cerrar", "ampliar", "chiudi", "ingrandisci",
      "zamknij", "powiększ", "закрыть");

  /** {@return {@code blocks} without the copies of its pictures' descriptions and the gallery's button labels} */
  static List<Block> tidy(List<Block> blocks, Explain explain) {
    List<String> descriptions = new ArrayList<>();
    collect(blocks, descriptions);
    blurbs(blocks, descriptions);
    if (descriptions.isEmpty()) return blocks;
    // a copy goes when it shows a gallery's hand (a toggle or a credit after the words) or
    // when the description is copied twice or more; one plain copy may be a lead paragraph a CMS took as alt text
    Map<String, List<String>> copies = new HashMap<>();
    List<String> lines = new ArrayList<>();
    paragraphs(blocks, lines);
    Set<String> drop = new HashSet<>();
    for (String line : lines) {
      if (line.length() < MIN_DESCRIPTION) continue;
      for (String d : descriptions) {
        if (!repeats(line, d)) continue;
        copies.computeIfAbsent(d, k -> new ArrayList<>()).add(line);
        if (!line.equals(d) && !d.startsWith(line)) drop.add(line);
        break;
      }
    }
    for (List<String> c : copies.values()) if (c.size() >= 2) drop.addAll(c);
    return tidy(blocks, drop, explain);
  }

  private static void paragraphs(List<Block> blocks, List<String> out) {
    for (Block b : blocks) {
      if (b instanceof Paragraph p) out.add(Whitespace.squash(p.text()));
      else if (b instanceof ListBlock l) for (ListBlock.Item item : l.items()) paragraphs(item.content(), out);
    }
  }

  private static List<Block> tidy(List<Block> blocks, Set<String> drop, Explain explain) {
    int n = blocks.size();
    boolean[] copy = new boolean[n];
    List<Block> kept = new ArrayList<>(blocks);
    boolean changed = false;
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      if (b instanceof Paragraph p && !drop.isEmpty() && drop.contains(Whitespace.squash(p.text()))) {
        copy[i] = true;
        changed = true;
        explain.note("removed a copy of a picture's caption: " + BodyTidy.abbreviate(Whitespace.squash(p.text())));
      } else if (b instanceof Figure f) {
        Figure one = oneCaption(f);
        if (one != f) {
          kept.set(i, one);
          changed = true;
          explain.note("kept one of the copies in a picture's caption: " + BodyTidy.abbreviate(one.alt()));
        }
      } else if (b instanceof ListBlock l) {
        ListBlock tidied = list(l, drop, explain);
        if (tidied != l) {
          kept.set(i, tidied);
          changed = true;
        }
      }
    }
    // runs of button labels beside a picture, a list of pictures or a removed copy
    for (int i = 0; i < n; i++) {
      if (!isControl(blocks.get(i))) continue;
      int end = i;
      while (end + 1 < n && isControl(blocks.get(end + 1))) end++;
      boolean beside = i > 0 && (copy[i - 1] || isPictures(kept.get(i - 1)))
          || end + 1 < n && (copy[end + 1] || isPictures(kept.get(end + 1)));
      if (beside) {
        for (int k = i; k <= end; k++) {
          copy[k] = true;
          explain.note("removed a gallery's button label: " + Whitespace.squash(((Paragraph) blocks.get(k)).text()));
        }
        changed = true;
      }
      i = end;
    }
    if (!changed) return blocks;
    List<Block> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) if (!copy[i]) out.add(kept.get(i));
    return out;
  }

  private static ListBlock list(ListBlock l, Set<String> drop, Explain explain) {
    List<ListBlock.Item> items = new ArrayList<>(l.items().size());
    boolean changed = false;
    for (ListBlock.Item item : l.items()) {
      List<Block> content = tidy(item.content(), drop, explain);
      changed |= content != item.content();
      items.add(content == item.content() ? item : new ListBlock.Item(content));
    }
    return changed ? new ListBlock(l.ordered(), l.start(), items) : l;
  }

  // the descriptions of the pictures anywhere in the body (in list items too), long enough to tell
  private static void collect(List<Block> blocks, List<String> out) {
    for (Block b : blocks) {
      if (b instanceof Figure f) {
        String alt = Whitespace.squash(f.alt());
        String caption = Whitespace.squash(Inline.plainText(f.caption()));
        if (alt.length() >= MIN_DESCRIPTION) out.add(alt);
        if (caption.length() >= MIN_DESCRIPTION) out.add(caption);
      } else if (b instanceof ListBlock l) {
        for (ListBlock.Item item : l.items()) collect(item.content(), out);
      }
    }
  }

  /** How near a gallery's picture and the two copies of its blurb stand, in blocks. */
  private static final int NEAR = 3;

  /**
   * Adds the blurbs of galleries: a paragraph printed twice within {@value #NEAR} blocks of itself, right after a
   * picture (the gallery's promo and its caption panel, each with the gallery's description). One copy would be a
   * lead; two side by side under a picture are the gallery's.
   */
  private static void blurbs(List<Block> blocks, List<String> out) {
    int lastFigure = -NEAR - 1;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b instanceof Figure) {
        lastFigure = i;
        continue;
      }
      if (i - lastFigure > NEAR || !(b instanceof Paragraph p) || p.textLength() < MIN_DESCRIPTION) continue;
      String t = Whitespace.squash(p.text());
      for (int k = i + 1; k <= Math.min(blocks.size() - 1, i + NEAR); k++) {
        if (blocks.get(k) instanceof Paragraph q && t.equals(Whitespace.squash(q.text()))) {
          out.add(t);
          break;
        }
      }
    }
  }

  /**
   * {@return whether {@code line} is a copy of the description {@code d}}: both start with the same words (at
   * least {@value #MIN_DESCRIPTION} characters of them), and after those the line has at most a toggle's or a
   * credit's few characters; the description may go on (a copy shortened with "… more", or an alt text that
   * adds the credit).
   */
  static boolean repeats(String line, String d) {
    int same = sameStart(line, d);
    return same >= MIN_DESCRIPTION && line.length() - same <= MAX_TAIL;
  }

  private static int sameStart(String a, String b) {
    int same = 0;
    int max = Math.min(a.length(), b.length());
    while (same < max && a.charAt(same) == b.charAt(same)) same++;
    return same;
  }

  /**
   * {@return {@code f} with one copy of its caption when the caption holds two: a gallery's full caption and its
   * shortened one, each with its toggle ("… (AP Photo/Jane Doe) less … The Islanders ... more"); the first copy
   * is kept, without the toggle when the alt text shows where the words end}
   */
  static Figure oneCaption(Figure f) {
    String t = Whitespace.squash(Inline.plainText(f.caption()));
    if (t.length() < 2 * MIN_DESCRIPTION) return f;
    int second = t.indexOf(t.substring(0, MIN_DESCRIPTION), 1);
    if (second < MIN_DESCRIPTION) return f;
    String first = t.substring(0, second).trim();
    if (!repeats(t.substring(second), first)) return f;
    String alt = Whitespace.squash(f.alt());
    int same = sameStart(first, alt);
    if (same >= MIN_DESCRIPTION && first.length() - same <= MAX_TAIL) first = first.substring(0, same).trim();
    return new Figure(f.src(), f.alt(), List.of(new Text(first)));
  }

  private static boolean isControl(Block b) {
    if (!(b instanceof Paragraph p)) return false;
    String raw = p.text();
    if (Whitespace.keepsMoreThan(raw, 20)) return false; // a paragraph of prose: not squashed to be measured
    String t = Whitespace.squash(raw);
    if (t.isEmpty() || t.length() > 20) return false;
    return CONTROLS.contains(t.toLowerCase(Locale.ROOT).replaceAll("[.:…»›×\\s]+$", ""));
  }

  // a picture, or a list whose items hold only pictures (a gallery's strip)
  private static boolean isPictures(Block b) {
    if (b instanceof Figure) return true;
    if (!(b instanceof ListBlock l)) return false;
    for (ListBlock.Item item : l.items()) {
      if (item.content().isEmpty() || !(item.content().get(0) instanceof Figure)) return false;
      for (Block c : item.content()) if (!(c instanceof Figure)) return false;
    }
    return true;
  }
}
