package org.offprint.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.offprint.model.Document;
import org.offprint.model.Fixtures;
import org.offprint.model.Metadata;
import org.offprint.testing.ModelSchema;

class ModelJsonTest {
  static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void everyBlockAndInlineTypeMatchesTheSchema() throws IOException {
    String json = ModelJson.toJson(Fixtures.everything());
    assertEquals(Set.of(), ModelSchema.violations(json));
  }

  @Test
  void metadataFieldsKeepTheirNames() throws IOException {
    JsonNode root = MAPPER.readTree(ModelJson.toJson(Fixtures.everything()));
    assertEquals(1, root.get("modelVersion").asInt());
    JsonNode m = root.get("metadata");
    assertEquals(List.of("title", "subtitle", "authors", "byline", "published", "site", "language", "source",
        "description", "image", "tags", "extra"), iterable(m.fieldNames()));
    assertEquals("Mara Ellison", m.get("authors").get(0).asText());
    assertEquals("By Mara Ellison and Tomás Quintero, Coast Desk", m.get("byline").asText());
    assertEquals("2023-03-04", m.get("published").asText());
  }

  @Test
  void blocksCarryTheirTypes() throws IOException {
    JsonNode blocks = MAPPER.readTree(ModelJson.toJson(Fixtures.everything())).get("blocks");
    List<String> types = new java.util.ArrayList<>();
    blocks.forEach(b -> types.add(b.get("type").asText()));
    assertTrue(types.containsAll(List.of("paragraph", "heading", "quote", "list", "figure", "table", "code", "rule")), types.toString());
  }

  @Test
  void aSchemaViolationIsCaught() throws IOException {
    String json = ModelJson.toJson(Document.of(Metadata.EMPTY, List.of())).replace("\"modelVersion\" : 1", "\"modelVersion\" : 2");
    assertTrue(!ModelSchema.violations(json).isEmpty());
  }

  @Test
  void sameDocumentSameText() {
    assertEquals(ModelJson.toJson(Fixtures.everything()), ModelJson.toJson(Fixtures.everything()));
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
