package dev.portico.platform.json;

import dev.portico.platform.time.Rfc3339;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/** Binds timestamps and dates only from RFC 3339 strings in {@link Rfc3339}'s range. */
final class StrictDates {

  private StrictDates() {}

  static JsonbDeserializer<?>[] deserializers() {
    return new JsonbDeserializer<?>[] {new Instants(), new Dates()};
  }

  private static <T> T read(JsonParser parser, Function<String, T> reading) {
    JsonValue value = parser.getValue();
    if (value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonString text)) {
      throw new JsonbException("a string is expected, not " + value.getValueType());
    }
    try {
      return reading.apply(text.getString());
    } catch (DateTimeException e) {
      throw new JsonbException(e.getMessage(), e);
    }
  }

  static final class Instants implements JsonbDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return read(parser, Rfc3339::instant);
    }
  }

  static final class Dates implements JsonbDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return read(parser, Rfc3339::date);
    }
  }
}
