package dev.portico.platform.listing;

import dev.portico.platform.json.PorticoJsonb;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The top-level fields of a response record, by their JSON names, and the trimming of a response to
 * the ones a client asked for with {@code fields=}; {@code id} and {@code object} always stay.
 */
public record ResponseFields(Set<String> names) {

  private static final Set<String> ALWAYS = Set.of("id", "object");

  public static ResponseFields of(Class<? extends Record> response) {
    return new ResponseFields(
        Arrays.stream(response.getRecordComponents())
            .map(component -> snakeCase(component.getName()))
            .collect(Collectors.toUnmodifiableSet()));
  }

  /** {@code response} with only {@code selected} (and id, object) as a JSON object. */
  public static JsonObject trim(Object response, Set<String> selected) {
    JsonObject whole;
    try (JsonReader reader =
        Json.createReader(new StringReader(PorticoJsonb.get().toJson(response)))) {
      whole = reader.readObject();
    }
    JsonObjectBuilder trimmed = Json.createObjectBuilder();
    whole.forEach(
        (name, value) -> {
          if (ALWAYS.contains(name) || selected.contains(name)) {
            trimmed.add(name, value);
          }
        });
    return trimmed.build();
  }

  private static String snakeCase(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
