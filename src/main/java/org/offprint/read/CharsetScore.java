package org.offprint.read;

import java.util.BitSet;

/**
 * Rates how much decoded text looks like real writing, from its non-ASCII characters only (the markup is ASCII in
 * every candidate charset). A wrong single-byte charset turns Russian into runs of accented Latin letters or
 * case-flipped Cyrillic; a wrong multibyte charset gives rare ideographs, halfwidth katakana or replacement
 * characters. Each character adds or subtracts a little; the right charset has the highest total.
 */
final class CharsetScore {
  private CharsetScore() {}

  /** The most frequent Russian and Ukrainian letters. */
  private static final String CYRILLIC_COMMON = "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъёіїєґ";

  /** Accented letters common in Western and Central European languages. */
  private static final String LATIN_COMMON =
      "éèàçüöäßñáíóúãõêâôîïëûùåøæœÿìòÉÈÀÇÜÖÄÑÁÍÓÚąęłśżźćńčřšžěýůőűťďňľĺăşţșțğıĄĘŁŚŻŹĆŃČŘŠŽĚÝŮ";

  /** About 700 of the most frequent Chinese characters, plus common Japanese kanji. */
  private static final String HAN_COMMON =
      "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行"
          + "所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无"
          + "力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等"
          + "产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几"
          + "口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统"
          + "区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死"
          + "张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元"
          + "英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际"
          + "约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图"
          + "念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护"
          + "七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境"
          + "客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创"
          + "假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获"
          + "們這個來說時會對發後裡過國學經現當動開麼還問體點與從見長機關兩實進頭話間題親樣電應總區無義車書"
          + "気会社語学時間話東電車駅円私彼何言見来思行出入前後今日本年月週曜時分半午新聞記事写真";

  /** The most frequent Hangul syllables. */
  private static final String HANGUL_COMMON =
      "이다는의에가을하고지서한로기도사리를자니어나대수인아정시일해으보라부전들적구게것국있세주제만우위상요성할경면"
          + "여와소동원스내중연장마된화비조학과신생방무치문까선유개회행모않공거분발물히때민미실계러그했습니다년월때문";

  private static final BitSet HAN = bits(HAN_COMMON);
  private static final BitSet HANGUL = bits(HANGUL_COMMON);

  private static BitSet bits(String chars) {
    BitSet b = new BitSet(0x10000);
    chars.chars().forEach(b::set);
    return b;
  }

  /**
   * {@return the text's score}; {@code multibyte} says each non-ASCII character took two or more bytes, so its
   * good marks count double against single-byte readings that make two characters of the same bytes
   */
  static double score(String text, int end, boolean multibyte) {
    double total = 0;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x80) continue;
      char prev = i > 0 ? text.charAt(i - 1) : ' ';
      char next = i + 1 < end ? text.charAt(i + 1) : ' ';
      double s = charScore(c, prev, next);
      // box drawing takes a precise byte pair in GBK or JIS (ASCII-art banners): only KOI8-R makes it by accident
      if (multibyte && c >= 0x2500 && c <= 0x25FF) s = 0.5;
      total += multibyte && s > 0 ? 2 * s : s;
    }
    return total;
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean latinExtLetter(char c) {
    return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
  }

  private static boolean cyrillic(char c) {
    return c >= 0x400 && c <= 0x4FF;
  }

  private static double charScore(char c, char prev, char next) {
    if (c == '\uFFFD') return -6;
    if (c < 0xA0) return -6; // C1 controls: no charset we pick maps text there
    if (cyrillic(c)) {
      // letters outside Russian and Ukrainian (Serbian џ, Belarusian ў...) are what other bytes become in 1251
      if ((c < 0x410 || c > 0x44F) && "ёЁіІїЇєЄґҐ".indexOf(c) < 0) return -0.5;
      double s = Character.isLowerCase(c) ? 1 : 0.3;
      if (CYRILLIC_COMMON.indexOf(c) >= 0) s += 0.5;
      if (Character.isUpperCase(c) && cyrillic(prev) && Character.isLowerCase(prev)) s -= 3;
      if (asciiLetter(prev) || asciiLetter(next) || latinExtLetter(prev) || latinExtLetter(next)) s -= 3;
      // a lone Cyrillic capital among Latin text is what a Western symbol (×, £) becomes in windows-1251
      if (!cyrillic(prev) && !cyrillic(next)) s = Character.isUpperCase(c) ? -1 : Math.min(s, 0.2);
      return s;
    }
    if (latinExtLetter(c)) {
      boolean nearAscii = asciiLetter(prev) || asciiLetter(next);
      double s;
      if (LATIN_COMMON.indexOf(c) >= 0) s = nearAscii ? 1.5 : -0.3;
      else s = nearAscii ? 0.2 : -0.8;
      if (Character.isUpperCase(c) && Character.isLowerCase(prev)) s -= 2;
      if (cyrillic(prev) || cyrillic(next)) s -= 3;
      return s;
    }
    if (c <= 0xBF || c == 0xD7 || c == 0xF7) { // Latin-1 symbols
      boolean inWord = Character.isLetter(prev) && Character.isLetter(next);
      if (c == 0xA0) return 0.3;
      if ("«»©®°·".indexOf(c) >= 0) return inWord ? -3 : 0.5;
      if ("£¥¢".indexOf(c) >= 0) return Character.isDigit(next) || Character.isDigit(prev) ? 0.5 : -1;
      if ("×±§".indexOf(c) >= 0) return inWord ? -3 : 0;
      return inWord ? -3 : -1;
    }
    if (c >= 0x2000 && c <= 0x206F) return "“”‘’–—…•„".indexOf(c) >= 0 ? 1 : 0.2;
    if (c == 0x20AC || c == 0x2116 || c == 0x2122) return 0.5; // €, №, ™
    if (c >= 0x370 && c <= 0x3FF) return 0.3;
    if (c >= 0x3040 && c <= 0x9FFF && asciiLetter(prev) && asciiLetter(next)) return -2;
    if (c >= 0x3040 && c <= 0x309F) return 2; // hiragana
    if (c >= 0x30A0 && c <= 0x30FF) return 1.5; // katakana
    if (c >= 0x3000 && c <= 0x303F) return 1.5; // CJK punctuation
    if (c >= 0xFF01 && c <= 0xFF5E) return 0.5; // fullwidth ASCII
    if (c >= 0xFF61 && c <= 0xFF9F) return -1.5; // halfwidth katakana: what Shift_JIS makes of other bytes
    // an ideograph wedged inside a Latin word ("ou致e") is a Latin text read as Shift_JIS or GBK
    if (c >= 0x3040 && c <= 0x9FFF && asciiLetter(prev) && asciiLetter(next)) return -2;
    if (c >= 0x4E00 && c <= 0x9FFF) return HAN.get(c) ? 2 : 0.1;
    if (c >= 0xAC00 && c <= 0xD7A3) return HANGUL.get(c) ? 2 : 0.8;
    if (Character.isSurrogate(c)) return -1;
    return -1.5;
  }
}
