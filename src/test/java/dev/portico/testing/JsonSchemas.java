package dev.portico.testing;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates JSON against a JSON Schema (draft 2020-12) as strictly as a careful receiver would:
 * formats such as {@code date-time} asserted, and, with {@link #closed}, no property the schema
 * does not list, so a name spelled otherwise than Portico writes it fails.
 */
public final class JsonSchemas {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonSchemas() {}

  /** What is wrong with {@code json} by {@code schema}: nothing when it is valid. */
  public static List<String> errors(String schema, String json) {
    Schema compiled = REGISTRY.getSchema(schema, InputFormat.JSON);
    return compiled
        .validate(
            json,
            InputFormat.JSON,
            context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
        .stream()
        .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
        .toList();
  }

  /**
   * The same schema with every object that lists its properties refusing any other: Portico's
   * published schemas allow more (objects may gain fields), a test of today's JSON allows none.
   */
  public static String closed(String schema) {
    JsonNode root = MAPPER.readTree(schema);
    close(root);
    return root.toString();
  }

  private static void close(JsonNode schema) {
    if (schema.isArray()) {
      schema.values().forEach(JsonSchemas::close);
      return;
    }
    if (!schema.isObject()) {
      return;
    }
    if (schema.has("properties") && !schema.has("additionalProperties")) {
      ((ObjectNode) schema).put("additionalProperties", false);
    }
    for (String nested : List.of("properties", "$defs")) {
      schema.path(nested).values().forEach(JsonSchemas::close);
    }
    for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
      if (List.of("items", "additionalProperties", "anyOf", "oneOf", "allOf", "not")
          .contains(keyword.getKey())) {
        close(keyword.getValue());
      }
    }
  }
}
