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
}
