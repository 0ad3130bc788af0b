package dev.portico.platform.persistence;

import dev.portico.platform.json.PorticoJsonb;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** A {@code metadata} string map stored as one JSON object, keys in order. */
@Converter
public class MetadataConverter implements AttributeConverter<Map<String, String>, String> {

  private static final Type MAP =
      new HashMap<String, String>() {}.getClass().getGenericSuperclass();

  @Override
  public String convertToDatabaseColumn(Map<String, String> metadata) {
    return PorticoJsonb.get().toJson(new TreeMap<>(metadata == null ? Map.of() : metadata));
  }

  @Override
  public Map<String, String> convertToEntityAttribute(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    Map<String, String> metadata = PorticoJsonb.get().fromJson(json, MAP);
    return Collections.unmodifiableMap(new TreeMap<>(metadata));
  }
}
