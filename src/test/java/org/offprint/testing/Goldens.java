package org.offprint.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether golden tests rewrite their files instead of comparing: only when asked with {@code -Dgolden.update=true}. */
public final class Goldens {
  private Goldens() {}

  /** {@return true only under {@code -Dgolden.update=true}; nothing in the environment turns it on} */
  public static boolean update() {
    return Boolean.getBoolean("golden.update");
  }

  /**
   * Compares {@code actual} with the golden file (a path under the checkout, such as
   * {@code src/test/resources/golden/html/x.html}), or rewrites the file first under {@link #update()}. A mismatch
   * fails with the file, the first differing line of both sides, and the whole text for the IDE's diff.
   */
  public static void check(Path golden, String actual) throws IOException {
    if (update()) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    if (!Files.exists(golden)) {
      throw new AssertionError(golden + " is missing: run with -Dgolden.update=true and review it");
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      assertEquals(expected, actual, golden + " differs: " + firstDifference(expected, actual)
          + "\n(after a deliberate change, run with -Dgolden.update=true and review the diff)");
    }
  }

  /** {@return the first line that differs, numbered from 1, with the golden's and the actual text of that line} */
  static String firstDifference(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    for (int i = 0; i < Math.max(e.length, a.length); i++) {
      String el = i < e.length ? e[i] : "<end of file>";
      String al = i < a.length ? a[i] : "<end of file>";
      if (!el.equals(al)) return "line " + (i + 1) + "\n  golden: " + el + "\n  actual: " + al;
    }
    return "no line differs";
  }
}
