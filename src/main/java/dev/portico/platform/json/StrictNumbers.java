package dev.portico.platform.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Binds only JSON numbers to number fields, and only whole numbers in range to whole-number ones.
 * JSON-B would read {@code "5000"} as 5000, cut {@code 1.9} to 1 and wrap {@code 2^64 + 5} round to
 * 5; for amounts of money a client must hear of each ({@code invalid_type}) instead.
 */
public final class StrictNumbers {

  private StrictNumbers() {}

  public static JsonbDeserializer<?>[] deserializers() {
    return new JsonbDeserializer<?>[] {new Longs(), new Integers(), new Decimals()};
  }

  private static JsonNumber number(JsonParser parser) {
    JsonValue value = parser.getValue();
    if (value instanceof JsonNumber number) {
      return number;
    }
    if (value == JsonValue.NULL) {
      return null;
    }
    throw new JsonbException("a number is expected, not " + value.getValueType());
  }

  private static JsonNumber whole(JsonParser parser) {
    JsonNumber number = number(parser);
    if (number != null && !number.isIntegral()) {
      throw new JsonbException("a whole number is expected, not " + number);
    }
    return number;
  }

  /** Long fields: whole numbers from -2^63 to 2^63 - 1. */
  static final class Longs implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonNumber number = whole(parser);
      try {
        return number == null ? null : number.longValueExact();
      } catch (ArithmeticException e) {
        throw new JsonbException("the number " + number + " is out of range");
      }
    }
  }

  /** Integer fields: whole numbers from -2^31 to 2^31 - 1. */
  static final class Integers implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonNumber number = whole(parser);
      try {
        return number == null ? null : number.intValueExact();
      } catch (ArithmeticException e) {
        throw new JsonbException("the number " + number + " is out of range");
      }
    }
  }

  /** BigDecimal fields: any JSON number, never a string. */
  static final class Decimals implements JsonbDeserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonNumber number = number(parser);
      return number == null ? null : number.bigDecimalValue();
    }
  }
}
