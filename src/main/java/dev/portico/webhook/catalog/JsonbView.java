package dev.portico.webhook.catalog;

import dev.portico.platform.json.PorticoJsonb;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What Portico's JSON-B makes of a record's components, so that a schema names and nulls them as
 * the API writes them: the snake_case name (or the {@code @JsonbProperty} one), and whether a null
 * component is written as {@code null} or left out.
 */
final class JsonbView {

  private static final Map<Class<?>, Set<String>> WRITTEN_AS_NULL = new ConcurrentHashMap<>();

  private JsonbView() {}

  /** The component's name in JSON. */
  static String propertyName(Field field) {
    JsonbProperty named = field.getAnnotation(JsonbProperty.class);
    return named != null && !named.value().isEmpty() ? named.value() : snakeCase(field.getName());
  }

  /**
   * As JSON-B's {@code LOWER_CASE_WITH_UNDERSCORES}, the strategy {@link PorticoJsonb} uses: each
   * upper-case letter becomes an underscore and its lower case ({@code amountDue} → {@code
   * amount_due}).
   */
  static String snakeCase(String name) {
    StringBuilder snake = new StringBuilder(name.length() + 4);
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c)) {
        if (!snake.isEmpty()) {
          snake.append('_');
        }
        snake.append(Character.toLowerCase(c));
      } else {
        snake.append(c);
      }
    }
    return snake.toString();
  }

  /**
   * Where JSON-B writes the property {@code javaName} of {@code type}: at its place in the type's
   * {@code @JsonbPropertyOrder}, else after those (where JSON-B writes the rest by name).
   */
  static int position(Class<?> type, String javaName) {
    JsonbPropertyOrder order = type.getAnnotation(JsonbPropertyOrder.class);
    if (order == null) {
      return Integer.MAX_VALUE;
    }
    List<String> names = List.of(order.value());
    int position = names.indexOf(javaName);
    return position >= 0 ? position : Integer.MAX_VALUE;
  }

  /**
   * Whether a null in this record component is written as {@code null} (else it is left out). Asked
   * of JSON-B itself, by writing the record with every component null: its rules are its own
   * ({@code @JsonbNillable} on a component whose type is a record is ignored, for one).
   */
  static boolean writesNull(Field field) {
    return WRITTEN_AS_NULL
        .computeIfAbsent(field.getDeclaringClass(), JsonbView::nullsWritten)
        .contains(propertyName(field));
  }

  private static Set<String> nullsWritten(Class<?> type) {
    if (!type.isRecord()) {
      return Set.of();
    }
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
    Object[] empty = Arrays.stream(types).map(JsonbView::emptyValue).toArray();
    Object instance;
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      instance = canonical.newInstance(empty);
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
      throw new IllegalStateException(
          type.getName() + " cannot be written with null components to see which stay", cause);
    }
    try (JsonReader reader =
        Json.createReader(new StringReader(PorticoJsonb.get().toJson(instance)))) {
      JsonObject written = reader.readObject();
      return written.entrySet().stream()
          .filter(entry -> entry.getValue().getValueType() == JsonValue.ValueType.NULL)
          .map(Map.Entry::getKey)
          .collect(Collectors.toUnmodifiableSet());
    }
  }

  /** A primitive's default value, else null. */
  private static Object emptyValue(Class<?> type) {
    return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
  }
}
