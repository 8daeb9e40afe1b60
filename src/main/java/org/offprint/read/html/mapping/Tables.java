package org.offprint.read.html.mapping;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.offprint.read.html.dom.Walk;

/** Tells data tables, which become model tables, from layout tables, which are unwrapped. */
public final class Tables {
  // tag queries: one set lookup of the tag per element (Walk.tags)
  private static final Evaluator TABLE = Walk.tags("table");
  private static final Evaluator DATA_PARTS = Walk.tags("caption", "thead", "tfoot", "th", "colgroup", "col");
  private static final Evaluator ROW = Walk.tags("tr");
  private static final Evaluator CELL = Walk.tags("td");
  private static final Evaluator PROSE_BLOCKS = Walk.tags("p", "div", "ul", "ol");

  private Tables() {}

  /** {@return whether {@code table} holds data (header cells, a caption, or a grid) rather than page layout} */
  public static boolean isDataTable(Element table) {
    String role = table.attr("role");
    if (role.equals("presentation") || role.equals("none") || table.attr("datatable").equals("0")) return false;
    if (Walk.first(table, TABLE) != null && Walk.all(table, TABLE).size() > 1) return false; // nested: layout
    if (!table.attr("summary").isBlank() || Walk.first(table, DATA_PARTS) != null) {
      return true;
    }
    int rows = 0;
    int cols = 0;
    for (Element tr : Walk.all(table, ROW)) {
      rows++;
      cols = Math.max(cols, Walk.all(tr, CELL).size());
    }
    if (rows == 0) return false;
    if (holdsProse(table)) return false; // layout, whatever its shape
    return rows >= 10 || cols > 4 || rows * cols > 10 || rows >= 2 && cols >= 2;
  }

  /**
   * Whether a cell of {@code table} holds prose, as the cells of a page laid out in a table do: several
   * paragraphs (or blocks) with more than a short note between them, or one long text. A cell that a word
   * processor wrapped in one paragraph, as exported documents do, is still data.
   */
  private static boolean holdsProse(Element table) {
    for (Element td : Walk.all(table, CELL)) {
      int length = td.text().length();
      if (length > PROSE_CELL || length > 200 && Walk.all(td, PROSE_BLOCKS).size() > 1) return true;
    }
    return false;
  }

  /** A cell's text longer than this is prose, however it is marked up. */
  private static final int PROSE_CELL = 1000;
}
