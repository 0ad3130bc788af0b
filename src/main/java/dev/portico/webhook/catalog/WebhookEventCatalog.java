package dev.portico.webhook.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.platform.json.PorticoJsonb;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The event catalogue: every type of {@link WebhookEventTypes} with the JSON Schema of its payload
 * and an example payload, built once (generating the schemas takes a moment) and never changed.
 */
public final class WebhookEventCatalog {

  /** The id and time of every example payload. */
  static final String EXAMPLE_EVENT_ID = "evt_0GZlGz3ZzMXlqC1aYw8N1w";

  static final Instant EXAMPLE_TIMESTAMP = Instant.parse("2026-11-24T09:20:45.123Z");

  /**
   * One type as the catalogue describes it.
   *
   * @param schema the JSON Schema (draft 2020-12) of the whole payload of this type
   * @param example a payload of this type
   */
  public record Entry(String type, String description, JsonObject schema, JsonObject example) {}

  private final Map<String, Entry> byType;
  private final List<Entry> entries;

  private WebhookEventCatalog(Map<String, Entry> byType) {
    this.byType = Map.copyOf(byType);
    this.entries = List.copyOf(byType.values());
  }

  /** The catalogue of every type Portico emits. */
  public static WebhookEventCatalog standard() {
    return Standard.CATALOG;
  }

  /** A catalogue of these types, in this order; a type given twice is refused. */
  public static WebhookEventCatalog of(List<WebhookEventType<?>> types) {
    PayloadSchemas schemas = new PayloadSchemas();
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (WebhookEventType<?> type : types) {
      ObjectNode schema = schemas.of(type.type(), type.description(), type.objectType());
      Entry entry =
          new Entry(type.type(), type.description(), parse(schema.toString()), example(type));
      if (entries.putIfAbsent(type.type(), entry) != null) {
        throw new IllegalArgumentException("event type listed twice: " + type.type());
      }
    }
    return new WebhookEventCatalog(entries);
  }

  /** Every type, in the catalogue's order. */
  public List<Entry> entries() {
    return entries;
  }

  public Optional<Entry> find(String type) {
    return Optional.ofNullable(byType.get(type));
  }

  /** A payload as a delivery would carry it; its mode is its object's. */
  private static JsonObject example(WebhookEventType<?> type) {
    JsonObject object = parse(PorticoJsonb.get().toJson(type.example()));
    WebhookPayload<Object> payload =
        new WebhookPayload<>(
            EXAMPLE_EVENT_ID,
            type.type(),
            EXAMPLE_TIMESTAMP,
            object.getBoolean("livemode", false),
            WebhookPayload.API_VERSION,
            new WebhookPayload.Data<>(type.example()));
    return parse(PorticoJsonb.get().toJson(payload));
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  /** Built on first use, once. */
  private static final class Standard {
    static final WebhookEventCatalog CATALOG = of(WebhookEventTypes.all());
  }
}
