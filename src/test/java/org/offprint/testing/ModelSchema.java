package org.offprint.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Validates JSON against {@code docs/model.schema.json}, the documented schema of the model JSON. */
public final class ModelSchema {
  private ModelSchema() {}

  /** {@return the schema violations of {@code json}, empty when valid} */
  public static Set<ValidationMessage> violations(String json) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("docs/model.schema.json"))) {
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      return schema.validate(new ObjectMapper().readTree(json));
    }
  }
}
