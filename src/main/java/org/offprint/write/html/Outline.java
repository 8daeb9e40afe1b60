package org.offprint.write.html;

import java.util.ArrayList;
import java.util.List;
import org.offprint.model.Block;
import org.offprint.model.Document;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Image;
import org.offprint.model.Inline;
import org.offprint.model.ListBlock;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;

/**
 * The top-level headings of a document as {@link BodyRenderer} gives them, found without rendering: the same
 * walk (body, then notes; quotes and list items inside), the same ids ({@link Anchors}), the same levels (the
 * document's: the transform stage's HeadingLevels set them), the same headings left out (empty ones). For a
 * chapter an earlier run rendered, whose XHTML is kept as it was.
 */
final class Outline {
  private final Anchors anchors;
  private final List<TocHeading> out = new ArrayList<>();

  private Outline(Document document) {
    anchors = new Anchors(document);
  }

  /** {@return the headings {@code ArticleRenderer.render} returns for {@code document}} */
  static List<TocHeading> of(Document document) {
    Outline o = new Outline(document);
    o.blocks(document.blocks(), 0);
    for (Footnote f : document.footnotes()) o.blocks(f.content(), 1);
    return List.copyOf(o.out);
  }

  private void blocks(List<Block> blocks, int nesting) {
    for (Block b : blocks) {
      if (b instanceof Heading h) heading(h, nesting);
      else if (b instanceof Quote q) blocks(q.content(), nesting + 1);
      else if (b instanceof ListBlock l) {
        for (ListBlock.Item item : l.items()) {
          // a lone paragraph is written inline: it holds no heading
          if (!(item.content().size() == 1 && item.content().get(0) instanceof Paragraph)) {
            blocks(item.content(), nesting + 1);
          }
        }
      }
    }
  }

  private void heading(Heading heading, int nesting) {
    String id = anchors.nextHeadingId();
    if (Xml.clean(heading.text()).isBlank() && !hasImage(heading.content())) return;
    int level = heading.level();
    if (nesting == 0) out.add(new TocHeading(level, Xml.clean(heading.text()).strip(), id));
  }

  private static boolean hasImage(List<Inline> inlines) {
    for (Inline in : inlines) if (in instanceof Image) return true;
    return false;
  }
}
