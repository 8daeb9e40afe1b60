package org.offprint.transform;

import java.util.List;
import java.util.Locale;
import org.offprint.model.Block;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Heading;
import org.offprint.model.Paragraph;

/**
 * Drops the first blocks that only repeat the title (paragraphs or headings of any level, compared with spaces
 * collapsed and case folded): every writer prints the title from the metadata already, and pages built of divs
 * set their headline in a plain element that no reader's heading rule recognises. The last block always stays, so
 * a title-only document is never emptied. Reported as an INFO diagnostic.
 *
 * <p>Every leading repeat goes, not only the first, so that the step is idempotent: a document that went through
 * it (and was written as JSON, say) comes back through it unchanged.
 *
 * <p>Stateless and thread-safe.
 */
final class DuplicateTitle implements Transform {
  @Override
  public Document apply(Document document, String input, Diagnostics diagnostics) {
    List<Block> blocks = document.blocks();
    String title = document.metadata().title();
    if (title.isBlank()) return document;
    String folded = fold(title);
    int drop = 0;
    while (drop < blocks.size() - 1 && repeats(blocks.get(drop), folded)) drop++;
    if (drop == 0) return document;
    diagnostics.info(input, drop == 1 ? "removed the first block, which repeats the title"
        : "removed the first " + drop + " blocks, which repeat the title");
    return new Document(document.metadata(), blocks.subList(drop, blocks.size()), document.footnotes());
  }

  private static boolean repeats(Block b, String foldedTitle) {
    String text = text(b);
    return text != null && fold(text).equals(foldedTitle);
  }

  private static String text(Block b) {
    if (b instanceof Paragraph p) return p.text();
    if (b instanceof Heading h) return h.text();
    return null;
  }

  private static String fold(String s) {
    return TitleText.oneLine(s).toLowerCase(Locale.ROOT);
  }
}
