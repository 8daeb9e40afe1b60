package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offprint.Offprint;
import org.offprint.model.Document;
import org.offprint.testing.Texts;
import org.offprint.testing.Truth;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.WriteOptions;
import org.offprint.write.text.TextWriter;

/**
 * The non-English pages (KOI8-R, undeclared windows-1251, a declaration past 5 KB, Shift_JIS, EUC-KR, Arabic
 * right-to-left): the right charset, title, language and text, and none of the chrome.
 */
class HardSamplesTest {
  static List<Truth> pages() throws IOException {
    return Truth.hard();
  }

  @ParameterizedTest
  @MethodSource("pages")
  void readsTheArticleInItsScript(Truth t) throws IOException {
    Document doc = Offprint.read(t.page());
    assertEquals(t.title(), doc.metadata().title(), t + ": title");
    assertEquals(t.language(), doc.metadata().language().replaceFirst("-.*", ""), t + ": language");
    assertTrue(doc.metadata().published().startsWith(t.published()), t + ": date " + doc.metadata().published());
    String text = Texts.collapse(TextWriter.builder(WriteOptions.of(ThemeLoader.builtIn("default"))).build().render(doc));
    for (String p : t.paragraphs()) assertTrue(text.contains(Texts.collapse(p)), t + " lacks: " + p);
    for (String c : t.chrome()) assertTrue(!text.contains(c), t + " holds chrome: " + c);
  }
}
