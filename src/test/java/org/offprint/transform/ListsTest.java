package org.offprint.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Copy-on-change mapping: the same list back when nothing changed, a new one holding the changes else. */
class ListsTest {
  private static final List<String> WORDS = List.of("quay", "tide", "ferry");

  @Test
  void aListNothingChangedInComesBackItself() {
    assertSame(WORDS, Lists.map(WORDS, w -> w));
    assertSame(List.of(), Lists.map(List.<String>of(), w -> w + "!"));
  }

  @Test
  void aChangeAnywhereGivesANewListInOrderAndLeavesTheOldOneAlone() {
    assertEquals(List.of("QUAY", "tide", "ferry"), Lists.map(WORDS, w -> w.equals("quay") ? "QUAY" : w));
    assertEquals(List.of("quay", "tide", "FERRY"), Lists.map(WORDS, w -> w.equals("ferry") ? "FERRY" : w));
    assertEquals(List.of("quay!", "tide!", "ferry!"), Lists.map(WORDS, w -> w + "!"));
    assertEquals(List.of("quay", "tide", "ferry"), WORDS);
  }
}
