package org.offprint.read.html.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming tree reader gives what {@code ObjectMapper.readTree} gives, node types included. */
class JsonTreesTest {
  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();
  private static final ObjectMapper STRICT = new ObjectMapper();

  private static final List<String> TEXTS = List.of(
      "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Quay reopens\","
          + "\"author\":[{\"@type\":\"Person\",\"name\":\"Anna Berg\"}],\"datePublished\":\"2024-05-06T10:20:30Z\"}",
      "{\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":[\"Article\",\"BlogPosting\"],\"wordCount\":1234}]}",
      "[1, -2, 3000000000, 123456789012345678901234567890, 1.5, -2e10, 0.1e-3, true, false, null, \"x\"]",
      "{\"a\": 1, \"a\": {\"b\": [ ]}, \"c\": {}}",
      "{\"a\": \"one\"} {\"b\": \"two\"}", "  ", "", "\"text\"", "42",
      "{'single': 'quotes', /* a comment */ \"trailing\": [1, 2,], }",
      "{\"raw\": \"line\none\", \"escape\": \"\\q\"}",
      "{\"unclosed\": [1, 2", "{\"bad\": }", "{\"x\": \"\\u00e9t\\u00e9 \\ud83d\\ude00\"}");

  @Test
  void leniently() throws Exception {
    assertSameTrees(LENIENT, JsonTrees::lenient);
  }

  @Test
  void strictly() throws Exception {
    assertSameTrees(STRICT, JsonTrees::strict);
  }

  interface TreeReader {
    JsonNode read(String text) throws Exception;
  }

  /** Each text gives the mapper's tree, node types included, or fails in both. */
  private static void assertSameTrees(ObjectMapper mapper, TreeReader reader) throws Exception {
    for (String t : TEXTS) {
      JsonNode expected;
      try {
        expected = mapper.readTree(t);
      } catch (Exception e) {
        assertThrows(Exception.class, () -> reader.read(t), t);
        continue;
      }
      JsonNode actual = reader.read(t);
      assertEquals(expected, actual, t);
      assertEquals(expected.getNodeType(), actual.getNodeType(), t);
    }
  }

  @Test
  void numbersKeepTheirNodeTypes() throws Exception {
    JsonNode a = JsonTrees.lenient("[1, 3000000000, 123456789012345678901234567890, 1.5]");
    JsonNode b = LENIENT.readTree("[1, 3000000000, 123456789012345678901234567890, 1.5]");
    for (int i = 0; i < 4; i++) assertEquals(b.get(i).getClass(), a.get(i).getClass(), "item " + i);
  }
}
