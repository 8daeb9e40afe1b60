package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.offprint.read.InputException;

/** An article that fails, even by a bug, is named in one line; --skip-bad skips it like any unreadable one. */
class BundleFailureTest {
  @Test
  void aBugOnOneArticleIsSkippedUnderSkipBadNamingIt() throws IOException {
    assertEquals("b.html: internal error: java.lang.IllegalArgumentException: count is negative: -1",
        BundleCommand.failure("b.html", new IllegalArgumentException("count is negative: -1"), true));
    assertEquals("b.html: internal error: java.lang.StackOverflowError",
        BundleCommand.failure("b.html", new StackOverflowError(), true));
  }

  @Test
  void withoutSkipBadABugFailsTheBundleInOneLineNamingTheArticle() {
    BundleCommand.ArticleBug bug = assertThrows(BundleCommand.ArticleBug.class,
        () -> BundleCommand.failure("b.html", new IllegalArgumentException("count is negative: -1"), false));
    assertEquals(ExitCodes.SOFTWARE, ExitCodes.code(bug));
    assertEquals("b.html: java.lang.IllegalArgumentException: count is negative: -1", bug.toString());
  }

  @Test
  void anUnreadableArticleIsAnInputErrorOrSkipped() throws IOException {
    InputException e = new InputException("a.html", "is empty");
    assertEquals(e, assertThrows(InputException.class, () -> BundleCommand.failure("a.html", e, false)));
    assertEquals(e.getMessage(), BundleCommand.failure("a.html", e, true));
    assertThrows(UsageException.class, () -> BundleCommand.failure("a.html", new UsageException("bad"), true));
  }
}
