package org.offprint.read.html.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetaTitleTest {
  @Test
  void everySeparatorIsSeenByTheQuickTest() {
    for (String sep : new String[] {"|", "-", "–", "—", "»", "·", "/", "\\", "~", "::", ":::"}) {
      String title = "A headline " + sep + " Site";
      assertTrue(MetaTitle.maySeparate(title), title);
      assertEquals("A headline", MetaTitle.withoutSite(title, "Site"), title);
    }
    assertFalse(MetaTitle.maySeparate("A plain headline, with a comma"));
    assertEquals("A plain headline", MetaTitle.withoutSite("A plain headline", "Site"));
  }
}
