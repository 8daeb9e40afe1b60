package org.offprint.testing;

/** Whether golden tests rewrite their files instead of comparing: only when asked with {@code -Dgolden.update=true}. */
public final class Goldens {
  private Goldens() {}

  /** {@return true only under {@code -Dgolden.update=true}; nothing in the environment turns it on} */
  public static boolean update() {
    return Boolean.getBoolean("golden.update");
  }
}
