package org.offprint.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offprint.model.Document;
import org.offprint.model.json.ModelJson;
import org.offprint.testing.ModelSchema;

/** Seeded random documents: JSON written is schema-valid and reads back into an equal document. */
class JsonModelRoundTripTest {
  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void writtenThenReadIsEqual(long seed) throws Exception {
    Document d = new RandomDocuments(seed).document();
    String json = ModelJson.toJson(d);
    assertEquals(Set.of(), ModelSchema.violations(json), json);
    assertEquals(d, ModelJson.read(json.getBytes(StandardCharsets.UTF_8)));
  }
}
