package org.offprint.read.html.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.offprint.model.Block;
import org.offprint.model.Figure;
import org.offprint.model.Image;
import org.offprint.model.Inline;
import org.offprint.model.LineBreak;
import org.offprint.model.Paragraph;
import org.offprint.model.Text;
import org.offprint.read.html.dom.Explain;
import org.offprint.read.html.dom.Whitespace;

/**
 * Captions that a page set as text under a picture, opened by a figure label ("Abbildung 3: Grosser
 * Schneekristall.", "(Figure 2. The harbour in 1911)", "Abb.: …"): in the picture's own paragraph, after it, or
 * in the paragraph right after a picture without a caption. They become the picture's caption, as a
 * {@code <figcaption>} would have been, not a paragraph of the body.
 */
final class FigureLabels {
  private FigureLabels() {}

  /** A caption's length above which the text is taken for prose that happens to start with a label. */
  private static final int MAX_CAPTION = 400;

  /** A figure label, its number if any, then a colon, full stop or dash: "Abbildung 4:", "Fig. 2.", "Rys. 1 –". */
  private static final Pattern LABEL = Pattern.compile(
      "^[\\s_(\\[]*(?:abbildung|abb\\.?|figure|fig\\.?|grafik|graphic|illustration|figura|imagen|ilustración"
          + "|afbeelding|rysunek|rys\\.?|рисунок|рис\\.?)\\s*(?:\\d+[a-z]?)?\\s*[:.–—-]\\s*\\S",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static List<Block> captions(List<Block> blocks, Explain explain) {
    List<Block> out = null;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      Block replaced = null;
      boolean joined = false;
      if (b instanceof Paragraph p) {
        replaced = pictureWithCaption(p);
      } else if (b instanceof Figure f && f.caption().isEmpty() && i + 1 < blocks.size()
          && blocks.get(i + 1) instanceof Paragraph next && isCaption(next.content())) {
        replaced = new Figure(f.src(), f.alt(), trimmed(next.content()));
        joined = true;
      }
      if (replaced == null) {
        if (out != null) out.add(b);
        continue;
      }
      if (out == null) out = new ArrayList<>(blocks.subList(0, i));
      out.add(replaced);
      explain.note("took a labelled line under a picture as its caption: "
          + BodyTidy.abbreviate(Inline.plainText(((Figure) replaced).caption())));
      if (joined) i++;
    }
    return out == null ? blocks : out;
  }

  /** {@code p} as a figure when it is a picture and a labelled caption (on a line of its own or not); else null. */
  private static Figure pictureWithCaption(Paragraph p) {
    List<Inline> content = p.content();
    if (content.size() < 2 || !(content.get(0) instanceof Image img)) return null;
    int i = 1;
    while (i < content.size() && (content.get(i) instanceof LineBreak || isBlank(content.get(i)))) i++;
    List<Inline> rest = content.subList(i, content.size());
    if (!isCaption(rest)) return null;
    return new Figure(img.src(), img.alt(), trimmed(rest));
  }

  private static boolean isCaption(List<Inline> content) {
    for (Inline i : content) if (i instanceof Image) return false;
    String text = Whitespace.squash(Inline.plainText(content));
    return text.length() <= MAX_CAPTION && LABEL.matcher(text).find();
  }

  private static boolean isBlank(Inline i) {
    return i instanceof Text t && t.text().isBlank();
  }

  /** The caption's inlines without the line breaks that set it under the picture. */
  private static List<Inline> trimmed(List<Inline> content) {
    List<Inline> out = new ArrayList<>(content.size());
    for (Inline i : content) out.add(i instanceof LineBreak ? new Text(" ") : i);
    return out;
  }
}
