package org.offprint.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateTextTest {
  private static String norm(String s) {
    return DateText.normalize(s).orElse("");
  }

  private static String text(String s) {
    return DateText.inText(s).orElse("");
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
    assertEquals(Optional.empty(), DateText.inText("31 February 2021"));
    assertEquals(Optional.empty(), DateText.inText("We sold 5 May trees in 12 stores"));
    assertEquals(Optional.empty(), DateText.normalize("Ann Lee"));
  }

  @Test
  void urlDates() {
    assertEquals("2021-05-05", DateText.inUrl("https://x.org/2021/05/05/story").orElse(""));
    assertEquals("2021-05-05", DateText.inUrl("https://x.org/news/2021-05-05-story").orElse(""));
    assertEquals(Optional.empty(), DateText.inUrl("https://x.org/2021/story"));
  }
}
