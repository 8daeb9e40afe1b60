package org.offprint.read.html.mapping;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TablesTest {
  private static Element el(String html) {
    return Jsoup.parseBodyFragment(html).body().child(0);
  }

  @Test
  void dataTablesAreToldFromLayoutTables() {
    assertTrue(Tables.isDataTable(el("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>")));
    assertFalse(Tables.isDataTable(el("<table><tr><td><p>One column of prose.</p><p>More.</p></td></tr></table>")));
    assertFalse(Tables.isDataTable(el("<table role=\"presentation\"><tr><th>A</th></tr></table>")));
  }

  @Test
  void aWordProcessorsTableWithAParagraphInEachCellHoldsData() {
    String row = "<tr><td><p>enqueued</p></td><td><p>started</p></td><td><p>Re-enqueue the task if it has been"
        + " waiting too long. This can happen if the queue loses data or the controller goes down after polling"
        + " the queue and before the task was claimed.</p></td></tr>";
    assertTrue(Tables.isDataTable(el("<table>" + row + row + row + "</table>")));
  }

  @Test
  void aTableWhoseCellsHoldSeveralParagraphsOfProseIsLayout() {
    String prose = "<p>The harbour board met on Tuesday and voted to widen the channel before the winter.</p>"
        + "<p>Its chair said the dredging would begin in March, once the last of the herring boats had left.</p>"
        + "<p>The fishermen's union asked for the work to wait until the season was over.</p>";
    assertFalse(Tables.isDataTable(el("<table><tr><td>Menu</td><td>" + prose + "</td></tr>"
        + "<tr><td>Links</td><td>Footer</td></tr></table>")));
    assertFalse(Tables.isDataTable(el("<table><tr><td>" + "A long column of text. ".repeat(50) + "</td>"
        + "<td>Side</td></tr><tr><td>More</td><td>Footer</td></tr></table>")));
  }
}
