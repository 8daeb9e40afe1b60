package org.offprint.read.html;

import org.jsoup.nodes.Element;

/** Tells data tables, which become model tables, from layout tables, which are unwrapped. */
final class Tables {
  private Tables() {}

  /** {@return whether {@code table} holds data (header cells, a caption, or a grid) rather than page layout} */
  static boolean isDataTable(Element table) {
    String role = table.attr("role");
    if (role.equals("presentation") || role.equals("none") || table.attr("datatable").equals("0")) return false;
    if (table.selectFirst("table") != null && table.select("table").size() > 1) return false; // nested: layout
    if (!table.attr("summary").isBlank() || table.selectFirst("caption, thead, tfoot, th, colgroup, col") != null) {
      return true;
    }
    int rows = 0;
    int cols = 0;
    for (Element tr : table.select("tr")) {
      rows++;
      cols = Math.max(cols, tr.select("td").size());
    }
    if (rows == 0) return false;
    // a table of prose blocks is layout, whatever its shape
    if (table.select("p, div, ul, ol").size() > rows) return false;
    return rows >= 10 || cols > 4 || rows * cols > 10 || rows >= 2 && cols >= 2;
  }
}
