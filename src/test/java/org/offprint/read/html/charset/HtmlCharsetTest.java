package org.offprint.read.html.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.offprint.read.Source;

class HtmlCharsetTest {
  private static final String RU =
      "Москва - столица России, крупнейший по численности населения город страны. Здесь находятся "
          + "органы государственной власти, многие музеи и театры. Это главный экономический центр.";
  private static final String JA =
      "日本語の文章です。東京は日本の首都であり、多くの人が住んでいます。今日はとても良い天気ですね。";
  private static final String KO =
      "한국어 문장입니다. 서울은 대한민국의 수도이며 많은 사람들이 살고 있습니다. 오늘은 날씨가 좋습니다.";
  private static final String ZH =
      "这是中文的文章。北京是中国的首都，有很多人在这里生活和工作。今天的天气很好，我们一起去公园吧。";
  private static final String FR =
      "Le projet de loi sur le renseignement a été approuvé à l'Assemblée. Les députés ont voté très largement.";
  private static final String PL = "Zażółć gęślą jaźń. Pchnąć w tę łódź jeża lub ośm skrzyń fig.";

  private static byte[] page(String head, String text, Charset cs) {
    return ("<html><head>" + head + "<title>t</title></head><body><p>" + text + "</p></body></html>")
        .getBytes(cs);
  }

  private static String text(byte[] bytes) throws Exception {
    return HtmlCharset.parse(Source.of("t.html", bytes)).selectFirst("p").text();
  }

  private static String detected(String text, String cs) throws Exception {
    return text(page("", text, Charset.forName(cs)));
  }

  @Test
  void windows1251WithAndWithoutDeclaration() throws Exception {
    Charset cs = Charset.forName("windows-1251");
    assertEquals(RU, text(page("<meta charset=\"windows-1251\">", RU, cs)));
    assertEquals(RU, detected(RU, "windows-1251"));
  }

