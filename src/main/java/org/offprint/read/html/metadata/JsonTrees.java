package org.offprint.read.html.metadata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads JSON text into Jackson's tree as {@code ObjectMapper.readTree} does (the first value; a later duplicate key
 * wins; whole numbers as int, long or big integer nodes, others as doubles; nothing after the value read), with
 * jackson-core's streaming parser alone (which also bounds the nesting, as for the mapper): setting up an {@code ObjectMapper} costs a cold run of offprint about 50 ms
 * of class loading for a page that has JSON-LD.
 */
final class JsonTrees {
  private JsonTrees() {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Publishers' JSON-LD: comments, trailing commas, raw control characters, single quotes, odd escapes. */
  private static final JsonFactory LENIENT = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();
  private static final JsonFactory STRICT = new JsonFactory();

  /** {@return the tree of {@code text} read leniently, a missing node when it holds no value} */
  static JsonNode lenient(String text) throws IOException {
    return read(LENIENT, text);
  }

  /** {@return the tree of {@code text} as strict JSON, a missing node when it holds no value} */
  static JsonNode strict(String text) throws IOException {
    return read(STRICT, text);
  }

  /** {@return a node that stands for no value} */
  static JsonNode missing() {
    return MissingNode.getInstance();
  }

  /** {@return a new, empty array node} */
  static ArrayNode array() {
    return NODES.arrayNode();
  }

  private static JsonNode read(JsonFactory factory, String text) throws IOException {
    try (JsonParser p = factory.createParser(text)) {
      JsonToken t = p.nextToken();
      return t == null ? MissingNode.getInstance() : value(p, t);
    }
  }

  private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = NODES.objectNode();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String name = p.currentName();
          o.set(name, value(p, p.nextToken()));
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = NODES.arrayNode();
        for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
          a.add(value(p, v));
        }
        return a;
      }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IOException("unexpected JSON token " + t);
    }
  }
}
