package org.offprint.read.html.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BareDatesTest {
  @Test
  void aDateWithAWeekdayAndATimeIsABareDate() {
    for (String line : new String[] {"23.10.2018", "Donnerstag, 31. Mai 2012", "June 8, 2015 at 3:59 PM",
        "mardi 12 mars 2019 à 14h30", "12. März 2019, 12:30 Uhr", "2019-03-12"}) {
      assertTrue(BareDates.is(line), line);
    }
  }

  @Test
  void aDateWithOtherWordsIsNone() {
    for (String line : new String[] {"Am 31. Mai 2012 legte die Fähre an.", "Sekretariat · 8. November 2021",
        "Mai 2012", "3:59 PM", "1,200 boats", "", "Harbour Day: 12 May 2024, from 10:00 on the quay"}) {
      assertFalse(BareDates.is(line), line);
    }
  }
}
