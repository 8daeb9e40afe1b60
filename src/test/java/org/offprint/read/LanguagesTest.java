package org.offprint.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguagesTest {
  private static void is(String lang, String text) {
    assertEquals(lang, Languages.detect(text), text);
  }

  @Test
  void latinScriptLanguagesByTheirShortWords() {
    is("en", "The council met on Tuesday to discuss the budget, which has been criticised by the residents.");
    is("de", "Der Rat hat sich am Dienstag getroffen, um über den neuen Haushalt zu sprechen, der nicht gut ist.");
    is("fr", "Le conseil s'est réuni mardi pour discuter du nouveau budget, qui est critiqué par les habitants.");
    is("es", "El consejo se reunió el martes para discutir el nuevo presupuesto, que es criticado por los vecinos.");
    is("it", "Il consiglio si è riunito martedì per discutere del nuovo bilancio, che è criticato dai cittadini e"
        + " dalle associazioni della città.");
    is("pt", "O conselho se reuniu na terça-feira para discutir o novo orçamento, que não é bem visto pelos"
        + " moradores da cidade.");
    is("nl", "De raad is op dinsdag bijeengekomen om de nieuwe begroting te bespreken, die niet goed is voor de"
        + " inwoners van het dorp.");
    is("pl", "Rada spotkała się we wtorek, aby omówić nowy budżet, który nie jest dobry dla mieszkańców i jest"
        + " krytykowany przez wszystkich.");
  }

  @Test
  void cyrillicLanguages() {
    is("ru", "Совет собрался во вторник, чтобы обсудить новый бюджет, который жители критикуют за сокращения.");
    is("uk", "Рада зібралася у вівторок, щоб обговорити новий бюджет, який мешканці критикують за скорочення"
        + " бібліотек і автобусних маршрутів.");
  }

  @Test
  void otherScripts() {
    is("ja", "東京で会議が開かれ、新しい予算について話し合われました。住民からは批判の声が上がっています。");
    is("zh", "委员会星期二开会讨论新的预算，居民批评预算削减了图书馆和公共汽车线路的服务。");
    is("ko", "위원회는 화요일에 새 예산을 논의하기 위해 모였으며 주민들은 도서관 예산 삭감을 비판했습니다.");
    is("ar", "اجتمع المجلس يوم الثلاثاء لمناقشة الميزانية الجديدة التي انتقدها السكان بسبب التخفيضات");
    is("he", "המועצה התכנסה ביום שלישי כדי לדון בתקציב החדש שהתושבים מבקרים בגלל הקיצוצים בספריות");
  }

  @Test
  void tooLittleTextSaysNothing() {
    is("", "Lorem ipsum");
    is("", "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore.");
  }

  @Test
  void wordsAreRunsOfLettersAndApostrophesAsTheSplitGaveThem() {
    for (String t : new String[] {"", "  ", "l'homme, c'est--ça! 42 x", "𝐀𝐁 and 日本語", "'quoted' words.", "a1b2c"}) {
      java.util.List<String> split = new java.util.ArrayList<>();
      for (String w : t.split("[^\\p{L}']+")) if (!w.isEmpty()) split.add(w);
      assertEquals(split, Languages.words(t), t);
    }
  }

  @Test
  void aTieGoesToTheFirstCodeInAlphabeticalOrder() {
    // "la" is a stopword of French, Spanish and Italian alike
    is("es", "la la la la la la la la la la");
    is("es", "LA La la la la la la la la la");
  }
}
