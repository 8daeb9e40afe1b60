package org.offprint.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.offprint.model.Block;
import org.offprint.model.CodeBlock;
import org.offprint.model.Document;
import org.offprint.model.Figure;
import org.offprint.model.Fixtures;
import org.offprint.model.Image;
import org.offprint.model.Link;
import org.offprint.model.ListBlock;
import org.offprint.model.Metadata;
import org.offprint.model.Table;
import org.offprint.model.Text;

/** {@link ModelJson#read} gives back what {@link ModelJson#write} wrote, and names the first problem of bad JSON. */
class ModelJsonReadTest {
  private static Document roundTrip(Document d) throws ModelJsonException {
    return ModelJson.read(ModelJson.toJson(d).getBytes(StandardCharsets.UTF_8));
  }

  private static String problem(String json) {
    return assertThrows(ModelJsonException.class, () -> ModelJson.read(json.getBytes(StandardCharsets.UTF_8)))
        .getMessage();
  }

  private static final String EMPTY_META = "{\"title\": \"\", \"subtitle\": \"\", \"authors\": [], \"byline\": \"\","
      + " \"published\": \"\", \"site\": \"\", \"language\": \"\", \"source\": \"\", \"description\": \"\", \"image\": \"\","
      + " \"tags\": [], \"extra\": {}}";

  private static String model(String blocks) {
    return "{\"modelVersion\": 1, \"metadata\": " + EMPTY_META + ", \"blocks\": [" + blocks + "], \"footnotes\": []}";
  }

  @Test
  void everyBlockAndInlineTypeComesBackEqual() throws ModelJsonException {
    assertEquals(Fixtures.everything(), roundTrip(Fixtures.everything()));
  }

  @Test
  void extraSpansAlignmentLanguagesTitlesAndListStartsComeBack() throws ModelJsonException {
    Metadata m = Fixtures.metadata().toBuilder().extra(Map.of("section", "Coast", "og:type", "article"))
        .published("2026-02-09T09:00:00+01:00").build();
    Document d = new Document(m, List.of(
        new Table(List.of(), List.of(), List.of(new Table.Row(List.of(
            new Table.Cell(List.of(new Text("wide")), Table.Align.CENTER, 3, 2),
            new Table.Cell(List.of(new Text("left")), Table.Align.LEFT, 1, 1))))),
        new CodeBlock("rust", "fn main() {}\n"),
        new Figure("file:///home/reader/page_files/a%20b.png", "", List.of()),
        new ListBlock(true, 7, List.of(new ListBlock.Item(List.of(Block.paragraph("seventh"))))),
        new org.offprint.model.Paragraph(List.of(
            new Link("https://x.example/", "a title", List.of(new Text("x"))),
            new Image("data:image/png;base64,iVBORw0KGgo=", "dot", "a dot")))),
        List.of());
    assertEquals(d, roundTrip(d));
  }

  @Test
  void aDumpWithoutBylineFromEarlierVersionOneIsRead() throws ModelJsonException {
    String json = model("").replace("\"byline\": \"\",", "");
    assertEquals(Metadata.EMPTY, ModelJson.read(json.getBytes(StandardCharsets.UTF_8)).metadata());
  }

  @Test
  void aSyntaxErrorNamesLineAndColumn() {
    String p = problem("{\"modelVersion\": 1,\n  \"metadata\": {\n}");
    assertTrue(p.startsWith("not valid JSON at line 3"), p);
    assertTrue(!p.contains("\n"), p);
  }

  @Test
  void anotherModelVersionIsRefused() {
    assertEquals("modelVersion: version 2 is not supported; this offprint reads modelVersion 1",
        problem(model("").replace("\"modelVersion\": 1", "\"modelVersion\": 2")));
    assertEquals("modelVersion: missing: this is not an offprint document model", problem("{\"title\": \"x\"}"));
    assertEquals("modelVersion: expected an integer, found a string",
        problem(model("").replace("\"modelVersion\": 1", "\"modelVersion\": \"1\"")));
  }

  @Test
  void aFieldOfTheWrongTypeIsNamedByItsPath() {
    assertEquals("blocks[1].level: expected an integer, found a string", problem(model(
        "{\"type\": \"rule\"}, {\"type\": \"heading\", \"level\": \"2\", \"id\": \"\", \"content\": []}")));
    assertEquals("blocks[0].content[1].content: expected an array, found a string", problem(model(
        "{\"type\": \"paragraph\", \"content\": [{\"type\": \"text\", \"text\": \"a\"}, {\"type\": \"strong\", \"content\": \"b\"}]}")));
    assertEquals("metadata.authors[0]: expected a string, found a number",
        problem(model("").replace("\"authors\": []", "\"authors\": [1]")));
    assertEquals("metadata.extra.k: expected a string, found null",
        problem(model("").replace("\"extra\": {}", "\"extra\": {\"k\": null}")));
    assertEquals("blocks[0].ordered: expected true or false, found a string",
        problem(model("{\"type\": \"list\", \"ordered\": \"yes\", \"items\": []}")));
  }

  @Test
  void anUnknownBlockOrInlineTypeIsNamed() {
    assertEquals("blocks[0].type: unknown block type \"sidebar\" (known: code, figure, heading, list, paragraph, quote,"
        + " rule, table)", problem(model("{\"type\": \"sidebar\", \"content\": []}")));
    String p = problem(model("{\"type\": \"paragraph\", \"content\": [{\"type\": \"blink\"}]}"));
    assertTrue(p.startsWith("blocks[0].content[0].type: unknown inline type \"blink\""), p);
  }

  @Test
  void missingAndUnknownFieldsAreNamed() {
    assertEquals("blocks[0].content: missing", problem(model("{\"type\": \"paragraph\"}")));
    assertEquals("blocks[0].colour: unknown field", problem(model("{\"type\": \"rule\", \"colour\": \"red\"}")));
    assertEquals("metadata.published: expected YYYY-MM-DD or an ISO-8601 date-time with offset, found \"yesterday\"",
        problem(model("").replace("\"published\": \"\"", "\"published\": \"yesterday\"")));
    assertEquals("blocks[0].level: must be 1 to 6, not 9",
        problem(model("{\"type\": \"heading\", \"level\": 9, \"id\": \"\", \"content\": []}")));
  }

  @Test
  void twoFootnotesWithOneIdAreRefused() {
    String note = "{\"id\": \"n1\", \"content\": []}";
    assertEquals("footnotes[1].id: \"n1\" is the id of footnotes[0] too",
        problem(model("").replace("\"footnotes\": []", "\"footnotes\": [" + note + ", " + note + "]")));
  }

  @Test
  void notAModelAtAll() {
    assertEquals("expected the model, a JSON object, found an array", problem("[1, 2]"));
    assertTrue(problem(model("") + " trailing").startsWith("not valid JSON"));
    assertTrue(problem("{\"modelVersion\": 1, \"modelVersion\": 1}").contains("Duplicate field"));
  }

  @Test
  @Timeout(10)
  void hostileNestingIsAnErrorNotAStackOverflow() {
    String deep = "{\"type\": \"emphasis\", \"content\": [".repeat(5000) + "]}".repeat(5000);
    String p = problem(model("{\"type\": \"paragraph\", \"content\": [" + deep + "]}"));
    assertTrue(p.startsWith("not valid JSON"), p);
  }
}
