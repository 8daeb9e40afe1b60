package org.offprint.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.offprint.testing.Goldens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The readers' one date parser, on the union of the cases of the HTML reader's DateText and the text reader's
 * Dates that it replaces, plus what each of them alone could not read.
 */
class DatesTest {
  private static String norm(String s) {
    return Dates.normalize(s).orElse("");
  }

  private static String text(String s) {
    return Dates.inText(s).orElse("");
  }

  private static String found(String s) {
    return Dates.find(s).map(f -> f.date().toString()).orElse("");
  }

  /**
   * The month and weekday names Dates knows are kept in a file (asking the JDK for them cost a tenth of a second
   * at start-up): on JDK 17, whose locale data they are, the file holds exactly what the JDK gives.
   */
  @Test
  void theNamesFileHoldsJdk17sLocaleData() throws IOException {
    assumeTrue(Runtime.version().feature() == 17, "the names are JDK 17's; later JDKs abbreviate some differently");
    List<String> expected = new ArrayList<>();
    for (String language : List.of("en", "de", "fr", "it", "es", "pt", "nl", "ru", "uk", "pl", "cs", "sv", "da",
        "nb", "fi", "tr", "ro", "hu", "el")) {
      Locale l = Locale.forLanguageTag(language);
      StringBuilder line = new StringBuilder(language);
      for (Month m : Month.values()) {
        for (TextStyle s : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
            TextStyle.SHORT_STANDALONE)) {
          line.append(' ').append(m.getDisplayName(s, l));
        }
      }
      for (DayOfWeek d : DayOfWeek.values()) {
        for (TextStyle s : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT)) {
          line.append(' ').append(d.getDisplayName(s, l));
        }
      }
      expected.add(line.toString());
    }
    try (InputStream in = Dates.class.getResourceAsStream("date-names.txt")) {
      List<String> file = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
      assertEquals(expected, file);
    }
  }

  /** The names as matched are kept in date-keys.txt, made from date-names.txt by Dates.keys(). */
  @Test
  void theKeysFileIsMadeFromTheNamesFile() throws IOException {
    Goldens.check(Path.of("src/main/resources/org/offprint/read/date-keys.txt"),
        Dates.keys(Dates.resource("date-names.txt")));
  }

  @Test
  void namesFromTheFileOnEveryJdk() {
    assertEquals("2021-05-05", text("Helsinki 5. toukok. 2021")); // Finnish: an abbreviation JDK 25's data lack
    assertEquals("2021-03-05", text("Amsterdam, 5 mrt. 2021"));
    assertTrue(Pattern.compile(Dates.monthOrDay(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher("Keskiviikkona, 5.5.2021").lookingAt()); // a full Finnish weekday name
  }

  // DateText's cases

  @Test
  void aTextWithoutFourDigitsInARowHasNoDate() {
    assertEquals("", text("3 comments, 12:30, May 5 at 21"));
    assertEquals("", norm("5/5/21"));
    assertEquals("2021-05-05", text("Posted at 21:30, May 5, 2021"));
    assertEquals("2021-05-05", norm("Wed, 05 May 2021 10:20:30 GMT").substring(0, 10));
  }

  @Test
  void machineValues() {
    assertEquals("2021-05-05", norm("2021-05-05"));
    assertEquals("2021-05-05T10:00+02:00", norm("2021-05-05T10:00:00+02:00"));
    assertEquals("2021-05-05T10:00+02:00", norm("2021-05-05T10:00:00+0200"));
    assertEquals("2021-05-05T10:00:05Z", norm("2021-05-05T10:00:05.123Z"));
    assertEquals("2017-11-03", norm("2017-11-03 03:01:00.000000")); // no zone: the day only
    assertEquals("2008-06-03T11:05:30Z", norm("Tue, 3 Jun 2008 11:05:30 GMT"));
    assertEquals("2021-05-05", norm("20210505"));
    assertEquals("2021-05-05", norm("2021/05/05"));
    assertEquals("2021-05-05", norm("05.05.2021"));
  }

  @Test
  void englishDates() {
    assertEquals("2025-01-07", text("Last Updated: January 7, 2025"));
    assertEquals("2015-03-25", text("By Nathan Willis March 25th, 2015"));
    assertEquals("2021-05-05", text("PARIS, 5 May 2021 — The council"));
    assertEquals("2016-12-22", text("22 Dec 2016"));
  }

  @Test
  void datelinesInOtherLanguages() {
    assertEquals("2023-05-15", text("МОСКВА, 15 мая 2023 — Совет"));
    assertEquals("2021-05-05", text("Berlin, 5. Mai 2021 – Der Rat"));
    assertEquals("2021-05-05", text("Madrid, 5 de mayo de 2021"));
    assertEquals("2021-05-05", text("le 5 mai 2021"));
    assertEquals("2021-05-05", text("Roma, 5 maggio 2021"));
    assertEquals("2021-05-05", text("5 maja 2021"));
    assertEquals("2021-05-05", text("5 травня 2021"));
    assertEquals("2021-05-05", text("2021年5月5日 東京"));
    assertEquals("2021-05-05", text("2021년 5월 5일"));
  }

  @Test
  void impossibleDatesAndPlainNumbersAreNotDates() {
    assertEquals(Optional.empty(), Dates.inText("31 February 2021"));
    assertEquals(Optional.empty(), Dates.inText("We sold 5 May trees in 12 stores"));
    assertEquals(Optional.empty(), Dates.normalize("Ann Lee"));
  }

  @Test
  void urlDates() {
    assertEquals("2021-05-05", Dates.inUrl("https://x.org/2021/05/05/story").orElse(""));
    assertEquals("2021-05-05", Dates.inUrl("https://x.org/news/2021-05-05-story").orElse(""));
    assertEquals(Optional.empty(), Dates.inUrl("https://x.org/2021/story"));
  }

  // the text reader's Dates' cases

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "BERLIN, 4 March 2023, Example Institute.|2023-03-04",
      "March 4, 2023|2023-03-04",
      "Mar 4th, 2023|2023-03-04",
      "МОСКВА, 4 марта 2023 г.|2023-03-04",
      "Опубликовано: 04.03.2023|2023-03-04",
      "Kiel, 4. März 2023 (dpa)|2023-03-04",
      "Paris, le 4 mars 2023|2023-03-04",
      "Madrid, 4 de marzo de 2023|2023-03-04",
      "Lisboa, 4 de março de 2023|2023-03-04",
      "Roma, 4 marzo 2023|2023-03-04",
      "Київ, 4 березня 2023|2023-03-04",
      "Saturday, 4 March 2023 10:15|2023-03-04",
      "2023-03-04T10:15:00Z|2023-03-04",
      "12/25/2023|2023-12-25"})
  void datesInManyLanguagesAndFormats(String text, String iso) {
    assertEquals(LocalDate.parse(iso), Dates.find(text).orElseThrow().date(), text);
  }

  @Test
  void noDateInPlainText() {
    assertTrue(Dates.find("The harbour had 1871 boats and 32 nets.").isEmpty());
  }

  @Test
  void aFoundDateSaysWhereItIsAndInWhichLanguage() {
    Dates.Found f = Dates.find("Kiel, 4. März 2023 (dpa)").orElseThrow();
    assertEquals("4. März 2023", "Kiel, 4. März 2023 (dpa)".substring(f.start(), f.end()));
    assertEquals("de", f.language());
    Dates.Found iso = Dates.find("on 2023-03-04T10:15:00Z we").orElseThrow();
    assertEquals("2023-03-04", "on 2023-03-04T10:15:00Z we".substring(iso.start(), iso.end()), "the day only");
    assertEquals("", iso.language());
    assertTrue(Dates.isWeekday("Saturday"));
    assertTrue(Dates.isWeekday("samedi"));
    assertFalse(Dates.isWeekday("Berlin"));
  }

  // what only one of the two copies could read, now read by both entry points

  @Test
  void languagesOnlyTheTextReaderKnewAreReadInPages() {
    assertEquals("2023-03-04", text("Praha, 4. března 2023"));
    assertEquals("2023-03-04", text("Stockholm, 4 mars 2023"));
    assertEquals("2023-03-04", text("Helsinki, 4. maaliskuuta 2023"));
    assertEquals("2023-03-04", text("İstanbul, 4 Mart 2023"));
    assertEquals("2023-03-04", text("Αθήνα, 4 Μαρτίου 2023"));
    assertEquals("2023-03-04", text("Lisboa, 4 de marco de 2023"), "without its accent");
  }

  @Test
  void whatOnlyThePageReaderKnewIsFoundInText() {
    assertEquals("2021-05-05", found("2021年5月5日 東京"));
    assertEquals("2021-05-05", found("2021년 5월 5일"));
    assertEquals("2021-01-05", found("Wien, 5. Jänner 2021"));
    assertEquals("2021-09-05", found("Lima, 5 de setiembre de 2021"));
    assertEquals("2021-09-05", found("5 Sept. 2021"));
    assertEquals("2021-05-05", found("2021-5-5"), "one-digit month and day");
    assertEquals("2021-03-05", found("31 February 2021, then 5 March 2021"), "an impossible date is skipped");
  }

  @Test
  void onlyArticleYearsCount() {
    assertEquals("", found("4 March 1850"));
    assertEquals("", text("4 March 2150"));
  }

  @Test
  void numericDatesCountInTextButNotInPageText() {
    assertEquals("2023-03-04", found("Опубликовано: 04.03.2023"));
    assertEquals("", text("Version 04.03.2023 of the tool"));
    assertEquals("", norm("04/05/2023"), "month-first as often as day-first in a value");
  }

  @Test
  void aBylineDateStartsAtAMonthOrAWeekday() {
    Pattern start = Pattern.compile("\\s(?:" + Dates.monthOrDay() + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    assertTrue(start.matcher("Jane Doe May 5, 2021").find());
    assertTrue(start.matcher("Jane Doe Tuesday, 5 May").find());
    assertTrue(start.matcher("Anna Weber 5. März").find() || start.matcher("Anna Weber März 5").find());
    assertTrue(start.matcher("Ivan Petrov марта 5").find());
    assertFalse(start.matcher("Jane Doe and John Roe").find());
  }
}