  @Test
  void koi8rWithAndWithoutDeclaration() throws Exception {
    Charset cs = Charset.forName("KOI8-R");
    assertEquals(RU, text(page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">", RU, cs)));
    assertEquals(RU, detected(RU, "KOI8-R"));
  }

  @Test
  void metaPastFiveKilobytesIsHonoured() throws Exception {
    String filler = "<meta name=\"x\" content=\"" + "a".repeat(8000) + "\">";
    byte[] b = page(filler + "<meta charset=\"koi8-r\">", RU, Charset.forName("KOI8-R"));
    assertEquals(RU, text(b));
  }

  @Test
  void anXmlDeclarationLongerThanTheFirstWindowIsReadWhole() {
    String decl = "<?xml version=\"1.0\"" + " ".repeat(3000) + " encoding=\"koi8-r\"?>";
    assertEquals(Charset.forName("KOI8-R"), HtmlCharset.declared(
        (decl + "<html><head><meta charset=\"windows-1251\"></head>").getBytes(StandardCharsets.US_ASCII))
        .orElseThrow());
  }

  @Test
  void declarationsInCommentsAreSkippedAndLaterOnesRead() {
    String many = "<meta name=\"a\" content=\"b\">".repeat(5);
    assertEquals(Charset.forName("KOI8-R"), HtmlCharset.declared(
        ("<head>" + many + "<!-- <meta charset=\"windows-1251\"> -->" + many + "<!-- x -->"
            + "<meta charset=\"koi8-r\"></head><body>").getBytes(StandardCharsets.US_ASCII)).orElseThrow());
    assertEquals(java.util.Optional.empty(), HtmlCharset.declared(
        "<head><!-- <meta charset=\"koi8-r\"> --><meta name=\"a\" content=\"b\"></head><body>"
            .getBytes(StandardCharsets.US_ASCII)));
    assertEquals(java.util.Optional.empty(), HtmlCharset.declared(
        "<head><meta name=\"a\" content=\"b\"><!-- unclosed <meta charset=\"koi8-r\">"
            .getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void aDeclarationAcrossTheFirstTwoOrSixteenKilobytesIsRead() {
    // the head is first read in 2 KB, then 16 KB: a tag, a comment or a long head that runs past an edge is read whole
    for (int pad : java.util.stream.IntStream.concat(java.util.stream.IntStream.iterate(2 * 1024 - 40, p -> p < 2 * 1024 + 10, p -> p + 7),
        java.util.stream.IntStream.iterate(16 * 1024 - 40, p -> p < 16 * 1024 + 10, p -> p + 7)).toArray()) {
      String filler = "<meta name=\"x\" content=\"" + "a".repeat(pad) + "\">";
      assertEquals(Charset.forName("KOI8-R"), HtmlCharset.declared(
          (filler + "<meta charset=\"koi8-r\">").getBytes(StandardCharsets.US_ASCII)).orElseThrow(), "pad " + pad);
      assertEquals(java.util.Optional.empty(), HtmlCharset.declared(
          ("<!-- " + "a".repeat(pad) + " <meta charset=\"koi8-r\">").getBytes(StandardCharsets.US_ASCII)),
          "unclosed comment, pad " + pad);
      assertEquals(Charset.forName("KOI8-R"), HtmlCharset.declared(
          ("<!-- " + "a".repeat(pad) + " --><meta charset=\"koi8-r\">").getBytes(StandardCharsets.US_ASCII))
          .orElseThrow(), "comment, pad " + pad);
      assertEquals(java.util.Optional.empty(), HtmlCharset.declared(
          ("<p>" + "a".repeat(pad) + "<body><meta charset=\"koi8-r\">").getBytes(StandardCharsets.US_ASCII)),
          "after <body>, pad " + pad);
    }
  }

  @Test
  void declarationsAfterTheBodyTagAreNotRead() {
    assertEquals(java.util.Optional.empty(), HtmlCharset.declared(
        "<head></head><BODY class=x><meta charset=koi8-r>".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(java.util.Optional.empty(), HtmlCharset.declared(
        "<body>\n<meta charset=koi8-r>".getBytes(StandardCharsets.US_ASCII)));
    // <bodyguard> is not <body>
    assertEquals(Charset.forName("KOI8-R"), HtmlCharset.declared(
        "<bodyguard></bodyguard><meta charset=koi8-r>".getBytes(StandardCharsets.US_ASCII)).orElseThrow());
  }

  @Test
  void aStrayBadByteUnderAUtf8DeclarationBecomesAReplacementCharacter() throws Exception {
    byte[] head = "<html><head><meta charset=\"utf-8\"></head><body><p>abc".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "def</p></body></html>".getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(head);
    out.write(0xFF);
    out.write(tail);
    assertEquals("abc\uFFFDdef", text(out.toByteArray()));
  }

  @Test
  void textAfterAHugeScriptIsStillDetected() throws Exception {
    String script = "<script>var x = '" + "abcdefgh ".repeat(60_000) + "';</script>";
    byte[] b = page(script, RU, Charset.forName("windows-1251"));
    assertEquals(RU, text(b));
    byte[] k = page(script, RU, Charset.forName("KOI8-R"));
    assertEquals(RU, text(k));
  }

  @Test
  void lyingMetaOverUtf8BytesLoses() throws Exception {
    assertEquals(RU, text(page("<meta charset=\"windows-1251\">", RU, StandardCharsets.UTF_8)));
  }

  @Test
  void utf8DeclarationOverLegacyBytesLoses() throws Exception {
    assertEquals(RU, text(page("<meta charset=\"utf-8\">", RU, Charset.forName("windows-1251"))));
  }

  @Test
  void wrongLegacyLabelLosesToClearlyBetterCharset() throws Exception {
    assertEquals(RU, text(page("<meta charset=\"windows-1251\">", RU, Charset.forName("KOI8-R"))));
  }

  @Test
  void shiftJisJapanese() throws Exception {
    assertEquals(JA, detected(JA, "Shift_JIS"));
  }

  @Test
  void eucJpJapanese() throws Exception {
    assertEquals(JA, detected(JA, "EUC-JP"));
  }

  @Test
  void eucKrKorean() throws Exception {
    assertEquals(KO, detected(KO, "EUC-KR"));
  }

  @Test
  void gb18030Chinese() throws Exception {
    assertEquals(ZH, detected(ZH, "GB18030"));
  }

  @Test
  void westernAndCentralEuropean() throws Exception {
    assertEquals(FR, detected(FR, "windows-1252"));
    assertEquals(PL, detected(PL, "ISO-8859-2"));
  }

  @Test
  void utf8WithoutDeclaration() throws Exception {
    assertEquals(JA, detected(JA, "UTF-8"));
  }

  @Test
  void utf16WithoutBomIsRecognised() throws Exception {
    assertEquals(RU, detected(RU, "UTF-16LE"));
  }

  @Test
  void byteOrderMarksWin() throws Exception {
    byte[] utf8 = page("<meta charset=\"windows-1251\">", RU, StandardCharsets.UTF_8);
    assertEquals(RU, text(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8)));
    byte[] be = page("", RU, StandardCharsets.UTF_16BE);
    assertEquals(RU, text(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, be)));
    byte[] le = page("", RU, StandardCharsets.UTF_16LE);
    assertEquals(RU, text(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le)));
  }

  @Test
  void forcedCharsetBeatsDeclarationAndHeader() throws Exception {
    byte[] b = page("<meta charset=\"utf-8\">", RU, Charset.forName("KOI8-R"));
    Source s = Source.of("t.html", b)
        .withHeaderCharset(StandardCharsets.UTF_8)
        .withCharset(Charset.forName("KOI8-R"));
    assertEquals(RU, HtmlCharset.parse(s).selectFirst("p").text());
  }

  @Test
  void headerCharsetBeatsDeclaration() throws Exception {
    byte[] b = page("<meta charset=\"utf-8\">", RU, Charset.forName("windows-1251"));
    Source s = Source.of("t.html", b).withHeaderCharset(Charset.forName("windows-1251"));
    assertEquals(RU, HtmlCharset.parse(s).selectFirst("p").text());
  }

  @Test
  void xmlDeclarationIsRead() throws Exception {
    byte[] b = ("<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><html><body><p>" + PL + "</p></body></html>")
        .getBytes(Charset.forName("ISO-8859-2"));
    assertEquals(PL, text(b));
  }

  @Test
  void baseUriIsTheLocation() throws Exception {
    Source s = Source.of("t.html", page("", "x", StandardCharsets.UTF_8))
        .withLocation(URI.create("https://example.org/a/b.html"));
    Document doc = HtmlCharset.parse(s);
    assertEquals("https://example.org/a/b.html", doc.baseUri());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
