package org.offprint.write.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offprint.theme.Theme;

/**
 * Gives each page of one rendering the bottom margin a {@link PagePlan} asks for, and measures how each article
 * ends: on how many pages, and how much of its last page it fills. OpenPDF applies margins set while a page ends
 * to the page that follows ({@code PdfDocument.initPage}), so the margin of each next page is set in
 * {@link #onEndPage}, and of an article's first page just before it is begun. Not thread-safe: one per rendering.
 */
final class PlannedPages extends PdfPageEventHelper {
  /**
   * How an article ended.
   *
   * @param pages the pages it took
   * @param lastHeight the height its content fills on its last page, in points
   * @param lastLines the lines of text on its last page (block spacing, rules and images make the height say more)
   */
  record End(int pages, float lastHeight, int lastLines) {}

  /** A text line's start: the last two operands (x, y) of a text matrix, which OpenPDF sets once per line. */
  private static final Pattern TEXT_MATRIX = Pattern.compile("(-?[0-9.]+) (-?[0-9.]+) Tm\\n");

  private final Document pdf;
  private final Theme.Page page;
  private final float leading;
  private final PagePlan plan;
  private final List<End> ends = new ArrayList<>();
  private int article = -1;
  private int start;
  private boolean starting;

  PlannedPages(Document pdf, Theme.Page page, float leading, PagePlan plan) {
    this.pdf = pdf;
    this.page = page;
    this.leading = leading;
    this.plan = plan;
  }

  /** Article {@code index} starts on the next page begun (the first one, if the document is not open yet). */
  void begin(int index) {
    article = index;
    starting = true;
    margins(0);
  }

  /** The article begun last has ended here. */
  void end(PdfWriter writer) {
    ends.add(new End(writer.getPageNumber() - start + 1, pdf.top() - writer.getVerticalPosition(false),
        lines(writer.getDirectContent())));
  }

  /**
   * {@return the lines of text drawn so far on the current page}: the heights at which a text line was set in
   * its content (the running header and page number are drawn when the page ends, after this is asked). OpenPDF
   * keeps no count of lines, so they are read from the page's own content stream.
   */
  static int lines(PdfContentByte page) {
    Matcher m = TEXT_MATRIX.matcher(new String(page.getInternalBuffer().toByteArray(), StandardCharsets.ISO_8859_1));
    Set<String> heights = new HashSet<>();
    while (m.find()) heights.add(m.group(2));
    return heights.size();
  }

  /** {@return how each article ended, by index} */
  Map<Integer, End> ends() {
    Map<Integer, End> out = new HashMap<>();
    for (int i = 0; i < ends.size(); i++) out.put(i, ends.get(i));
    return out;
  }

  @Override
  public void onStartPage(PdfWriter writer, Document document) {
    if (starting) {
      start = writer.getPageNumber();
      starting = false;
    }
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    if (article >= 0 && !starting) margins(writer.getPageNumber() + 1 - start);
  }

  private void margins(int offset) {
    int lines = article < 0 ? 0 : plan.lines(article, offset);
    pdf.setMargins(page.left(), page.right(), page.top(), page.bottom() - lines * leading);
  }
}
