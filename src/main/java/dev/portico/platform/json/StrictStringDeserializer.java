package dev.portico.platform.json;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Binds only JSON strings to String fields. JSON-B would turn {@code 42} or {@code true} into
 * {@code "42"}; a client that sends the wrong type must hear so ({@code invalid_type}).
 */
public class StrictStringDeserializer implements JsonbDeserializer<String> {

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
    JsonValue value = parser.getValue();
    if (value instanceof JsonString text) {
      return text.getString();
    }
    if (value == JsonValue.NULL) {
      return null;
    }
    throw new JsonbException("a string is expected, not " + value.getValueType());
  }
}
