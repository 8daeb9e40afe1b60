package org.offprint.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The readers' one charset detector, on bare text as the text reader meets it (the HTML reader's cases, with
 * markup, declarations and byte order marks, are in HtmlCharsetTest): each candidate charset on text of its
 * languages, UTF-8, and UTF-16 without a byte order mark.
 */
class CharsetDetectorTest {
  private static final String RU = "Заголовок статьи. Это первый абзац статьи, в нём достаточно слов, чтобы считаться текстом.";
  private static final String UK = "Київ готується до зими: міська рада затвердила план ремонту теплових мереж і шкіл.";
  private static final String FR =
      "Le projet de loi sur le renseignement a été approuvé à l'Assemblée. Les députés ont voté très largement.";
  private static final String DE = "Der Gemeinderat hat am Dienstag über die Brücke abgestimmt. Die Bürger müssen länger warten.";
  private static final String PL = "Zażółć gęślą jaźń. Pchnąć w tę łódź jeża lub ośm skrzyń fig.";
  private static final String JA = "これは日本語の文章です。東京は日本の首都であり、多くの人々が住んでいます。今日は天気が良いです。";
  private static final String ZH = "这是中文的文章。北京是中国的首都，有很多人在这里生活和工作。今天的天气很好，我们一起去公园吧。";
  private static final String KO = "한국어 문장입니다. 서울은 대한민국의 수도이며 많은 사람들이 살고 있습니다. 오늘은 날씨가 좋습니다.";

  @ParameterizedTest
  @CsvSource({
      "RU, windows-1251", "RU, KOI8-R", "UK, windows-1251", "FR, windows-1252", "DE, windows-1252",
      "PL, ISO-8859-2", "JA, Shift_JIS", "JA, EUC-JP", "ZH, GB18030", "KO, EUC-KR",
      "RU, UTF-8", "JA, UTF-8", "FR, UTF-8", "RU, UTF-16LE", "DE, UTF-16BE"})
  void bareTextDecodesToWhatWasWritten(String language, String charset) throws Exception {
    String text = (String) getClass().getDeclaredField(language).get(null);
    byte[] bytes = text.getBytes(Charset.forName(charset));
    Charset detected = CharsetDetector.detect(bytes);
    assertEquals(text, new String(bytes, detected), language + " in " + charset + " read as " + detected);
  }

  @Test
  void plainAsciiIsUtf8() {
    assertEquals("UTF-8", CharsetDetector.detect("Plain words only.".getBytes(Charset.forName("US-ASCII"))).name());
  }

  @Test
  void theRightCharsetScoresHigher() {
    byte[] koi8 = RU.getBytes(Charset.forName("KOI8-R"));
    assertTrue(CharsetDetector.score(koi8, Charset.forName("KOI8-R"))
        > CharsetDetector.score(koi8, Charset.forName("windows-1251")));
  }
}
